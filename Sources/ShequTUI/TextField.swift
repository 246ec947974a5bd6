import ShequCore

/// Text being typed into one input, with its caret counted in characters,
/// so the caret moves and deletes whole Chinese characters and graphemes.
/// It holds at most `limit` characters (a record's longest text), and no
/// key or redraw costs more than the few cells around the caret, so a long
/// field types as fast as a short one.
public struct TextField: Equatable, Sendable {
    private var characters: [Character]
    public private(set) var caret: Int
    /// True when the last key tried to type past `limit` and was dropped.
    public private(set) var isFull = false
    public let limit: Int

    public init(_ text: String = "", limit: Int = RecordRules.textLength) {
        characters = Array(text)
        caret = characters.count
        self.limit = limit
    }

    public var text: String { String(characters) }

    /// Applies an editing key; false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        isFull = false
        switch key {
        case .char(let character):
            guard characters.count < limit else {
                isFull = true
                return true
            }
            characters.insert(character, at: caret)
            caret += 1
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
        case .paste(let text):
            let pasted = Array(Self.oneLine(text))
            let room = max(0, limit - characters.count)
            isFull = pasted.count > room
            characters.insert(contentsOf: pasted.prefix(room), at: caret)
            caret += min(room, pasted.count)
        default:
            return false
        }
        return true
    }

    /// Pasted text as one line: each line break or tab a space, other
    /// control characters dropped.
    static func oneLine(_ text: String) -> String {
        var line = String.UnicodeScalarView()
        var afterCR = false
        for scalar in text.unicodeScalars {
            defer { afterCR = scalar == "\r" }
            switch scalar {
            case "\n" where afterCR: continue
            case "\r", "\n", "\t": line.append(" ")
            case "\u{0}"..."\u{1F}", "\u{7F}"..."\u{9F}": continue
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
        while start > 0, beforeCaret + DisplayWidth.of(characters[start - 1]) <= width - 1 {
            start -= 1
            beforeCaret += DisplayWidth.of(characters[start])
        }
        buffer.clear(row: row, column: column, width: width, role: role)
        var visible = ""
        var used = 0
        for character in characters[start...] {
            let cells = DisplayWidth.of(character)
            if used + cells > width { break }
            visible.append(character)
            used += cells
        }
        buffer.write(visible, column: column, row: row, width: width, role: role)
        return column + beforeCaret
    }
}
