import ShequDomain

/// A plain-text table aligned in display cells, for `shequ list`: every
/// cell shown as `VisibleText`, so that a title holding an escape sequence
/// or a bidi control prints as what it is instead of driving the terminal.
struct TextTable {
    var header: [String]
    var rows: [[String]]
    /// Indexes of columns whose values are right-aligned (numbers).
    var rightAligned: Set<Int>

    var text: String {
        let all = ([header] + rows).map { $0.map { VisibleText.of($0) } }
        let widths = header.indices.map { column in all.map { DisplayWidth.of($0[column]) }.max() ?? 0 }
        return all.map { row in
            row.enumerated().map { DisplayWidth.fit($1, to: widths[$0], alignRight: rightAligned.contains($0)) }
                .joined(separator: "  ").replacingOccurrences(of: #"\s+$"#, with: "", options: .regularExpression)
        }.joined(separator: "\n") + "\n"
    }
}
