import ShequDomain

/// A table widget: column titles and rows of text laid out in display
/// cells, numbers right-aligned, the selected row highlighted. Text columns
/// shrink (with "…") when the terminal is narrow; numbers never do.
struct Table {
    /// A column's title and how it lays out.
    struct Column {
        var title: String
        /// A shorter title used before text columns are made to shrink.
        var shortTitle: String?
        var alignRight = false
        /// Text columns give up width first when space is short.
        var shrinks = true
    }

    /// One cell: its text and, when it differs from the row's, its role.
    /// A progress bar colours only its first `emphasis` characters.
    struct Cell: ExpressibleByStringLiteral {
        var text: String
        var role: Role?
        var emphasis: Int?

        init(_ text: String, role: Role? = nil, emphasis: Int? = nil) {
            // Measured as drawn: a control, bidi or invisible character shows as its code.
            self.text = VisibleText.of(text)
            self.role = role
            self.emphasis = emphasis
        }

        init(stringLiteral text: String) {
            self.init(text)
        }
    }

    var columns: [Column]
    var rows: [[Cell]]
    /// Role of each row when not selected; `.normal` when missing.
    var rowRoles: [Role] = []
    /// The widest cell of each column, when the caller measured the rows
    /// once and remembers it (`measure`); else they are measured each draw.
    var measured: [Int]?

    /// The widest cell of each column of `rows`.
    static func measure(_ rows: [[Cell]], columns: Int) -> [Int] {
        (0..<columns).map { index in rows.reduce(0) { max($0, DisplayWidth.of($1[index].text)) } }
    }

    /// Column widths for `available` cells, and the gap between columns:
    /// two spaces when everything fits, else one, and text columns shrink.
    func columnLayout(available: Int) -> (widths: [Int], gap: Int, titles: [String]) {
        let gapCount = max(0, columns.count - 1)
        let widest = measured ?? Self.measure(rows, columns: columns.count)
        func natural(_ titles: [String]) -> [Int] {
            titles.enumerated().map { index, title in max(DisplayWidth.of(title), widest[index]) }
        }
        var titles = columns.map(\.title)
        var widths = natural(titles)
        if widths.reduce(0, +) + 2 * gapCount <= available { return (widths, 2, titles) }
        if widths.reduce(0, +) + gapCount > available {
            titles = columns.map { $0.shortTitle ?? $0.title }
            widths = natural(titles)
        }
        while widths.reduce(0, +) + gapCount > available {
            let candidates = widths.indices.filter { columns[$0].shrinks && widths[$0] > 4 }
            guard let widest = candidates.max(by: { widths[$0] < widths[$1] }) else { break }
            widths[widest] -= 1
        }
        return (widths, 1, titles)
    }

    /// Draws the header on the layout's top row and the rows that fit below it.
    func draw(into buffer: inout ScreenBuffer, layout: TableLayout, state: ListState) {
        let available = buffer.size.columns - 2
        let (widths, gap, titles) = columnLayout(available: available)
        func line(_ cells: [Cell], row: Int, role: Role, selected: Bool) {
            buffer.clear(row: row, role: role)
            if selected { buffer.selection = .init(column: 1, row: row) }
            var x = 1
            for (index, cell) in cells.enumerated() {
                let width = max(0, min(widths[index], buffer.size.columns - 1 - x))
                let cellRole = selected ? role : (cell.role ?? role)
                if let emphasis = cell.emphasis, !selected {
                    let text = DisplayWidth.fit(cell.text, to: widths[index], alignRight: columns[index].alignRight)
                    let used = buffer.write(
                        String(text.prefix(emphasis)), column: x, row: row, width: width, role: cellRole)
                    buffer.write(
                        String(text.dropFirst(emphasis)), column: x + used, row: row, width: width - used, role: .dim)
                } else {
                    // The row is cleared in its role, so the padding is there already (in the cell's own role
                    // when it has one): only the text is written.
                    if cellRole != role { buffer.clear(row: row, column: x, width: width, role: cellRole) }
                    let shift = columns[index].alignRight ? max(0, widths[index] - DisplayWidth.of(cell.text)) : 0
                    buffer.write(
                        cell.text, column: x + shift, row: row, width: max(0, min(width, widths[index] - shift)),
                        role: cellRole)
                }
                x += widths[index] + gap
            }
        }
        line(titles.map { Cell($0) }, row: layout.top, role: .header, selected: false)
        for screenRow in 0..<max(0, layout.visibleRows) {
            let index = state.offset + screenRow
            guard index < rows.count else { break }
            let role = index == state.selected ? Role.selected : (index < rowRoles.count ? rowRoles[index] : .normal)
            line(rows[index], row: layout.top + 1 + screenRow, role: role, selected: index == state.selected)
        }
    }
}
