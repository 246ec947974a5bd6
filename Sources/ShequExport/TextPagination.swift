/// One printed line of the text export and how it may meet a page break.
struct PrintLine {
    var text: String
    /// No page break right after this line: a heading before its text, a
    /// table's header before its first row, a short table's rows, a wrapped
    /// cell's lines, the last lines before the signatures.
    var glue = false
    /// For a line of a table's body: the header lines printed again at the
    /// top of a page the table continues on.
    var header: [String] = []
}

/// Cuts a document into pages of at most `room` lines: a break never falls
/// right after a glued line when an earlier one can take it, a page does not
/// start with blank lines, and a table continued on a new page repeats its
/// header.
enum TextPagination {
    static func pages(_ lines: [PrintLine], room: Int) -> [[String]] {
        var pages: [[String]] = []
        var start = 0
        while start < lines.count {
            while start < lines.count && lines[start].text.isEmpty { start += 1 }
            guard start < lines.count else { break }
            let repeated = lines[start].header
            var end = min(lines.count, start + max(1, room - repeated.count))
            if end < lines.count {
                var breakAt = end
                while breakAt > start + 1 && lines[breakAt - 1].glue { breakAt -= 1 }
                // A glued run as long as the page breaks where the page is full.
                if breakAt > start + 1 { end = breakAt }
            }
            pages.append(repeated + lines[start..<end].map(\.text))
            start = end
        }
        return pages
    }
}
