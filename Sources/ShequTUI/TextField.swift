import ShequDomain

/// Text being typed into one input, with its caret counted in characters,
/// so the caret moves and deletes whole Chinese characters and graphemes.
/// It holds at most `limit` characters (a record's longest text), and no
/// key or redraw costs more than the few cells around the caret, so a long
/// field types as fast as a short one. A multi-line field keeps line
/// breaks, typed or pasted; a one-line field turns pasted ones into spaces.
public struct TextField: Equatable, Sendable {
    private var characters: [Character]
    public private(set) var caret: Int
    /// True when the last key tried to type past `limit` and was dropped.
    public private(set) var isFull = false
    public let limit: Int
    public let multiline: Bool

    public init(_ text: String = "", limit: Int = RecordRules.textLength, multiline: Bool = false) {
        characters = Array(text)
        caret = characters.count
        self.limit = limit
        self.multiline = multiline
    }

    public var text: String { String(characters) }

    /// Applies an editing key; false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        isFull = false
        switch key {
        case .char(let character):
            // A bidi or invisible character typed is left out, as in a paste.
            if !character.unicodeScalars.contains(where: VisibleText.isControl) { insert([character]) }
        case .backspace:
            guard caret > 0 else { return true }
            characters.remove(at: caret - 1)
            caret -= 1
        case .delete, .ctrl("d"):
            guard caret < characters.count else { return true }
            characters.remove(at: caret)
        case .left: caret = max(0, caret - 1)
        case .right: caret = min(characters.count, caret + 1)
        case .home, .ctrl("a"): caret = 0
        case .end, .ctrl("e"): caret = characters.count
        case .ctrl("u"):
            characters = []
            caret = 0
        case .enter where multiline: insert(["\n"])
        case .paste(let text): insert(Array(multiline ? Self.lines(text) : Self.oneLine(text)))
        default:
            return false
        }
        return true
    }

    /// Inserts at the caret what fits under `limit`.
    private mutating func insert(_ inserted: [Character]) {
        let room = max(0, limit - characters.count)
        isFull = inserted.count > room
        characters.insert(contentsOf: inserted.prefix(room), at: caret)
        caret += min(room, inserted.count)
    }

    /// Cells a character takes as drawn: one that is a control, bidi or
    /// invisible character (in text that came from a file) shows as its code.
    static func cells(_ character: Character) -> Int {
        guard character.unicodeScalars.contains(where: VisibleText.isControl) else { return DisplayWidth.of(character) }
        return DisplayWidth.of(VisibleText.of(String(character)))
    }

    /// Pasted text as one line: each line break or tab a space, other
    /// control characters dropped.
    static func oneLine(_ text: String) -> String {
        cleaned(text, lineBreak: " ")
    }

    /// Pasted text for a multi-line field: line breaks (CR LF, CR, LF) kept
    /// as LF, tabs as spaces, other control characters dropped.
    static func lines(_ text: String) -> String {
        cleaned(text, lineBreak: "\n")
    }

    private static func cleaned(_ text: String, lineBreak: Unicode.Scalar) -> String {
        var line = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\n" where afterCR: continue
            case "\r", "\n": line.append(lineBreak)
            case "\t": line.append(" ")
            // Controls, bidi and invisible characters are left out: they would make the text show other than it is.
            case _ where VisibleText.isControl(scalar): continue
            default: line.append(scalar)
            }
        }
        return String(line)
    }

    /// Draws the field in `width` cells at (`column`, `row`), scrolled so the
    /// caret is visible; returns the caret's screen column. Only the
    /// characters that can show are measured.
    @discardableResult
    func draw(into buffer: inout ScreenBuffer, column: Int, row: Int, width: Int, role: Role) -> Int {
        var start = caret
        var beforeCaret = 0
        while start > 0, beforeCaret + Self.cells(characters[start - 1]) <= width - 1 {
            start -= 1
            beforeCaret += Self.cells(characters[start])
        }
        buffer.clear(row: row, column: column, width: width, role: role)
        var visible = ""
        var used = 0
        for character in characters[start...] {
            let cells = Self.cells(character)
            if used + cells > width { break }
            visible.append(character)
            used += cells
        }
        buffer.write(visible, column: column, row: row, width: width, role: role)
        return column + beforeCaret
    }

    /// Draws a multi-line field in `rows` rows of `width` cells, scrolled so
    /// that the caret's line shows; returns where the caret is.
    @discardableResult
    func drawLines(
        into buffer: inout ScreenBuffer, column: Int, row: Int, width: Int, rows: Int, role: Role
    ) -> ScreenBuffer.Cursor {
        let lines = Self.wrap(characters, width: width)
        // The caret's line: the last one starting at or before it.
        let caretLine = lines.lastIndex { $0.lowerBound <= caret } ?? 0
        let first = max(0, caretLine - rows + 1)
        for (index, line) in lines.dropFirst(first).prefix(rows).enumerated() {
            buffer.clear(row: row + index, column: column, width: width, role: role)
            buffer.write(String(characters[line]), column: column, row: row + index, width: width, role: role)
        }
        let beforeCaret = characters[lines[caretLine].lowerBound..<caret].reduce(0) { $0 + Self.cells($1) }
        return ScreenBuffer.Cursor(column: column + beforeCaret, row: row + caretLine - first)
    }

    /// The ranges of `characters` on each display line of `width` cells: a
    /// line ends at a line break or where the next character would not fit.
    static func wrap(_ characters: [Character], width: Int) -> [Range<Int>] {
        var lines: [Range<Int>] = []
        var start = 0
        var used = 0
        for (index, character) in characters.enumerated() {
            if character == "\n" {
                lines.append(start..<index)
                start = index + 1
                used = 0
                continue
            }
            let cells = Self.cells(character)
            // The caret may sit after the last character, so a full line leaves a cell for it.
            if used + cells > max(1, width - 1), index > start {
                lines.append(start..<index)
                start = index
                used = 0
            }
            used += cells
        }
        lines.append(start..<characters.count)
        return lines
    }

    /// How many display lines `text` takes in `width` cells.
    static func lineCount(_ text: String, width: Int) -> Int {
        wrap(Array(text), width: width).count
    }
}
