import ShequDomain
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

    /// The change that reverses this one.
    public var inverse: Change {
        Change(before: after, after: before, label: label, companions: companions.map(\.inverse))
    }

    /// This change and its companions, each one community's edit.
    var parts: [Change] {
        var main = self
        main.companions = []
        return [main] + companions
    }
}

/// Which way a change is being applied.
public enum ChangeDirection: Equatable, Sendable {
    case apply, undo, redo
}
