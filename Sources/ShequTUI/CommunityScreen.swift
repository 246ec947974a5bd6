import ShequCore

/// The Community screen's state: which community, which tab, how far the
/// tab's content is scrolled.
public struct CommunityPage: Sendable {
    /// The tabs a community has. Plans, Activities and Checklists join
    /// this list when their screens exist, never as empty placeholders;
    /// Tab and Shift-Tab join the key table with the second tab.
    enum Tab: CaseIterable, Sendable {
        case overview

        var title: Localized {
            switch self {
            case .overview: L.overview
            }
        }
    }

    var communityID: String
    var tab = Tab.overview
    var offset = 0
}

/// What a key does on the Community screen.
enum CommunityAction: Sendable {
    case scroll, edit, delete, undo, redo, help, back
}

extension AppState {
    static let communityKeys = KeyTable<CommunityAction>(Movement.bindings(CommunityAction.scroll) + [
        KeyBinding([.char("e")], "e", L.keyEdit, .edit, hint: true),
        KeyBinding([.char("d"), .delete], "d Del", L.keyDelete, .delete, hint: true),
        KeyBinding([.char("u")], "u", L.keyUndo, .undo),
        KeyBinding([.ctrl("r")], "Ctrl-R", L.keyRedo, .redo),
        KeyBinding([.char("?"), .function(1)], "? F1", L.keyHelp, .help, hint: true),
        KeyBinding([.escape, .char("q")], "Esc q", L.keyBack, .back, hint: true),
    ])

    private var communityPage: CommunityPage? {
        if case .community(let page) = pages.last { return page }
        return nil
    }

    private mutating func setCommunityPage(_ page: CommunityPage) {
        pages[pages.count - 1] = .community(page)
    }

    mutating func updateCommunityPage(_ key: Key) -> [Effect] {
        guard var page = communityPage, let action = Self.communityKeys.action(for: key) else { return [] }
        switch action {
        case .scroll:
            let lines = overviewLines(page.communityID).count
            let visible = size.rows - Chrome.rows - 2
            switch Movement.of(key) {
            case .up: page.offset -= 1
            case .down: page.offset += 1
            case .pageUp: page.offset -= visible
            case .pageDown: page.offset += visible
            case .first: page.offset = 0
            case .last: page.offset = lines
            case nil: break
            }
            page.offset = max(0, min(page.offset, lines - visible))
        case .edit:
            startEditing(community(id: page.communityID).map(HomeRow.community))
            return []
        case .delete:
            if let why = reasonNotEditable(id: page.communityID) { say(why, error: true) } else { prompt = .deleteCommunity(page.communityID) }
        case .undo: return undo()
        case .redo: return redo()
        case .help: showingHelp = true
        case .back:
            pages.removeLast()
            return []
        }
        setCommunityPage(page)
        return []
    }

    mutating func communityPageMouse(_ mouse: MouseEvent) {
        guard var page = communityPage else { return }
        let visible = size.rows - Chrome.rows - 2
        switch mouse.kind {
        case .wheelUp: page.offset -= 3
        case .wheelDown: page.offset += 3
        case .press: return
        }
        page.offset = max(0, min(page.offset, overviewLines(page.communityID).count - visible))
        setCommunityPage(page)
    }

    /// The Overview tab as lines of (label, value, role) pairs.
    func overviewLines(_ id: String) -> [(String, String, Role)] {
        guard let c = community(id: id) else { return [] }
        func number(_ value: Int?) -> String { value.map(String.init) ?? "-" }
        var lines: [(String, String, Role)] = [
            (language(L.name), c.name, .normal),
            (language(L.street), c.street, .normal),
            (language(L.district), c.district, .normal),
            (language(L.population), number(c.population), .normal),
            (language(L.households), number(c.households), .normal),
            (language(L.residentGroups), number(c.residentGroups), .normal),
            ("", "", .normal),
            (language(L.contacts), "", .header),
        ]
        if c.contacts.isEmpty { lines.append(("", language(L.noContacts), .dim)) }
        let roleWidth = c.contacts.map { DisplayWidth.of($0.role) }.max() ?? 0
        let nameWidth = c.contacts.map { DisplayWidth.of($0.name) }.max() ?? 0
        for contact in c.contacts {
            lines.append(("", DisplayWidth.fit(contact.role, to: roleWidth) + "  " + DisplayWidth.fit(contact.name, to: nameWidth) + "  " + contact.phone, .normal))
        }
        if !c.notes.isEmpty {
            lines += [("", "", .normal), (language(L.notes), "", .header)]
            lines += DisplayWidth.wrap(c.notes, to: max(10, size.columns - 6)).map { ("", $0, Role.normal) }
        }
        return lines
    }

    func renderCommunityPage(_ page: CommunityPage, into buffer: inout ScreenBuffer) {
        let name = community(id: page.communityID)?.name ?? page.communityID
        let badge = [Chrome.badge(self), newerSchema.contains(page.communityID) ? "[" + language(L.readOnlyBadge) + "]" : ""].filter { !$0.isEmpty }.first ?? ""
        Chrome.drawTitle(language(L.appName) + " > " + name, right: badge, into: &buffer)
        buffer.clear(row: 1, role: .tab)
        var x = 1
        for tab in CommunityPage.Tab.allCases {
            x += buffer.write(" " + language(tab.title) + " ", column: x, row: 1, role: tab == page.tab ? .selected : .tab) + 1
        }
        let lines = overviewLines(page.communityID)
        let labelWidth = lines.map { $0.2 == .header ? 0 : DisplayWidth.of($0.0) }.max() ?? 0
        let top = 3
        let visible = size.rows - Chrome.rows - 2
        for (index, line) in lines.dropFirst(page.offset).prefix(visible).enumerated() {
            let row = top + index
            if line.2 == .header {
                buffer.write(line.0, column: 2, row: row, role: .header)
            } else {
                let valueColumn = line.0.isEmpty ? 4 : 2 + labelWidth + 2
                buffer.write(line.0, column: 2, row: row, width: labelWidth, role: .dim)
                buffer.write(line.1, column: valueColumn, row: row, width: buffer.size.columns - valueColumn - 1, role: line.2)
            }
        }
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(Self.communityKeys.hints, language: language, into: &buffer)
    }
}
