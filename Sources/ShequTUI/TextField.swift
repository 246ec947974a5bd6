import ShequCore

/// Text being typed into one input, with its caret counted in characters,
/// so the caret moves and deletes whole Chinese characters and graphemes.
public struct TextField: Equatable, Sendable {
    public var text: String
    public var caret: Int

    public init(_ text: String = "") {
        self.text = text
        caret = text.count
    }

    /// Applies an editing key; false when the key is not an editing key.
    public mutating func handle(_ key: Key) -> Bool {
        switch key {
        case .char(let character):
            let index = text.index(text.startIndex, offsetBy: caret)
            text.insert(character, at: index)
            caret += 1
        case .backspace:
            guard caret > 0 else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: caret - 1))
            caret -= 1
        case .delete, .ctrl("d"):
            guard caret < text.count else { return true }
            text.remove(at: text.index(text.startIndex, offsetBy: caret))
        case .left: caret = max(0, caret - 1)
        case .right: caret = min(text.count, caret + 1)
        case .home, .ctrl("a"): caret = 0
        case .end, .ctrl("e"): caret = text.count
        case .ctrl("u"):
            text = ""
            caret = 0
        default:
            return false
        }
        return true
    }

    /// Draws the field in `width` cells at (`column`, `row`), scrolled so the
    /// caret is visible; returns the caret's screen column.
    @discardableResult
    func draw(into buffer: inout ScreenBuffer, column: Int, row: Int, width: Int, role: Role) -> Int {
        let characters = Array(text)
        var start = 0
        func cells(_ range: Range<Int>) -> Int { range.reduce(0) { $0 + DisplayWidth.of(characters[$1]) } }
        while start < caret && cells(start..<caret) > width - 1 { start += 1 }
        buffer.clear(row: row, column: column, width: width, role: role)
        var visible = ""
        var used = 0
        for character in characters[start...] {
            let w = DisplayWidth.of(character)
            if used + w > width { break }
            visible.append(character)
            used += w
        }
        buffer.write(visible, column: column, row: row, width: width, role: role)
        return column + cells(start..<caret)
    }
}
