import ShequDomain

/// A table of the printed text summary laid out in display cells (the
/// command line's lists use their own plain `TextTable`): columns that hold
/// a date, a figure, a percentage or a state keep their width so that they
/// never break; the columns of names and titles share what is left and wrap
/// inside their cells, by words in English and by characters (obeying
/// Chinese line breaking) in Chinese.
struct PrintTable {
    /// How a column takes its width.
    enum Column {
        /// As wide as its widest cell, never broken (dates, figures, states).
        case whole
        /// Wraps when space is short, never narrower than `minimum` cells
        /// nor its longest word.
        case wraps(minimum: Int)
    }

    var header: [String]
    var rows: [[String]]
    var columns: [Column]
    /// Columns aligned right: the figures.
    var right: Set<Int> = []

    /// Keeps a table of this many rows or fewer on one page.
    static let shortRows = 12

    /// The table's lines, `width` cells wide at most: the header and a rule
    /// glued to the first row, rows whose wrapped lines stay together, and a
    /// short table not split at all, nor a long one before its last row.
    func lines(width: Int, ambiguousWide: Bool) -> [PrintLine] {
        let widths = layout(width: width, ambiguousWide: ambiguousWide)
        func rendered(_ cells: [String]) -> [String] {
            let wrapped = cells.enumerated().map {
                DisplayWidth.wrap($1, to: widths[$0], ambiguousWide: ambiguousWide)
            }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { line in
                wrapped.enumerated().map { column, parts in
                    DisplayWidth.fit(
                        line < parts.count ? parts[line] : "", to: widths[column], alignRight: right.contains(column),
                        ambiguousWide: ambiguousWide)
                }.joined(separator: "  ")
            }
        }
        let head = rendered(header) + [String(repeating: "-", count: width)]
        var out = head.map { PrintLine(text: $0, glue: true) }
        for (index, row) in rows.enumerated() {
            let parts = rendered(row)
            let keepsWithNext = rows.count <= Self.shortRows || index == 0 || index == rows.count - 2
            for (line, text) in parts.enumerated() {
                let last = line == parts.count - 1
                out.append(
                    PrintLine(text: text, glue: !last || (keepsWithNext && index < rows.count - 1), header: head))
            }
        }
        return out
    }

    /// Each column's width: whole columns as wide as their widest line, the
    /// wrapping ones narrowed, widest first, until the row fits; only when
    /// even their longest words do not leave room (a hostile title) are
    /// words broken, never the whole columns.
    private func layout(width: Int, ambiguousWide: Bool) -> [Int] {
        let measure = { (text: Substring) in DisplayWidth.of(text, ambiguousWide: ambiguousWide) }
        let all = [header] + rows
        var widths = columns.indices.map { column in
            max(1, all.flatMap { $0[column].split(separator: "\n").map(measure) }.max() ?? 1)
        }
        let floors = columns.enumerated().map { column, kind -> Int in
            switch kind {
            case .whole: return widths[column]
            case .wraps(let minimum):
                let longestWord = all.map { Self.longestWord($0[column], measure) }.max() ?? 1
                return min(widths[column], max(minimum, longestWord))
            }
        }
        let room = width - 2 * (columns.count - 1)
        for floor in [floors, columns.map { if case .wraps = $0 { 4 } else { Int.max } }] {
            while widths.reduce(0, +) > room {
                let shrinkable = widths.indices.filter { widths[$0] > floor[$0] }
                guard let widest = shrinkable.max(by: { widths[$0] < widths[$1] }) else { break }
                widths[widest] -= 1
            }
        }
        return widths
    }

    /// Cells of the longest run a line may not break: a Latin word, a date, a figure.
    private static func longestWord(_ text: String, _ measure: (Substring) -> Int) -> Int {
        text.split { $0 == " " || !$0.isASCII }.map(measure).max() ?? 0
    }
}
