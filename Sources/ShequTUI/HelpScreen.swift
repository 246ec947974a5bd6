import ShequDomain
import ShequText

extension AppState {
    /// The help of the screen under the overlay: its enabled keys, then
    /// the keys that work everywhere, from the same tables that handle them.
    var helpRows: (title: Localized, rows: [HelpRow]) {
        let (title, own) = pageHelp
        return (title, own + activeGlobalKeys.help())
    }

    private var pageHelp: (title: Localized, rows: [HelpRow]) {
        switch pages.last {
        case nil:
            if home.filterField != nil { return (L.keyFilter, Self.filterKeys.help()) }
            return (L.communities, Self.homeKeys.help(refusal: homeRefusal))
        case .welcome: return (L.welcomeTitle, Self.welcomeKeys.help())
        case .community(let page):
            if page.ledger.textField != nil { return (L.keyFilter, Self.filterKeys.help()) }
            return (page.tab.title, communityKeys(page.tab).help(refusal: { communityRefusal($0, page) }))
        case .plan(let page):
            let task = selectedTask(page)
            return (
                L.planTitle, Self.planKeys.help(refusal: { taskRefusal($0, communityID: page.communityID, task: task) })
            )
        case .checklist(let page):
            guard let (community, checklist) = checklistContext(page.communityID, page.checklistID) else {
                return (L.checklist, [])
            }
            let item = selectedItem(page, of: checklist)
            return (
                L.checklist,
                Self.checklistKeys.help(refusal: { checklistRefusal($0, community.id, checklist, item: item) })
            )
        case .reviews(let page): return (L.reviews, Self.reviewsKeys.help(refusal: { reviewsRefusal($0, page) }))
        case .history: return (L.history, Self.historyKeys.help())
        case .restore: return (L.restoreTitle, Self.restoreKeys.help())
        case .attainment: return (L.attainmentMatrix(today.year), Self.attainmentKeys.help())
        case .item: return (L.checklistItem, Self.itemKeys.help())
        case .task(let page):
            let task = taskContext(page)?.2
            return (
                L.taskTitle, Self.taskKeys.help(refusal: { taskRefusal($0, communityID: page.communityID, task: task) })
            )
        case .record(let form):
            return (form.draft.title, Self.recordFormKeys.help() + Self.choiceHelp + Self.editingHelp)
        }
    }

    /// The help as (keys, text) lines, with the closing note wrapped to the screen.
    private var helpLines: (keyWidth: Int, lines: [(String, String)]) {
        let rows = helpRows.rows
        let keyWidth = rows.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let closing = DisplayWidth.wrap(language(L.helpGlobal), to: max(10, size.columns - keyWidth - 5)).map {
            ("", $0)
        }
        return (keyWidth, rows.map { ($0.keys, language($0.text)) } + [("", "")] + closing)
    }

    /// Help lines that fit between the title and the hint bar.
    private var helpVisibleLines: Int { max(1, size.rows - 4) }

    /// The furthest the help can scroll.
    var helpMaxOffset: Int { max(0, helpLines.lines.count - helpVisibleLines) }

    func renderHelp(into buffer: inout ScreenBuffer) {
        Chrome.drawTitle(language(L.appName) + " > " + language(L.help(helpRows.title)), right: "", into: &buffer)
        let (keyWidth, lines) = helpLines
        let visible = helpVisibleLines
        let offset = min(helpOffset, helpMaxOffset)
        for (index, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
            buffer.write(line.0, column: 2, row: 2 + index, width: keyWidth, role: .key)
            buffer.write(
                line.1, column: 4 + keyWidth, row: 2 + index, width: size.columns - keyWidth - 5,
                role: line.0.isEmpty ? .dim : .normal)
        }
        buffer.clear(row: size.rows - 2)
        Chrome.drawHints(
            [HelpRow(keys: "Up/Down", text: L.keyMove), HelpRow(keys: "Esc", text: L.helpClose)], language: language,
            into: &buffer)
    }
}
