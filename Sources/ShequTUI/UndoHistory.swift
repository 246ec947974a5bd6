/// The undo and redo stacks. A new change clears the redo stack.
public struct UndoHistory: Equatable, Sendable {
    public private(set) var undoStack: [Change] = []
    public private(set) var redoStack: [Change] = []

    public init() {}

    /// Records a change that has been saved in `direction`.
    public mutating func record(_ change: Change, _ direction: ChangeDirection) {
        switch direction {
        case .apply:
            undoStack.append(change)
            redoStack.removeAll()
        case .undo:
            undoStack.removeLast()
            redoStack.append(change.inverse)
        case .redo:
            redoStack.removeLast()
            undoStack.append(change)
        }
    }

    /// Forgets the step that undo (or redo) would take next.
    public mutating func discard(_ direction: ChangeDirection) {
        switch direction {
        case .undo: _ = undoStack.popLast()
        case .redo: _ = redoStack.popLast()
        case .apply: break
        }
    }

    /// The change that undo would save (already inverted).
    public var nextUndo: Change? { undoStack.last?.inverse }
    /// The change that redo would save.
    public var nextRedo: Change? { redoStack.last }
}
