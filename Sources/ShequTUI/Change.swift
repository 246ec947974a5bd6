import ShequCore

/// One undoable edit of the data: a community before and after. A nil
/// `before` is a creation, a nil `after` a deletion.
public struct Change: Equatable, Sendable {
    public var before: Community?
    public var after: Community?
    /// What the change did, for "Undone: …" messages.
    public var label: Localized
    /// The status message once it is saved; nil for the community messages.
    public var message: Localized? = nil
    /// Whether a form asked for it, so the form closes once it is saved.
    public var fromForm = false

    /// The change that reverses this one.
    public var inverse: Change {
        Change(before: after, after: before, label: label)
    }
}

/// Which way a change is being applied.
public enum ChangeDirection: Equatable, Sendable {
    case apply, undo, redo
}
