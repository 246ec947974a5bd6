import CWidth

/// Display-cell arithmetic for terminal and text-export layout: a Chinese
/// character takes two cells, a combining mark none, ASCII one.
public enum DisplayWidth {
    /// Cells one Unicode scalar takes, as glibc's `wcwidth` says in a UTF-8
    /// locale; control and unprintable scalars count as zero. With
    /// `ambiguousWide`, East Asian Ambiguous characters (“”, —, …) take two
    /// cells, as a Chinese font prints them; nil is as the screen draws them
    /// (`AmbiguousWidth.onScreen`, asked only of a character it could change).
    public static func of(_ scalar: Unicode.Scalar, ambiguousWide: Bool? = nil) -> Int {
        // Printable ASCII and the CJK ideographs, nearly all a screen holds, are known without asking.
        switch scalar.value {
        case 0x20..<0x7F: 1
        case 0x3000...0x3029, 0x4E00...0x9FFF, 0xFF01...0xFF60: 2
        default:
            (ambiguousWide ?? AmbiguousWidth.onScreen) && AmbiguousWidth.contains(scalar.value)
                ? 2 : max(0, Int(shequ_wcwidth(scalar.value)))
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
    /// letter with a combining accent is one cell; an emoji sequence (people
    /// joined by U+200D, a skin tone, the emoji selector U+FE0F, a flag's two
    /// letters) is one picture, two cells, as terminals draw it.
    public static func of(_ character: Character, ambiguousWide: Bool? = nil) -> Int {
        let scalars = character.unicodeScalars
        if scalars.count > 1, scalars.contains(where: joinsEmoji) { return 2 }
        return scalars.reduce(0) { $0 + of($1, ambiguousWide: ambiguousWide) }
    }

    /// True for a scalar that makes its grapheme one emoji picture: the
    /// zero-width joiner, the emoji selector, a skin tone, a flag letter.
    @inlinable
    public static func joinsEmoji(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x200D, 0xFE0F, 0x1F3FB...0x1F3FF, 0x1F1E6...0x1F1FF: true
        default: false
        }
    }

    /// Cells a string takes on one line. Inlinable, so that the screens'
    /// module gets it made for `String`: they measure every cell of every frame.
    @inlinable
    public static func of(_ text: some StringProtocol, ambiguousWide: Bool? = nil) -> Int {
        var cells = 0
        for scalar in text.unicodeScalars {
            // Text holding an emoji sequence is measured grapheme by grapheme.
            if joinsEmoji(scalar) { return text.reduce(0) { $0 + of($1, ambiguousWide: ambiguousWide) } }
            cells += of(scalar, ambiguousWide: ambiguousWide)
        }
        return cells
    }

    /// The longest prefix of `text` that fits in `width` cells, never
    /// splitting a wide character; when something is cut, the last cell is
    /// "…" so the reader sees the cut.
    public static func clip(_ text: String, to width: Int, ambiguousWide: Bool? = nil) -> String {
        guard width > 0 else { return "" }
        if of(text, ambiguousWide: ambiguousWide) <= width { return text }
        var result = ""
        var used = 0
        // "…" is itself ambiguous: where it takes two cells, it leaves one less for the text.
        let mark = ambiguousWide ?? AmbiguousWidth.onScreen ? 2 : 1
        for character in text {
            let cells = of(character, ambiguousWide: ambiguousWide)
            if used + cells > width - mark { break }
            result.append(character)
            used += cells
        }
        return result + "…"
    }

    /// `text` clipped to `width` cells and padded with spaces to exactly
    /// `width` cells, aligned left or right.
    public static func fit(
        _ text: String, to width: Int, alignRight: Bool = false, ambiguousWide: Bool? = nil
    )
        -> String
    {
        let cells = of(text, ambiguousWide: ambiguousWide)
        let clipped = cells <= width ? text : clip(text, to: width, ambiguousWide: ambiguousWide)
        let used = cells <= width ? cells : of(clipped, ambiguousWide: ambiguousWide)
        let padding = String(repeating: " ", count: max(0, width - used))
        return alignRight ? padding + clipped : clipped + padding
    }

    /// `text` broken into lines of at most `width` cells. Chinese breaks
    /// between any two characters, but as Chinese typesetting asks: no line
    /// starts with closing punctuation (，。、；：？！）” …), none ends with
    /// an opening one (（“《), and a paragraph's last line is not a lone
    /// character. Latin words stay whole unless a word is longer than a
    /// line. Explicit newlines are kept.
    public static func wrap(_ text: String, to width: Int, ambiguousWide: Bool? = nil) -> [String] {
        let cells = { (token: String) in of(token, ambiguousWide: ambiguousWide) }
        var lines: [String] = []
        for paragraph in text.split(separator: "\n", omittingEmptySubsequences: false) {
            var done: [[String]] = []
            var line: [String] = []
            var used = 0
            for token in tokens(paragraph) {
                if used + cells(token) > width && line.contains(where: { $0 != " " }) {
                    let carried = carriedDown(from: &line, before: token)
                    done.append(line)
                    line = carried
                    used = carried.reduce(0) { $0 + cells($1) }
                    if token == " " && carried.isEmpty { continue }
                }
                guard cells(token) > width - used else {
                    line.append(token)
                    used += cells(token)
                    continue
                }
                // A word longer than a line is the one thing broken inside.
                for character in token {
                    let wide = of(character, ambiguousWide: ambiguousWide)
                    if used + wide > width && !line.isEmpty {
                        done.append(line)
                        line = []
                        used = 0
                    }
                    line.append(String(character))
                    used += wide
                }
            }
            done.append(line)
            avoidLoneLastCharacter(&done)
            lines += done.map { String($0.joined().reversed().drop { $0 == " " }.reversed()) }
        }
        return lines
    }

    /// Characters that may not start a line in Chinese text.
    static let closing: Set<Character> = Set("，。、；：？！）》」』】〕〉”’…%·,.;:?!)]}")
    /// Characters that may not end one.
    static let opening: Set<Character> = Set("（《「『【〔〈“‘([{")

    /// The tokens to move from the end of a full `line` to the next one so
    /// that the next does not start with `next` closing punctuation and
    /// this one does not end with an opening one.
    private static func carriedDown(from line: inout [String], before next: String) -> [String] {
        var carried: [String] = []
        var first = next
        while line.count > 1,
            let last = line.last,
            isClosing(first) || (last.count == 1 && opening.contains(last.first ?? " "))
        {
            carried.insert(line.removeLast(), at: 0)
            first = carried[0]
        }
        // Nothing to carry when the whole line is one unbreakable run: the rule gives way to the width.
        if line.allSatisfy({ $0 == " " }) {
            line += carried
            return []
        }
        return carried
    }

    private static func isClosing(_ token: String) -> Bool {
        token.count == 1 && closing.contains(token.first ?? " ")
    }

    /// Moves a character down when a paragraph's last line would hold only one.
    private static func avoidLoneLastCharacter(_ lines: inout [[String]]) {
        guard lines.count > 1, let last = lines.last, last.count == 1, last[0].count == 1, last[0] != " " else {
            return
        }
        var previous = lines[lines.count - 2]
        guard previous.count > 2 else { return }
        var moved = [previous.removeLast()]
        // Moving a closing mark alone would leave it starting the line: take the character before it too.
        while isClosing(moved[0]) && previous.count > 2 { moved.insert(previous.removeLast(), at: 0) }
        guard previous.last != " " else { return }
        lines[lines.count - 2] = previous
        lines[lines.count - 1] = moved + last
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
