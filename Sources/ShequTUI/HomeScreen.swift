import Foundation
import ShequDomain
import ShequText

// MARK: - State

/// The home screen's own state: selection, filter and sort order.
public struct CommunitiesHome: Sendable {
    var list = ListState()
    var filter = ""
    /// The filter being typed; nil when the keyboard is not in the filter.
    var filterField: TextField?
    var sort = CommunitySort.name
}

/// The orders `o` cycles through.
enum CommunitySort: CaseIterable, Sendable {
    case name, street, population, progress

    var label: Localized {
        switch self {
        case .name: L.sortName
        case .street: L.street
        case .population: L.population
        case .progress: L.sortProgress
        }
    }

    /// Names and streets in `ChineseOrder`; population largest first;
    /// progress least first, where help is needed.
    func areInOrder(_ a: Community, _ b: Community, glance: (Community) -> CommunityGlance) -> Bool {
        let byName = ChineseOrder.byName(a, b)
        switch self {
        case .name: return byName
        case .street: return ChineseOrder.byStreetThenName(a, b)
        case .population: return a.population == b.population ? byName : (a.population ?? -1) > (b.population ?? -1)
        case .progress:
            let (first, second) = (glance(a).percent, glance(b).percent)
            return first == second ? byName : first < second
        }
    }
}

/// A row of the home table: a community, or a file that could not be read.
enum HomeRow {
    case community(Community)
    case unreadable(UnreadableFile)

    var key: String {
        switch self {
        case .community(let community): community.id
        case .unreadable(let file): file.file
        }
    }
}

/// What a key does on the home screen.
enum HomeAction: Sendable {
    case move, open, new, edit, delete, filter, sort, undo, redo, back, reviews, export, sync, setUpSync, restore
    case history
}

// MARK: - Keys and update

extension AppState {
    static let homeKeys = KeyTable<HomeAction>(
        Movement.bindings(HomeAction.move) + [
            KeyBinding([.enter], "Enter", L.keyOpen, .open, hint: true),
            KeyBinding([.char("n")], "n", L.keyNew, .new, hint: true),
            KeyBinding([.char("e")], "e", L.keyEdit, .edit, hint: true),
            KeyBinding([.char("d"), .delete], "d Del", L.keyDelete, .delete, hint: true),
            KeyBinding([.char("/")], "/", L.keyFilter, .filter, hint: true),
            KeyBinding([.char("o")], "o", L.keySort, .sort),
            SharedKeys.undo(.undo), SharedKeys.redo(.redo),
            KeyBinding([.char("R")], "R", L.keyReviews, .reviews),
            KeyBinding([.char("T")], "T", L.keyRestorePage, .restore),
            KeyBinding([.char("H")], "H", L.keyHistory, .history),
            SharedKeys.export(.export),
            KeyBinding([.char("s")], "s", L.keySync, .sync, hint: true),
            KeyBinding([.char("s")], "s", L.keySetUpSync, .setUpSync),
            KeyBinding([.char("q")], "q", L.keyQuit, .back, hint: true),
            KeyBinding([.escape], "Esc", L.keyClearFilterOrStay, .back),
        ])

    static let filterKeys = KeyTable<HomeAction>([
        KeyBinding([.enter], "Enter", L.keyFinishFilter, .open, hint: true),
        KeyBinding([.escape], "Esc", L.keyClearFilter, .back, hint: true),
    ])

    /// The rows the table shows: communities that pass the filter in the
    /// chosen order, then unreadable files.
    var homeRows: [HomeRow] {
        homeRowsMemo.value(for: MemoKey(version: communitiesVersion, parts: [home.filter, "\(home.sort)"])) {
            let matching = communities.filter { $0.matches(home.filter) }
            let shown =
                home.sort == .name
                ? ChineseOrder.sortedByName(matching)
                : matching.sorted { home.sort.areInOrder($0, $1, glance: glance(of:)) }
            let broken = unreadable.filter {
                home.filter.isEmpty || $0.file.localizedCaseInsensitiveContains(home.filter)
            }
            return shown.map(HomeRow.community) + broken.map(HomeRow.unreadable)
        }
    }

    /// The table below the title bar, down to the message line.
    var homeTable: TableLayout { TableLayout(top: 1, visibleRows: Self.homeRows(in: size)) }

    /// How many communities the home table shows on a terminal of `size`.
    static func homeRows(in size: Size) -> Int { max(1, size.rows - Chrome.rows - 1) }

    /// How many headlines the first screen shows on a terminal of `size`
    /// for `actor`: a screenful of the Communities screen, or none for a
    /// reviewer, whose first screen is Reviews, which needs every file.
    public static func firstScreenRows(in size: Size, for actor: Actor) -> Int {
        ChecklistWorkflow.refusal(.review, nil, by: actor) == nil ? 0 : homeRows(in: size)
    }

