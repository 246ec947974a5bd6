import ShequDomain
import ShequText

/// One checklist item read in full: its heading, text, weight and veto,
/// the result, the evidence and the rectification, wrapped to the screen
/// and scrolled. What a supervisor (or anyone, on a checklist that cannot
/// change now) opens with Enter.
public struct ItemPage: Sendable {
    var communityID: String
    var checklistID: String
    var itemID: String
    var offset = 0
}

enum ItemAction: Sendable {
    case move, back
}

extension AppState {
    static let itemKeys = KeyTable<ItemAction>(Movement.bindings(ItemAction.move) + [SharedKeys.back(.back)])

    /// The item of the page and its checklist, while they exist.
    func itemContext(_ page: ItemPage) -> (Checklist, ChecklistItem)? {
        guard let (_, checklist) = checklistContext(page.communityID, page.checklistID),
            let item = checklist.items.first(where: { $0.id == page.itemID })
        else { return nil }
        return (checklist, item)
    }

    /// Rows of the item below the title bar.
    var itemVisibleLines: Int { max(1, size.rows - Chrome.rows - 1) }

    /// The item as lines: a label beside the first line of each part, the
    /// rest wrapped under it.
    func itemLines(_ checklist: Checklist, _ item: ChecklistItem) -> [(label: String, text: String, role: Role)] {
        let labelWidth = 10
        let width = max(10, size.columns - labelWidth - 5)
        var lines: [(String, String, Role)] = []
        func add(_ label: Localized, _ text: String, _ role: Role = .normal) {
            let wrapped = DisplayWidth.wrap(VisibleText.of(text, keepingLineBreaks: true), to: width)
            for (index, line) in wrapped.enumerated() { lines.append((index == 0 ? language(label) : "", line, role)) }
        }
        add(L.checklistGroup, item.group)
        add(L.checklistItem, item.text)
        let weight = checklist.scored ? Target.number(item.weight) + language(L.points) : ""
        add(
            L.itemWeight,
            [weight, item.veto ? language(L.vetoItem) : ""].filter { !$0.isEmpty }.joined(separator: "  "))
        let role: Role = item.result == .fail ? (item.veto ? .fail : .warn) : .normal
        add(L.itemResult, language(item.result.label), role)
        add(
            L.evidence, item.evidence.isEmpty ? language(L.none) : item.evidence, item.evidence.isEmpty ? .dim : .normal
        )
        if let rectification = item.rectification {
            add(L.rectificationAction, rectification.action)
            add(L.owner, rectification.owner)
            add(L.dueDate, rectification.due.description)
            add(L.rectified, language(rectification.done ? L.isDone : L.isNotDone))
        }
        if let followUp = checklist.followUp(of: item.id) {
            add(L.followUpDate, followUp.date.description + "  " + followUp.recordedBy)
            add(L.followUpAction, followUp.action)
            if !followUp.evidence.isEmpty { add(L.evidence, followUp.evidence) }
            let verified = followUp.verifiedBy.map { by in
                by + (followUp.verifiedAt.map { "  " + LocalTime.minute($0, in: environment.clock.timeZone) } ?? "")
            }
            add(L.verification, verified ?? language(L.notVerified), verified == nil ? .warn : .ok)
        }
        return lines
    }

    mutating func updateItemPage(_ key: Key) -> KeyResult {
        guard case .item(var page) = pages.last else { return .unhandled }
        guard let (checklist, item) = itemContext(page) else {
            pages.removeLast()
            return .done
        }
        let lookup = Self.itemKeys.lookup(key)
        guard case .action(let action) = lookup else { return reject(lookup) }
        switch action {
        case .move:
            let count = itemLines(checklist, item).count
            page.offset = Movement.of(key)?.scroll(page.offset, lines: count, visible: itemVisibleLines) ?? page.offset
            pages[pages.count - 1] = .item(page)
        case .back:
            pages.removeLast()
        }
        return .done
    }

    func renderItemPage(_ page: ItemPage, into buffer: inout ScreenBuffer) {
        guard let (checklist, item) = itemContext(page) else { return }
        Chrome.drawTitle(
            language(L.appName) + " > " + (community(id: page.communityID)?.name ?? "") + " > " + checklist.title,
            right: Chrome.badge(self), into: &buffer)
        for (index, line) in itemLines(checklist, item).dropFirst(page.offset).prefix(itemVisibleLines).enumerated() {
            buffer.write(line.label, column: 2, row: 2 + index, width: 10, role: .dim)
            buffer.write(line.text, column: 14, row: 2 + index, width: size.columns - 15, role: line.role)
        }
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(Self.itemKeys.hints(), state: self, into: &buffer)
    }
}
