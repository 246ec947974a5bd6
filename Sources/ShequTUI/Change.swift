import ShequDomain
import ShequStore
import ShequText

/// One undoable edit of the data: a community before and after. A nil
/// `before` is a creation, a nil `after` a deletion. Edits of other
/// communities made in the same step (a batch of approvals) ride along as
/// `companions`, saved with it and undone with it.
public struct Change: Equatable, Sendable {
    public var before: Community?
    public var after: Community?
    /// What the change did, for "Undone: …" messages.
    public var label: Localized
    /// The status message once it is saved; nil for the community messages.
    public var message: Localized? = nil
    /// Whether a form asked for it, so the form closes once it is saved.
    public var fromForm = false
    /// Edits of other communities in the same step.
    public var companions: [Change] = []
    /// The version of the community's file that `before` is: the store
    /// writes the change onto that version only, else merges it onto the
    /// newer one. Given by the runner when the change is computed; an undo
    /// step has the version its change was saved as.
    public var version: FileVersion? = nil
    /// The version of the file once `after` is saved.
    public var written: FileVersion? = nil
    /// What the file had gained meanwhile, when the change was applied onto
    /// a newer version than it was computed from ("修改社区信息").
    public var combinedWith: Localized? = nil

    public init(
        before: Community?, after: Community?, label: Localized, message: Localized? = nil, fromForm: Bool = false,
        companions: [Change] = []
    ) {
        self.before = before
        self.after = after
        self.label = label
        self.message = message
        self.fromForm = fromForm
        self.companions = companions
    }

    /// The change that reverses this one, onto the version this one wrote.
    public var inverse: Change {
        var inverse = Change(before: after, after: before, label: label, companions: companions.map(\.inverse))
        (inverse.version, inverse.written) = (written, version)
        return inverse
    }

    /// This change and its companions, each one community's edit.
    var parts: [Change] {
        get {
            var main = self
            main.companions = []
            return [main] + companions
        }
        set {
            guard var main = newValue.first else { return }
            main.companions = Array(newValue.dropFirst())
            (main.label, main.message, main.fromForm) = (label, message, fromForm)
            self = main
        }
    }
}

/// Which way a change is being applied.
public enum ChangeDirection: Equatable, Sendable {
    case apply, undo, redo
}
