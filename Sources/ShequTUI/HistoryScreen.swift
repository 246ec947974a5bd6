import ShequSync
import ShequText

/// A community's history from sync: who changed what and when, newest
/// first, read from git in the background when the page opens.
public struct HistoryPage: Equatable, Sendable {
    public var communityID: String
    /// Nil until git has answered.
    public var entries: [SyncHistoryEntry]?
    public var list = ListState()
}

enum HistoryAction: Sendable {
    case move, back
}

extension AppState {
    static let historyKeys = KeyTable<HistoryAction>(
        Movement.bindings(HistoryAction.move) + [SharedKeys.back(.back)])

    var historyTable: TableLayout { TableLayout(top: 2, visibleRows: max(1, size.rows - Chrome.rows - 2)) }

    /// Opens the history of `communityID` and asks git for it.
    mutating func openHistory(_ communityID: String) -> [Effect] {
        pages.append(.history(HistoryPage(communityID: communityID)))
        return [.history(communityID)]
    }

    /// The history git gave, for the page that asked.
    mutating func takeHistory(_ communityID: String, _ entries: [SyncHistoryEntry]) {
        for index in pages.indices {
            if case .history(var page) = pages[index], page.communityID == communityID {
                page.entries = entries
                pages[index] = .history(page)
            }
        }
    }

    mutating func updateHistory(_ key: Key) -> KeyResult {
        guard case .history(var page) = pages.last else { return .unhandled }
        let lookup = Self.historyKeys.lookup(key)
        guard case .action(let action) = lookup else { return reject(lookup) }
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.list.move(movement, count: page.entries?.count ?? 0, visible: historyTable.visibleRows)
            }
            pages[pages.count - 1] = .history(page)
            return .handled([])
        case .back:
            pages.removeLast()
            return .done
        }
    }

    mutating func historyMouse(_ mouse: MouseEvent) {
        guard case .history(var page) = pages.last else { return }
        page.list.apply(mouse, layout: historyTable, count: page.entries?.count ?? 0)
        pages[pages.count - 1] = .history(page)
    }

    func renderHistory(_ page: HistoryPage, into buffer: inout ScreenBuffer) {
        let name = community(id: page.communityID)?.name ?? page.communityID
        Chrome.drawTitle(
            language(L.appName) + " > " + name + " > " + language(L.history), right: Chrome.badge(self), into: &buffer)
        if let entries = page.entries, !entries.isEmpty {
            Table(
                columns: [
                    .init(title: language(L.historyWhen), shrinks: false), .init(title: language(L.historyWho)),
                    .init(title: language(L.historyWhat)),
                ],
                rows: entries.map { [Table.Cell($0.date), Table.Cell($0.author), Table.Cell($0.change)] }
            ).draw(into: &buffer, layout: historyTable, state: page.list)
        } else {
            buffer.write(
                language(page.entries == nil ? L.historyReading : L.historyNone), column: 2, row: 3, role: .dim)
        }
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(Self.historyKeys.hints(), state: self, into: &buffer)
    }
}