    var homeSelection: HomeRow? {
        let rows = homeRows
        return rows.indices.contains(home.list.selected) ? rows[home.list.selected] : nil
    }

    mutating func selectHomeRow(id: String) {
        if let index = homeRows.firstIndex(where: { $0.key == id }) { home.list.selected = index }
    }

    /// Why a home-screen action cannot be taken now, or nil when it can.
    func homeRefusal(_ action: HomeAction) -> Localized? {
        switch action {
        case .new: return recordsRefusal(id: nil)
        case .edit, .delete:
            guard case .community(let community) = homeSelection else { return RecordKeeping.refusal(by: actor) }
            return recordsRefusal(id: community.id)
        case .reviews: return ChecklistWorkflow.refusal(.review, nil, by: actor)
        case .sync: return syncRefusal
        case .history:
            guard case .community = homeSelection else { return L.noCommunities }
            return sync == nil ? L.syncNotSetUp : nil
        case .setUpSync:
            // Not set up yet, s offers to set it up; once it is, s syncs.
            return sync != nil ? L.syncNotSetUp : reasonReadOnly
        default: return nil
        }
    }

    mutating func updateHome(_ key: Key) -> KeyResult {
        if home.filterField != nil { return updateFilter(key) }
        let lookup = Self.homeKeys.lookup(key, refusal: homeRefusal)
        guard case .action(let action) = lookup else { return reject(lookup) }
        return .handled(homeAction(action, key: key))
    }

    private mutating func homeAction(_ action: HomeAction, key: Key) -> [Effect] {
        let rows = homeRows
        let selected = homeSelection
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                home.list.move(movement, count: rows.count, visible: homeTable.visibleRows)
            }
        case .open:
            switch selected {
            case .community(let community):
                pages.append(.community(CommunityPage(communityID: community.id)))
                // A community held by headline opens at once and fills in when its file is read.
                if partial.contains(community.id) { return [.readInBackground([community.id])] }
            case .unreadable(let file): say(L.unreadableLine(file.line(language)), error: true)
            case nil: say(L.nothingSelected)
            }
        case .new:
            let id = environment.ids.next(prefix: "c", avoiding: Set(communities.map(\.id)))
            pages.append(.record(RecordForm(newCommunityID: id)))
        case .edit:
            startEditing(selected)
        case .delete:
            switch selected {
            case .community(let community): prompt = .deleteCommunity(community.id)
            case .unreadable: say(L.unreadableNotEditable, error: true)
            case nil: say(L.nothingSelected)
            }
        case .filter:
            home.filterField = TextField(home.filter)
        case .sort:
            let all = CommunitySort.allCases
            let id = selected?.key
            home.sort = all[((all.firstIndex(of: home.sort) ?? 0) + 1) % all.count]
            if let id { selectHomeRow(id: id) }
            say(L.sortedBy(home.sort.label))
        case .undo: return undo()
        case .redo: return redo()
        case .export:
            let shown = rows.compactMap { if case .community(let c) = $0 { c.id } else { nil } }
            let everything = shown.count == communities.count
            let district = communities.first?.district ?? ""
            return openExport(
                communityIDs: everything ? [] : shown,
                scopeLabel: everything
                    ? (district.isEmpty ? language(L.allCommunities) : district)
                    : language(L.selectedCommunities(shown.count)))
        case .restore:
            return openRestore()
        case .reviews:
            pages.append(.reviews(ReviewsPage()))
        case .setUpSync:
            pages.append(.record(RecordForm(communityID: "", content: .syncSetUp(SyncSetUpDraft(name: actor.name)))))
        case .sync:
            return startSync()
        case .history:
            guard case .community(let community) = homeSelection else { return [] }
            return openHistory(community.id)
        case .back:
            // Esc, pressed to step back from somewhere, never ends the program by surprise: only q does.
            if key != .escape {
                return quit()
            } else if !home.filter.isEmpty {
                clearFilter()
            } else {
                say(L.quitWithQ)
            }
        }
        return []
    }

    mutating func startEditing(_ row: HomeRow?) {
        switch row {
        case .community(let community):
            _ = openRecordForm(CommunityDraft(community), communityID: community.id)
        case .unreadable: say(L.unreadableNotEditable, error: true)
        case nil: say(L.nothingSelected)
        }
    }

    private mutating func updateFilter(_ key: Key) -> KeyResult {
        switch key {
        case .enter:
            home.filterField = nil
        case .escape:
            clearFilter()
        case .up, .down, .pageUp, .pageDown:
            home.list.move(Movement.of(key) ?? .down, count: homeRows.count, visible: homeTable.visibleRows)
        default:
            guard var field = home.filterField, field.handle(key) else { return .unhandled }
            home.filterField = field
            home.filter = field.text
            home.list = ListState()
        }
        if !home.filter.isEmpty {
            say(
                L.filterShowing(
                    homeRows.filter { if case .community = $0 { true } else { false } }.count, communities.count))
        }
        return .done
    }

    private mutating func clearFilter() {
        let id = homeSelection?.key
        home.filter = ""
        home.filterField = nil
        home.list = ListState()
        if let id { selectHomeRow(id: id) }
        status = nil
    }

    mutating func homeMouse(_ mouse: MouseEvent) {
        home.list.apply(mouse, layout: homeTable, count: homeRows.count)
    }
}

