/// A key press, decoded from whatever the terminal sent.
public enum Key: Hashable, Sendable {
    case char(Character)
    /// A control combination, named by its lowercase letter: Ctrl-S is `.ctrl("s")`.
    case ctrl(Character)
    case enter, tab, backTab, escape, backspace, delete
    case up, down, left, right, home, end, pageUp, pageDown
    case function(Int)
    /// Text pasted whole (bracketed paste): a focused field takes it as
    /// text; no key table binds it, so it is never read as commands.
    case paste(String)
}

/// What the terminal reports: keys, a new size, or the mouse.
public enum Event: Equatable, Sendable {
    case key(Key)
    case resize(Size)
    case mouse(MouseEvent)
}

/// A mouse action at a cell.
public struct MouseEvent: Equatable, Sendable {
    /// A button press or a turn of the wheel.
    public enum Kind: Sendable { case press, wheelUp, wheelDown }
    public var kind: Kind
    public var column: Int
    public var row: Int

    public init(_ kind: Kind, column: Int, row: Int) {
        self.kind = kind
        self.column = column
        self.row = row
    }
}

/// A terminal size in cells.
public struct Size: Equatable, Sendable {
    public var columns: Int
    public var rows: Int

    public init(columns: Int, rows: Int) {
        self.columns = columns
        self.rows = rows
    }
}
