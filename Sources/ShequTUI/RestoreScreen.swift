import ShequDomain
import ShequStore
import ShequText

/// What can be brought back: the copies in `trash/` (communities deleted
/// here or elsewhere) and in `conflicts/` (versions a merge did not keep),
/// read when the page opens. Enter brings the selected one back, as
/// `shequ restore --file` does.
public struct RestorePage: Equatable, Sendable {
    /// Nil until the folders have been read.
    public var copies: [RestorableCopy]?
    public var list = ListState()
}

enum RestoreAction: Sendable {
    case move, restore, back
}

extension AppState {
    static let restoreKeys = KeyTable<RestoreAction>(
        Movement.bindings(RestoreAction.move) + [
            KeyBinding([.enter], "Enter", L.keyRestore, .restore, hint: true), SharedKeys.back(.back),
        ])

    var restoreTable: TableLayout { TableLayout(top: 2, visibleRows: max(1, size.rows - Chrome.rows - 2)) }

    /// Opens the page and asks the store for the copies.
    mutating func openRestore() -> [Effect] {
        pages.append(.restore(RestorePage()))
        return [.listRestorable]
    }

    /// The copies the store found, for the page if it is open.
    mutating func takeRestorable(_ copies: [RestorableCopy]) {
        for index in pages.indices {
            if case .restore(var page) = pages[index] {
                page.copies = copies
                page.list.clamp(count: copies.count, visible: restoreTable.visibleRows)
                pages[index] = .restore(page)
            }
        }
    }

    mutating func updateRestore(_ key: Key) -> KeyResult {
        guard case .restore(var page) = pages.last else { return .unhandled }
        let selected = page.copies.flatMap { $0.indices.contains(page.list.selected) ? $0[page.list.selected] : nil }
        let lookup = Self.restoreKeys.lookup(key) { action in
            action == .restore ? (reasonReadOnly ?? (selected == nil ? L.nothingToRestore : nil)) : nil
        }
        guard case .action(let action) = lookup else { return reject(lookup) }
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.list.move(movement, count: page.copies?.count ?? 0, visible: restoreTable.visibleRows)
            }
            pages[pages.count - 1] = .restore(page)
            return .handled([])
        case .restore:
            guard let selected else { return .handled([]) }
            return .handled([.restore(selected)])
        case .back:
            pages.removeLast()
            return .done
        }
    }

    mutating func restoreMouse(_ mouse: MouseEvent) {
        guard case .restore(var page) = pages.last else { return }
        page.list.apply(mouse, layout: restoreTable, count: page.copies?.count ?? 0)
        pages[pages.count - 1] = .restore(page)
    }

    func renderRestore(_ page: RestorePage, into buffer: inout ScreenBuffer) {
        Chrome.drawTitle(
            language(L.appName) + " > " + language(L.restoreTitle), right: Chrome.badge(self), into: &buffer)
        if let copies = page.copies, !copies.isEmpty {
            Table(
                columns: [
                    .init(title: language(L.restoreWhat)), .init(title: language(L.restoreKind), shrinks: false),
                    .init(title: language(L.restoreFile)),
                ],
                rows: copies.map { copy in
                    [
                        Table.Cell(VisibleText.of(copy.community.name)),
                        Table.Cell(language(copy.isConflictCopy ? L.restoreConflictCopy : L.restoreDeleted)),
                        Table.Cell(VisibleText.of(copy.path)),
                    ]
                }
            ).draw(into: &buffer, layout: restoreTable, state: page.list)
        } else {
            buffer.write(
                language(page.copies == nil ? L.restoreReading : L.restoreNone), column: 2, row: 3, role: .dim)
        }
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(Self.restoreKeys.hints(), state: self, into: &buffer)
    }
}
