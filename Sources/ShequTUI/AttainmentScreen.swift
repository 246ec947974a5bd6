import ShequDomain
import ShequText

/// The attainment matrix: streets (pinyin order) down, standards across,
/// the district below, each cell attained over total and the rate to one
/// decimal, with the rule it counts by on screen.
public struct AttainmentPage: Sendable {
    var list = ListState()
    /// The first standard shown when they do not all fit across.
    var firstColumn = 0
    /// The year shown; nil for the latest year with checklists.
    var year: Int?
}

enum AttainmentAction: Sendable {
    case move, columns, year, export, back
}

extension AppState {
    static let attainmentKeys = KeyTable<AttainmentAction>(
        Movement.bindings(AttainmentAction.move) + [
            KeyBinding(
                [.left, .right, .char("h"), .char("l")], "Left/Right", L.keyMoreStandards, .columns, hint: true),
            KeyBinding([.char("Y")], "Y", L.keyAttainmentYear, .year, hint: true),
            SharedKeys.export(.export), SharedKeys.back(.back),
        ])

    /// The years with checklists, latest first, none after this one.
    var checklistYears: [Int] {
        checklistYearsMemo.value(for: MemoKey(version: communitiesVersion, parts: [String(today.year)])) {
            let years = Set(communities.flatMap { $0.checklists.compactMap { $0.coveredPeriod?.year } })
            return years.filter { $0 <= today.year }.sorted(by: >)
        }
    }

    /// The year attainment is shown for: the one chosen, else the latest
    /// with checklists (at the start of a year, last year's), else this year.
    func attainmentYear(_ chosen: Int? = nil) -> Int {
        chosen ?? checklistYears.first ?? today.year
    }

    /// A year's matrix over the communities held, made once per change.
    func attainmentMatrix(year chosen: Int? = nil) -> AttainmentMatrix {
        let year = attainmentYear(chosen)
        let key = MemoKey(
            version: communitiesVersion,
            parts: [String(year), language.rawValue] + templates.map(\.id) + trusted.reviewers.map(\.key))
        return matrixMemo.value(for: key) {
            let district = communities.first?.district ?? ""
            return AttainmentMatrix(
                templates: templates, year: year, communities: communities,
                districtName: district.isEmpty ? language(L.allCommunities) : district, trusted: trusted)
        }
    }

    /// The rule the matrix counts by, in the lines it takes (two at most).
    var attainmentRuleLines: [String] {
        Array(DisplayWidth.wrap(language(L.attainmentRule), to: max(10, size.columns - 3)).prefix(2))
    }

    /// The matrix's rows below the rule and the line saying which standards show.
    var attainmentTable: TableLayout {
        let top = 2 + attainmentRuleLines.count
        return TableLayout(top: top, visibleRows: max(1, size.rows - Chrome.rows - top))
    }
}

extension AppState {

    mutating func updateAttainment(_ key: Key) -> KeyResult {
        guard case .attainment(var page) = pages.last else { return .unhandled }
        let lookup = Self.attainmentKeys.lookup(key)
        guard case .action(let action) = lookup else { return reject(lookup) }
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.list.move(
                    movement, count: attainmentMatrix(year: page.year).streets.count + 1,
                    visible: attainmentTable.visibleRows)
            }
            pages[pages.count - 1] = .attainment(page)
            return .done
        case .columns:
            let step = key == .left || key == .char("h") ? -1 : 1
            page.firstColumn = max(0, min(attainmentMatrix().columns.count - 1, page.firstColumn + step))
            pages[pages.count - 1] = .attainment(page)
            return .done
        case .year:
            // Back through the years with checklists, then round to the latest again.
            let years = checklistYears.isEmpty ? [today.year] : checklistYears
            let current = years.firstIndex(of: attainmentYear(page.year)) ?? 0
            page.year = years[(current + 1) % years.count]
            pages[pages.count - 1] = .attainment(page)
            return .done
        case .export:
            let district = communities.first?.district ?? ""
            return .handled(
                openExport(street: nil, scopeLabel: district.isEmpty ? language(L.allCommunities) : district))
        case .back:
            pages.removeLast()
            return .done
        }
    }

    func renderAttainment(_ page: AttainmentPage, into buffer: inout ScreenBuffer) {
        let matrix = attainmentMatrix(year: page.year)
        Chrome.drawTitle(
            language(L.appName) + " > " + language(L.reviews) + " > " + language(L.attainmentMatrix(matrix.year)),
            right: Chrome.badge(self), into: &buffer)
        for (index, line) in attainmentRuleLines.enumerated() {
            buffer.write(line, column: 2, row: 1 + index, width: size.columns - 3, role: .dim)
        }
        let noteRow = 1 + attainmentRuleLines.count
        func cell(_ row: Attainment.Row) -> Table.Cell {
            Table.Cell("\(row.attained)/\(row.total) " + row.percentText)
        }
        // As many standards as fit across, from the first one chosen; Left and Right bring the others.
        let names = matrix.streets + [matrix.columns.first?.district.name ?? language(L.allCommunities)]
        var available = size.columns - 2 - min(12, names.map { DisplayWidth.of($0) }.max() ?? 0)
        var shown: [AttainmentMatrix.Column] = []
        for column in matrix.columns.dropFirst(min(page.firstColumn, max(0, matrix.columns.count - 1))) {
            let width =
                max(DisplayWidth.of(column.shortTitle(language)), DisplayWidth.of(cell(column.district).text)) + 2
            guard shown.isEmpty || width <= available else { break }
            shown.append(column)
            available -= width
        }
        let streetRows = matrix.streets.indices.map { index in
            [Table.Cell(matrix.streets[index])] + shown.map { cell($0.streets[index]) }
        }
        let districtRow = [Table.Cell(names.last ?? "")] + shown.map { cell($0.district) }
        let table = Table(
            columns: [.init(title: language(L.street))]
                + shown.map { .init(title: $0.shortTitle(language), alignRight: true, shrinks: false) },
            rows: streetRows + [districtRow],
            rowRoles: Array(repeating: Role.normal, count: streetRows.count) + [.header])
        if shown.count < matrix.columns.count {
            let note = language(
                L.standardsShown(page.firstColumn + 1, page.firstColumn + shown.count, matrix.columns.count))
            buffer.write(note, column: 2, row: noteRow, width: size.columns - 3, role: .dim)
        } else if let reading = readingProgress {
            buffer.write(reading, column: 2, row: noteRow, width: size.columns - 3, role: .dim)
        }
        table.draw(into: &buffer, layout: attainmentTable, state: page.list)
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(Self.attainmentKeys.hints(), state: self, into: &buffer)
    }
}
