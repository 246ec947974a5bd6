import ShequDomain

/// Text from the data made safe to stand inside Markdown: on one line (a
/// title with a newline cannot leave its heading, a CR cannot break a table
/// row), with HTML shown as text and the characters that start emphasis,
/// links, code or a table cell escaped.
enum MarkdownText {
    /// For headings and table cells.
    static func inline(_ text: String) -> String {
        var out = ""
        for character in VisibleText.of(text, keepingLineBreaks: true) {
            switch character {
            case "\r\n", "\r", "\n", "\u{2028}", "\u{2029}": out.append(" ")
            case "<": out += "&lt;"
            case "&": out += "&amp;"
            case "\\", "`", "*", "_", "[", "]", "|": out += "\\" + String(character)
            default: out.append(character)
            }
        }
        return out
    }

    /// For a paragraph or a list item: also a leading #, -, +, > or a digit's
    /// "1." cannot turn it into a heading or a list.
    static func line(_ text: String) -> String {
        var out = String(inline(text).drop { $0 == " " })
        if let first = out.first, "#-+>".contains(first) { out = "\\" + out }
        if let dot = out.firstIndex(where: { !$0.isASCII || !$0.isNumber }), dot > out.startIndex,
            ".)".contains(out[dot])
        {
            out.insert("\\", at: dot)
        }
        return out
    }
}
