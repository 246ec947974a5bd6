import ShequDomain
import ShequText

/// The Activities tab's state: selection, and the filters by kind, month,
/// task and text.
public struct ActivityLedger: Sendable {
    var list = ListState()
    var kind: ActivityKind?
    /// A month as "2023-05", or nil for every month.
    var month: String?
    var taskID: String?
    /// A year, or nil for every year; months and tasks cycle within it.
    var year: Int?
    var text = ""
    /// The text filter being typed; nil when not typing.
    var textField: TextField?

    /// True when any filter narrows the ledger.
    var isFiltered: Bool { kind != nil || month != nil || taskID != nil || year != nil || !text.isEmpty }

    /// Every filter off, the selection back at the top.
    mutating func clearFilters() {
        self = ActivityLedger()
    }
}

extension AppState {
    static let ledgerKeys = KeyTable<CommunityAction>(
        Movement.bindings(CommunityAction.move) + [
            KeyBinding([.char("n")], "n", L.keyLogActivity, .new, hint: true),
            KeyBinding([.char("e"), .enter], "e Enter", L.keyEditActivity, .edit, hint: true),
            KeyBinding([.char("d"), .delete], "d Del", L.keyDeleteActivity, .delete),
            KeyBinding([.char("/")], "/", L.keyFilter, .filterText, hint: true),
            KeyBinding([.char("K")], "K", L.keyFilterKind, .filterKind),
            KeyBinding([.char("M")], "M", L.keyFilterMonth, .filterMonth),
            KeyBinding([.char("T")], "T", L.keyFilterTask, .filterTask),
            KeyBinding([.char("Y")], "Y", L.keyFilterYear, .filterYear),
        ] + communityCommonKeys)

    /// The ledger rows: the community's activities that pass the filters, newest first.
    func ledgerRows(_ page: CommunityPage, ignoringMonth: Bool = false) -> [Activity] {
        // Five years of a community's ledger, filtered and sorted on every key otherwise.
        (ignoringMonth ? ledgerAllMonthsMemo : ledgerMemo).value(for: ledgerKey(page, ignoringMonth: ignoringMonth)) {
            filteredLedger(page, ignoringMonth: ignoringMonth)
        }
    }

    /// The ledger's cells and their widths, made once per change of the
    /// data or the filters: years of activities are not laid out per key.
    private func ledgerCells(_ page: CommunityPage) -> (rows: [[Table.Cell]], widths: [Int]) {
        ledgerCellsMemo.value(for: ledgerKey(page)) {
            let rows = ledgerRows(page).map { a in
                [
                    a.date.description, language(a.kind.label), a.title, String(a.sessions), String(a.participants),
                    a.households.map(String.init) ?? "", a.amount.map(Target.number) ?? "", a.location,
                ].map { Table.Cell($0) }
            }
            return (rows, Table.measure(rows, columns: 8))
        }
    }

    /// What the ledger's rows depend on: the data, the community and the filters.
    private func ledgerKey(_ page: CommunityPage, ignoringMonth: Bool = false) -> MemoKey {
        let filter = page.ledger
        return MemoKey(
            version: communitiesVersion,
            parts: [
                page.communityID, filter.kind?.rawValue ?? "\u{0}", ignoringMonth ? "\u{0}" : (filter.month ?? "\u{0}"),
                filter.year.map(String.init) ?? "\u{0}",
                filter.taskID ?? "\u{0}", filter.text, language.rawValue,
            ])
    }

    private func filteredLedger(_ page: CommunityPage, ignoringMonth: Bool) -> [Activity] {
        let filter = page.ledger
        return (community(id: page.communityID)?.activities ?? []).filter { activity in
            (filter.kind == nil || activity.kind == filter.kind)
                && (filter.year == nil || activity.date.year == filter.year)
                && (ignoringMonth || filter.month == nil || activity.date.description.hasPrefix(filter.month ?? ""))
                && (filter.taskID == nil || activity.taskIDs.contains(filter.taskID ?? ""))
                && (filter.text.isEmpty
                    || [activity.title, activity.location, activity.notes].contains {
                        $0.localizedCaseInsensitiveContains(filter.text) || PinyinInitials.match(filter.text, in: $0)
                    })
        }.sorted { ($0.date, $0.id) > ($1.date, $1.id) }
    }