// MARK: - Rendering

extension AppState {
    /// A community's row: name, street, population, its latest year's plans
    /// and their progress, and the checklists waiting — returned ones first,
    /// in the warning colour.
    func homeCells(_ c: Community, glance: CommunityGlance, barWidth: Int) -> [Table.Cell] {
        let hasTasks = glance.tasks > 0
        let bar = ProgressText.bar(glance.percent, width: barWidth)
        return [
            Table.Cell(c.name), Table.Cell(c.street), Table.Cell(c.population.map(String.init) ?? ""),
            Table.Cell(GlanceText.plans(glance, language), role: glance.year == nil ? .dim : nil),
            hasTasks ? Table.Cell(Self.barText(bar), role: .progress, emphasis: bar.filled) : Table.Cell(""),
            Table.Cell(hasTasks ? String(glance.percent) + "%" : ""),
            Table.Cell(GlanceText.waiting(glance, language), role: glance.returned > 0 ? .warn : nil),
        ]
    }

    /// A bar as text, "###--", from the few there are, made once.
    static func barText(_ bar: (filled: Int, empty: Int)) -> String {
        let width = bar.filled + bar.empty
        if width == 5 || width == 10, let made = (width == 5 ? shortBars : longBars).dropFirst(bar.filled).first {
            return made
        }
        return String(repeating: "#", count: bar.filled) + String(repeating: "-", count: bar.empty)
    }

    private static let shortBars = (0...5).map {
        String(repeating: "#", count: $0) + String(repeating: "-", count: 5 - $0)
    }
    private static let longBars = (0...10).map {
        String(repeating: "#", count: $0) + String(repeating: "-", count: 10 - $0)
    }

    func renderHome(into buffer: inout ScreenBuffer) {
        let rows = homeRows
        let count =
            (sync.map { $0.summary(language, zone: environment.clock.timeZone) + " · " } ?? "")
            + language(L.communityCount(unlistedTotal ?? communities.count))
        Chrome.drawTitle(
            language(L.appName) + " > " + language(L.communities),
            right: [Chrome.badge(self), count].filter { !$0.isEmpty }.joined(separator: " "), into: &buffer)
        // Only the rows on screen are worked out: a district has a hundred communities and more.
        let visible = home.list.offset..<min(rows.count, home.list.offset + homeTable.visibleRows)
        let barWidth = size.columns >= 100 ? 10 : 5
        let table = Table(
            columns: [
                .init(title: language(L.name)), .init(title: language(L.street)),
                .init(
                    title: language(L.population), shortTitle: language(L.populationShort), alignRight: true,
                    shrinks: false),
                .init(title: language(L.plansColumn), shrinks: false),
                .init(title: language(L.progress), shrinks: false), .init(title: "%", alignRight: true, shrinks: false),
                .init(title: language(L.checklistsWaiting), shortTitle: language(L.checklistsWaitingShort)),
            ],
            rows: rows.enumerated().map { index, row in
                switch row {
                case .community(let c):
                    guard visible.contains(index) else {
                        return [c.name, c.street, "", "", "", "", ""].map { Table.Cell($0) }
                    }
                    return homeCells(c, glance: glance(of: c), barWidth: barWidth)
                case .unreadable(let file):
                    return [String(file.file.split(separator: "/").last ?? ""), language(L.unreadable)].map {
                        Table.Cell($0)
                    } + Array(repeating: Table.Cell(""), count: 5)
                }
            },
            rowRoles: rows.map { if case .unreadable = $0 { .fail } else { .normal } })
        table.draw(into: &buffer, layout: homeTable, state: home.list)
        if rows.isEmpty {
            buffer.write(language(communities.isEmpty ? L.noCommunities : L.noMatches), column: 2, row: 3, role: .dim)
        }
        Chrome.drawMessage(self, into: &buffer)
        if let field = home.filterField {
            Chrome.drawFilter(field, state: self, into: &buffer)
        } else {
            if !home.filter.isEmpty && prompt == nil && status == nil {
                buffer.write(" / " + home.filter, column: 0, row: size.rows - 2, role: .dim)
            }
            Chrome.drawHints(Self.homeKeys.hints(refusal: homeRefusal), state: self, into: &buffer)
        }
    }
}
