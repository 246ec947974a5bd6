import ShequCore

extension AppState {
    /// The help of the screen under the overlay: its own key table, then
    /// the keys that work everywhere.
    var helpRows: (title: Localized, rows: [HelpRow]) {
        let global = [
            HelpRow(keys: "Q Ctrl-C", text: L.keyQuitAnywhere)
        ]
        switch pages.last {
        case nil:
            if home.filterField != nil { return (L.keyFilter, Self.filterKeys.help + global) }
            return (L.communities, Self.homeKeys.help + global)
        case .welcome: return (L.welcomeTitle, Self.welcomeKeys.help + global)
        case .community(let page):
            if page.ledger.textField != nil { return (L.keyFilter, Self.filterKeys.help + global) }
            return (page.tab.title, communityKeys(page.tab).help + global)
        case .plan: return (L.planTitle, Self.planKeys.help + global)
        case .checklist: return (L.checklist, Self.checklistKeys.help + global)
        case .reviews: return (L.reviews, Self.reviewsKeys.help + global)
        case .task: return (L.taskTitle, Self.taskKeys.help + global)
        case .record(let form):
            return (
                form.draft.title,
                Self.recordFormKeys.help + Self.choiceHelp + Self.editingHelp + [
                    HelpRow(keys: "Ctrl-C", text: L.keyQuitAnywhere)
                ]
            )
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
