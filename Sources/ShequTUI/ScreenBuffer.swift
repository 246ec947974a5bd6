import ShequDomain

/// A grid of cells that screens draw into and a terminal backend shows. It
/// knows display widths: a wide character takes its cell and marks the next
/// one as its continuation, and nothing is ever written past an edge.
public struct ScreenBuffer: Equatable, Sendable {
    /// One cell: the character drawn there (empty for the right half of a
    /// wide character) and the role it is drawn with.
    public struct Cell: Equatable, Sendable {
        public var text: String
        public var role: Role
        public var isContinuation: Bool

        static let blank = Cell(text: " ", role: .normal, isContinuation: false)
    }

    public let size: Size
    public private(set) var cells: [Cell]
    /// Where the hardware cursor goes (an input field's caret), or nil to
    /// hide it; an input method opens its candidate window there.
    public var cursor: Cursor?
    /// Where the hidden cursor rests when no field has the caret: the start
    /// of the selected row, so that a screen reader and tmux's copy mode
    /// follow the selection.
    public var selection: Cursor?

    /// A cell position for the hardware cursor.
    public struct Cursor: Equatable, Sendable {
        public var column: Int
        public var row: Int
        public init(column: Int, row: Int) {
            self.column = column
            self.row = row
        }
    }

    public init(size: Size) {
        self.size = size
        cells = Array(repeating: .blank, count: max(0, size.columns) * max(0, size.rows))
    }

    public subscript(column: Int, row: Int) -> Cell {
        cells[row * size.columns + column]
    }

    /// Writes `text` from (`column`, `row`) within `width` cells (to the
    /// right edge when nil), clipping with "…"; returns the cells used.
    @discardableResult
    public mutating func write(_ text: String, column: Int, row: Int, width: Int? = nil, role: Role = .normal) -> Int {
        guard row >= 0, row < size.rows, column < size.columns else { return 0 }
        let start = max(0, column)
        let limit = min(width.map { column + $0 } ?? size.columns, size.columns) - start
        guard limit > 0 else { return 0 }
        var x = start
        // Text of printable ASCII and Chinese characters that fits, nearly all a screen holds, is one
        // character per scalar: it is laid out without clipping or finding grapheme boundaries.
        if fitsStandingAlone(text, within: limit) {
            // Every cell from `start` to `x` is written over, so only the two edges can cut a wide character.
            let base = row * size.columns
            if cells[base + start].isContinuation, start > 0 { cells[base + start - 1] = .blank }
            for scalar in text.unicodeScalars {
                cells[base + x] = Cell(text: String(scalar), role: role, isContinuation: false)
                // Standing alone, a scalar is ASCII (one cell) or wide (two).
                if scalar.value < 0x80 {
                    x += 1
                } else {
                    cells[base + x + 1] = Cell(text: "", role: role, isContinuation: true)
                    x += 2
                }
            }
            if x > start, x < size.columns, cells[base + x].isContinuation { cells[base + x] = .blank }
            return x - start
        }
        // A line break in text shown on one line (notes, an objective) reads as a space; a control, bidi or
        // invisible character shows as its code, as on the command line and in the exports.
        let line = VisibleText.of(text)
        for character in DisplayWidth.clip(line, to: limit) {
            let cells = DisplayWidth.of(character)
            if cells == 0 {
                if x > start { appendCombining(character, column: x - 1, row: row) }
                continue
            }
            set(Cell(text: String(character), role: role, isContinuation: false), column: x, row: row)
            if cells == 2 { set(Cell(text: "", role: role, isContinuation: true), column: x + 1, row: row) }
            x += cells
        }
        return x - start
    }

    /// True when every scalar of `text` is a character on its own and the
    /// whole takes at most `limit` cells.
    private func fitsStandingAlone(_ text: String, within limit: Int) -> Bool {
        var cells = 0
        for scalar in text.unicodeScalars {
            guard DisplayWidth.standsAlone(scalar) else { return false }
            cells += DisplayWidth.of(scalar)
            if cells > limit { return false }
        }
        return true
    }

    /// Fills `width` cells of a row with blanks in `role`.
    public mutating func clear(row: Int, column: Int = 0, width: Int? = nil, role: Role = .normal) {
        guard row >= 0, row < size.rows else { return }
        let end = min(size.columns, column + (width ?? size.columns))
        for x in max(0, column)..<max(max(0, column), end) {
            cells[row * size.columns + x] = Cell(text: " ", role: role, isContinuation: false)
        }
    }

    /// The screen as plain text, one line per row, trailing spaces removed:
    /// what a person reads, and what snapshot tests compare.
    public var text: String {
        (0..<size.rows).map { row in
            var line = ""
            for column in 0..<size.columns where !self[column, row].isContinuation {
                line += self[column, row].text
            }
            while line.hasSuffix(" ") { line.removeLast() }
            return line
        }.joined(separator: "\n")
    }

    private mutating func set(_ cell: Cell, column: Int, row: Int) {
        guard column >= 0, column < size.columns else { return }
        let index = row * size.columns + column
        // Overwriting half of a wide character blanks its other half.
        if cells[index].isContinuation, column > 0 { cells[index - 1] = .blank }
        // (A wide character is always followed by its continuation, so that says it is one.)
        if !cells[index].isContinuation, column + 1 < size.columns, cells[index + 1].isContinuation {
            cells[index + 1] = .blank
        }
        cells[index] = cell
    }

    private mutating func appendCombining(_ character: Character, column: Int, row: Int) {
        var x = column
        while x > 0 && self[x, row].isContinuation { x -= 1 }
        cells[row * size.columns + x].text.append(character)
    }
}
