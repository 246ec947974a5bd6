import ShequDomain
import ShequText

/// The Community screen's state: which community, which tab, and each
/// tab's own scroll, selection and filters.
public struct CommunityPage: Sendable {
    /// The tabs of a community.
    enum Tab: CaseIterable, Sendable {
        case overview, plans, activities, checklists

        var title: Localized {
            switch self {
            case .overview: L.overview
            case .plans: L.plansTab
            case .activities: L.activitiesTab
            case .checklists: L.checklistsTab
            }
        }
    }

    var communityID: String
    var tab = Tab.overview
    var offset = 0
    var plans = ListState()
    var ledger = ActivityLedger()
    var checklists = ListState()
}

/// What a key does on the Community screen, on any of its tabs.
enum CommunityAction: Sendable {
    case move, nextTab, previousTab, open, new, copy, edit, delete, undo, redo, back
    case filterText, filterKind, filterMonth, filterTask, filterYear, export, history
}

extension AppState {
    static let communityCommonKeys: [KeyBinding<CommunityAction>] = [
        KeyBinding([.tab], "Tab", L.keyNextTab, .nextTab, hint: true),
        KeyBinding([.backTab], "Shift-Tab", L.keyPreviousTab, .previousTab),
        SharedKeys.undo(.undo), SharedKeys.redo(.redo), SharedKeys.export(.export),
        KeyBinding([.char("H")], "H", L.keyHistory, .history), SharedKeys.back(.back),
    ]

    static let overviewKeys = KeyTable<CommunityAction>(
        Movement.bindings(CommunityAction.move) + [
            KeyBinding([.char("e")], "e", L.keyEditCommunity, .edit, hint: true),
            KeyBinding([.char("d"), .delete], "d Del", L.keyDeleteCommunity, .delete),
        ] + communityCommonKeys)

    /// The key table of the tab that is showing.
    func communityKeys(_ tab: CommunityPage.Tab) -> KeyTable<CommunityAction> {
        switch tab {
        case .overview: Self.overviewKeys
        case .plans: Self.plansTabKeys
        case .activities: Self.ledgerKeys
        case .checklists: Self.checklistsTabKeys
        }
    }

    var communityPage: CommunityPage? {
        if case .community(let page) = pages.last { return page }
        return nil
    }

    mutating func setCommunityPage(_ page: CommunityPage) {
        if case .community = pages.last { pages[pages.count - 1] = .community(page) }
    }

    /// Why an action of the tab that is showing cannot be taken now, or nil.
    func communityRefusal(_ action: CommunityAction, _ page: CommunityPage) -> Localized? {
        if action == .history { return sync == nil ? L.syncNotSetUp : nil }
        switch page.tab {
        case .checklists: return checklistsTabRefusal(action, page)
        case .overview, .plans, .activities:
            switch action {
            case .new, .edit, .delete, .copy: return recordsRefusal(id: page.communityID)
            default: return nil
            }
        }
    }

    mutating func updateCommunityPage(_ key: Key) -> KeyResult {
        guard var page = communityPage else { return .unhandled }
        if page.tab == .activities && page.ledger.textField != nil { return updateLedgerFilterText(key) }
        let lookup = communityKeys(page.tab).lookup(key, refusal: { communityRefusal($0, page) })
        guard case .action(let action) = lookup else { return reject(lookup) }
        let tabs = CommunityPage.Tab.allCases
        let index = tabs.firstIndex(of: page.tab) ?? 0
        switch action {
        case .nextTab: page.tab = tabs[(index + 1) % tabs.count]
        case .previousTab: page.tab = tabs[(index + tabs.count - 1) % tabs.count]
        case .undo: return .handled(undo())
        case .redo: return .handled(redo())
        case .export:
            return .handled(
                openExport(
                    communityIDs: [page.communityID],
                    scopeLabel: community(id: page.communityID)?.name ?? page.communityID))
        case .back:
            // Esc first takes the ledger's filters off; only then does it leave the community.
            if page.tab == .activities && page.ledger.isFiltered {
                page.ledger.clearFilters()
                setCommunityPage(page)
                say(L.filtersCleared)
                return .handled([])
            }
            pages.removeLast()
            return .done
        case .history:
            return .handled(openHistory(page.communityID))
        default:
            switch page.tab {
            case .overview: return .handled(updateOverview(action, key: key))
            case .plans: return .handled(updatePlansTab(action, key: key))
            case .activities: return .handled(updateLedger(action, key: key))
            case .checklists: return .handled(updateChecklistsTab(action, key: key))
            }
        }
        setCommunityPage(page)
        return .done
    }

