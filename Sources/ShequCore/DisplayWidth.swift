import CWidth

/// Display-cell arithmetic for terminal and text-export layout: a Chinese
/// character takes two cells, a combining mark none, ASCII one.
public enum DisplayWidth {
    /// Cells one Unicode scalar takes, as glibc's `wcwidth` says in a UTF-8
    /// locale; control and unprintable scalars count as zero.
    public static func of(_ scalar: Unicode.Scalar) -> Int {
        // Printable ASCII and the CJK ideographs, nearly all a screen holds, are known without asking.
        switch scalar.value {
        case 0x20..<0x7F: 1
        case 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF60: 2
        default: max(0, Int(shequ_wcwidth(scalar.value)))
        }
    }

    /// True for a scalar that is a whole character on its own whatever
    /// surrounds it and takes cells (printable ASCII, CJK ideographs and
    /// punctuation, full-width forms): text made only of these needs no
    /// grapheme breaking.
    public static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x20..<0x7F, 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF60: true
        default: false
        }
    }

    /// Cells one grapheme takes: the sum of its scalars' widths, so a base
    /// letter with a combining accent is one cell and an emoji sequence
    /// counts as its parts do in the terminal.
    public static func of(_ character: Character) -> Int {
        character.unicodeScalars.reduce(0) { $0 + of($1) }
    }

    /// Cells a string takes on one line. Inlinable, so that the screens'
    /// module gets it made for `String`: they measure every cell of every frame.
    @inlinable
    public static func of(_ text: some StringProtocol) -> Int {
        var cells = 0
        for scalar in text.unicodeScalars { cells += of(scalar) }
        return cells
    }

    /// The longest prefix of `text` that fits in `width` cells, never
    /// splitting a wide character; when something is cut, the last cell is
    /// "…" so the reader sees the cut.
    public static func clip(_ text: String, to width: Int) -> String {
        guard width > 0 else { return "" }
        if of(text) <= width { return text }
        var result = ""
        var used = 0
        for character in text {
            let cells = of(character)
            if used + cells > width - 1 { break }
            result.append(character)
            used += cells
        }
        return result + "…"
    }

    /// `text` clipped to `width` cells and padded with spaces to exactly
    /// `width` cells, aligned left or right.
    public static func fit(_ text: String, to width: Int, alignRight: Bool = false) -> String {
        let cells = of(text)
        let clipped = cells <= width ? text : clip(text, to: width)
        let padding = String(repeating: " ", count: max(0, width - (cells <= width ? cells : of(clipped))))
        return alignRight ? padding + clipped : clipped + padding
    }

    /// `text` broken into lines of at most `width` cells. Chinese breaks
    /// between any two characters; Latin words stay whole unless a word is
    /// longer than a line. Explicit newlines are kept.
    public static func wrap(_ text: String, to width: Int) -> [String] {
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var line = ""
            for token in tokens(paragraph) {
                if of(line) + of(token) > width && !line.trimmed.isEmpty {
                    lines.append(String(line.reversed().drop { $0 == " " }.reversed()))
                    line = ""
                    if token == " " { continue }
                }
                for character in token {
                    if of(line) + of(character) > width && !line.isEmpty {
                        lines.append(line)
                        line = ""
                    }
                    line.append(character)
                }
            }
            lines.append(line)
        }
        return lines
    }

    /// Splits text into what wrapping keeps together: runs of Latin letters
    /// and digits, single spaces, and single other characters (Chinese).
    private static func tokens(_ text: Substring) -> [String] {
        var tokens: [String] = []
        var word = ""
        for character in text {
            if character.isASCII && !character.isWhitespace {
                word.append(character)
                continue
            }
            if !word.isEmpty { tokens.append(word) }
            word = ""
            tokens.append(String(character))
        }
        if !word.isEmpty { tokens.append(word) }
        return tokens
    }
}