    /// Whether the month chart fits under the ledger.
    private var ledgerShowsChart: Bool { size.rows >= 24 }

    /// The ledger table: below the tabs and the filter line, above the
    /// totals (and the chart when it fits).
    var ledgerTable: TableLayout {
        TableLayout(top: 3, visibleRows: max(1, size.rows - Chrome.rows - 4 - (ledgerShowsChart ? 4 : 0)))
    }

    mutating func updateLedger(_ action: CommunityAction, key: Key) -> [Effect] {
        guard var page = communityPage, let community = community(id: page.communityID) else { return [] }
        let rows = ledgerRows(page)
        let selected = rows.indices.contains(page.ledger.list.selected) ? rows[page.ledger.list.selected] : nil
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.ledger.list.move(movement, count: rows.count, visible: ledgerTable.visibleRows)
            }
        case .new:
            return openRecordForm(
                ActivityDraft(activity: nil, community: community, today: today), communityID: community.id)
        case .edit, .open:
            guard let activity = selected else {
                say(L.nothingSelected)
                return []
            }
            return openRecordForm(
                ActivityDraft(activity: activity, community: community, today: today), communityID: community.id)
        case .delete:
            guard let activity = selected else {
                say(L.nothingSelected)
                return []
            }
            prompt = .deleteActivity(community.id, activity.id)
        case .filterText:
            page.ledger.textField = TextField(page.ledger.text)
        case .filterKind:
            let kinds: [ActivityKind?] = [nil] + ActivityKind.allCases
            page.ledger.kind = kinds[((kinds.firstIndex(of: page.ledger.kind) ?? 0) + 1) % kinds.count]
            page.ledger.list = ListState()
        case .filterYear:
            let years: [Int?] = [nil] + Array(Set(community.activities.map(\.date.year))).sorted(by: >)
            page.ledger.year = years[((years.firstIndex(of: page.ledger.year) ?? 0) + 1) % years.count]
            if let month = page.ledger.month, let year = page.ledger.year, !month.hasPrefix(String(year)) {
                page.ledger.month = nil
            }
            page.ledger.list = ListState()
        case .filterMonth:
            let inYear = community.activities.filter { page.ledger.year == nil || $0.date.year == page.ledger.year }
            let months: [String?] =
                [nil] + Array(Set(inYear.map { String($0.date.description.prefix(7)) })).sorted(by: >)
            page.ledger.month = months[((months.firstIndex(of: page.ledger.month) ?? 0) + 1) % months.count]
            page.ledger.list = ListState()
        case .filterTask:
            let plans = community.plans.filter { page.ledger.year == nil || $0.year == page.ledger.year }
            let tasks: [String?] = [nil] + plans.sorted { $0.year > $1.year }.flatMap { $0.tasks.map(\.id) }
            page.ledger.taskID = tasks[((tasks.firstIndex(of: page.ledger.taskID) ?? 0) + 1) % tasks.count]
            page.ledger.list = ListState()
        default: break
        }
        setCommunityPage(page)
        return []
    }

    mutating func updateLedgerFilterText(_ key: Key) -> KeyResult {
        guard var page = communityPage, var field = page.ledger.textField else { return .unhandled }
        switch key {
        case .enter: page.ledger.textField = nil
        case .escape:
            page.ledger.textField = nil
            page.ledger.text = ""
        default:
            guard field.handle(key) else { return .unhandled }
            page.ledger.textField = field
            page.ledger.text = field.text
        }
        page.ledger.list = ListState()
        setCommunityPage(page)
        return .done
    }

    /// "2023 家庭教育培训": the same task recurs in every year's plan.
    private func taskTitle(_ id: String, in community: Community) -> String {
        guard let plan = community.plans.first(where: { $0.tasks.contains { $0.id == id } }),
            let task = plan.tasks.first(where: { $0.id == id })
        else { return id }
        return "\(plan.year) " + task.title
    }

    func renderLedger(_ page: CommunityPage, into buffer: inout ScreenBuffer) {
        guard let community = community(id: page.communityID) else { return }
        let filter = page.ledger
        let all = language(L.all)
        let parts =
            [
                language(L.yearFilter) + colon + (filter.year.map(String.init) ?? all),
                language(L.kind) + colon + (filter.kind.map { language($0.label) } ?? all),
                language(L.monthFilter) + colon + (filter.month ?? all),
                language(L.taskTitle) + colon + (filter.taskID.map { taskTitle($0, in: community) } ?? all),
            ] + (filter.text.isEmpty ? [] : ["/" + filter.text])
        buffer.write(parts.joined(separator: "  "), column: 2, row: 2, width: size.columns - 3, role: .dim)
        let rows = ledgerRows(page)
        let cells = ledgerCells(page)
        let table = Table(
            columns: [
                .init(title: language(L.date), shrinks: false), .init(title: language(L.kind)),
                .init(title: language(L.activityTitle)),
                .init(title: language(L.sessions), alignRight: true, shrinks: false),
                .init(title: language(L.participants), alignRight: true, shrinks: false),
                .init(title: language(L.householdsReached), alignRight: true, shrinks: false),
                .init(title: language(L.amountColumn), alignRight: true, shrinks: false),
                .init(title: language(L.location)),
            ],
            rows: cells.rows, measured: cells.widths)
        table.draw(into: &buffer, layout: ledgerTable, state: filter.list)
        if rows.isEmpty {
            buffer.write(
                language(community.activities.isEmpty ? L.noActivitiesYet : L.noMatchingActivities), column: 2, row: 5,
                role: .dim)
        }
        var row = ledgerTable.top + ledgerTable.visibleRows + 1
        let sessions = rows.total(\.sessions)
        let people = rows.total(\.participants)
        let year = filter.year ?? filter.month.flatMap { Int($0.prefix(4)) } ?? rows.first?.date.year ?? today.year
        // The chart shows one year: when the rows span more, the totals say that year's part too.
        let ofYear = rows.filter { $0.date.year == year }
        let chartPart =
            ledgerShowsChart && ofYear.count < rows.count
            ? language.clauseSeparator + language(L.ledgerYearPart(year, ofYear.total(\.sessions))) : ""
        buffer.write(
            language(L.ledgerTotals(rows.count, sessions, people, households: rows.total { $0.households ?? 0 }))
                + chartPart, column: 2, row: row,
            width: size.columns - 3, role: .header)
        guard ledgerShowsChart else { return }
        var perMonth = Array(repeating: 0, count: 12)
        for activity in ledgerRows(page, ignoringMonth: true) where activity.date.year == year {
            perMonth[activity.date.month - 1] = perMonth[activity.date.month - 1].saturatingAdding(activity.sessions)
        }
        let peak = max(1, perMonth.max() ?? 1)
        row += 1
        // Three rows of bars, tallest month at the top; any month with a session shows.
        for level in 1...3 {
            for month in 0..<12
            where perMonth[month] > 0 && (level == 1 || Double(perMonth[month]) * 3 >= Double(peak) * Double(level)) {
                buffer.write("##", column: 16 + month * 4, row: row + 3 - level, role: .progress)
            }
        }
        buffer.write(DisplayWidth.fit(String(peak), to: 4, alignRight: true), column: 10, row: row, role: .dim)
        buffer.write(language(L.sessionsPerMonth(year)), column: 2, row: row + 3, width: 13, role: .dim)
        for month in 0..<12 {
            buffer.write(
                DisplayWidth.fit(String(month + 1), to: 2, alignRight: true), column: 16 + month * 4, row: row + 3,
                role: .dim)
        }
    }
}