    private mutating func updateOverview(_ action: CommunityAction, key: Key) -> [Effect] {
        guard var page = communityPage else { return [] }
        switch action {
        case .move:
            page.offset =
                Movement.of(key)?.scroll(
                    page.offset, lines: overviewLines(page.communityID).count, visible: communityBodyRows)
                ?? page.offset
        case .edit:
            startEditing(community(id: page.communityID).map(HomeRow.community))
            return []
        case .delete:
            prompt = .deleteCommunity(page.communityID)
        default: break
        }
        setCommunityPage(page)
        return []
    }

    /// Rows below the title and the tab bar, above the message line.
    var communityBodyRows: Int { max(1, size.rows - Chrome.rows - 2) }

    /// The table of the Plans and Checklists tabs: header on row 3.
    var communityTabTable: TableLayout { TableLayout(top: 3, visibleRows: max(1, communityBodyRows - 1)) }

    mutating func communityPageMouse(_ mouse: MouseEvent) {
        guard var page = communityPage else { return }
        switch page.tab {
        case .overview:
            let step = mouse.kind == .wheelUp ? -3 : (mouse.kind == .wheelDown ? 3 : 0)
            page.offset = max(0, min(page.offset + step, overviewLines(page.communityID).count - communityBodyRows))
        case .plans:
            page.plans.apply(mouse, layout: communityTabTable, count: plansInOrder(page.communityID).count)
        case .activities:
            page.ledger.list.apply(mouse, layout: ledgerTable, count: ledgerRows(page).count)
        case .checklists:
            page.checklists.apply(mouse, layout: communityTabTable, count: checklistsInOrder(page.communityID).count)
        }
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
            lines.append(
                (
                    "",
                    DisplayWidth.fit(contact.role, to: roleWidth) + "  " + DisplayWidth.fit(contact.name, to: nameWidth)
                        + "  " + contact.phone, .normal
                ))
        }
        if !c.notes.isEmpty {
            lines += [("", "", .normal), (language(L.notes), "", .header)]
            lines += DisplayWidth.wrap(c.notes, to: max(10, size.columns - 6)).map { ("", $0, Role.normal) }
        }
        return lines
    }

    func renderCommunityPage(_ page: CommunityPage, into buffer: inout ScreenBuffer) {
        let name = community(id: page.communityID)?.name ?? page.communityID
        let badge =
            [Chrome.badge(self), newerSchema.contains(page.communityID) ? "[" + language(L.readOnlyBadge) + "]" : ""]
            .filter { !$0.isEmpty }.first ?? ""
        Chrome.drawTitle(language(L.appName) + " > " + name, right: badge, into: &buffer)
        buffer.clear(row: 1, role: .tab)
        var x = 1
        for tab in CommunityPage.Tab.allCases {
            x +=
                buffer.write(
                    " " + language(tab.title) + " ", column: x, row: 1, role: tab == page.tab ? .selected : .tab) + 1
        }
        switch page.tab {
        case _ where partial.contains(page.communityID):
            buffer.write(language(L.readingCommunity), column: 2, row: 3, width: size.columns - 3, role: .dim)
        case .overview: renderOverview(page, into: &buffer)
        case .plans: renderPlansTab(page, into: &buffer)
        case .activities: renderLedger(page, into: &buffer)
        case .checklists: renderChecklistsTab(page, into: &buffer)
        }
        Chrome.drawMessage(self, into: &buffer)
        if page.tab == .activities, let field = page.ledger.textField {
            Chrome.drawFilter(field, state: self, into: &buffer)
        } else {
            Chrome.drawHints(
                communityKeys(page.tab).hints(refusal: { communityRefusal($0, page) }), state: self, into: &buffer)
        }
    }

    private func renderOverview(_ page: CommunityPage, into buffer: inout ScreenBuffer) {
        let lines = overviewLines(page.communityID)
        let labelWidth = lines.map { $0.2 == .header ? 0 : DisplayWidth.of($0.0) }.max() ?? 0
        for (index, line) in lines.dropFirst(page.offset).prefix(communityBodyRows).enumerated() {
            let row = 3 + index
            if line.2 == .header {
                buffer.write(line.0, column: 2, row: row, role: .header)
            } else {
                let valueColumn = line.0.isEmpty ? 4 : 2 + labelWidth + 2
                buffer.write(line.0, column: 2, row: row, width: labelWidth, role: .dim)
                buffer.write(
                    line.1, column: valueColumn, row: row, width: buffer.size.columns - valueColumn - 1, role: line.2)
            }
        }
    }
}
