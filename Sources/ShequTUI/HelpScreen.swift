import ShequCore

extension AppState {
    /// The help of the screen under the overlay: its own key table, then
    /// the keys that work everywhere.
    var helpRows: (title: Localized, rows: [HelpRow]) {
        let global = [
            HelpRow(keys: "Q Ctrl-C", text: L.keyQuitAnywhere),
        ]
        switch pages.last {
        case nil:
            if home.filterField != nil { return (L.keyFilter, Self.filterKeys.help + global) }
            return (L.communities, Self.homeKeys.help + global)
        case .welcome: return (L.welcomeTitle, Self.welcomeKeys.help + global)
        case .community: return (L.overview, Self.communityKeys.help + global)
        case .form: return (L.communityForm, Self.formKeys.help + Self.editingHelp + [HelpRow(keys: "Ctrl-C", text: L.keyQuitAnywhere)])
        }
    }

    func renderHelp(into buffer: inout ScreenBuffer) {
        let (title, rows) = helpRows
        Chrome.drawTitle(language(L.appName) + " > " + language(L.help(title)), right: "", into: &buffer)
        let keyWidth = rows.map { DisplayWidth.of($0.keys) }.max() ?? 0
        let visible = size.rows - 4
        let offset = max(0, min(helpOffset, rows.count + 2 - visible))
        let lines: [(String, String)] = rows.map { ($0.keys, language($0.text)) } + [("", ""), ("", language(L.helpGlobal))]
        for (index, line) in lines.dropFirst(offset).prefix(visible).enumerated() {
            buffer.write(line.0, column: 2, row: 2 + index, width: keyWidth, role: .key)
            buffer.write(line.1, column: 4 + keyWidth, row: 2 + index, width: size.columns - keyWidth - 5, role: line.0.isEmpty ? .dim : .normal)
        }
        buffer.clear(row: size.rows - 2)
        Chrome.drawHints([HelpRow(keys: "Up/Down", text: L.keyMove), HelpRow(keys: "Esc", text: L.helpClose)], language: language, into: &buffer)
    }
}
