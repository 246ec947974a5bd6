import ShequText

/// What a clerk changed in a checklist since the street office last
/// returned it, item by item: what the supervisor looks at before deciding
/// on the resubmission, and what an approval after it was made against.
public struct ReturnChanges: Equatable, Sendable {
    /// One item that differs between the return and now.
    public struct Change: Equatable, Sendable {
        /// Its number in the checklist as it stands (as returned, for an item taken out), from 1.
        public var number: Int
        public var before: ChecklistItem?
        public var after: ChecklistItem?

        /// What changed, in a few words: "不合格 → 合格；佐证已改".
        public func text(_ language: Language) -> String {
            guard let before else { return language(L.itemAdded) }
            guard let after else { return language(L.itemRemoved) }
            var parts: [String] = []
            if before.text != after.text || before.weight != after.weight || before.veto != after.veto {
                parts.append(language(L.itemWordingChanged))
            }
            if before.result != after.result {
                parts.append(language(before.result.label) + " → " + language(after.result.label))
            }
            if before.evidence != after.evidence { parts.append(language(L.evidenceChanged)) }
            if before.rectification != after.rectification { parts.append(language(L.rectificationChanged)) }
            if before.taskID != after.taskID { parts.append(language(L.itemLinkChanged)) }
            return parts.joined(separator: language == .zh ? "；" : "; ")
        }

        /// The item's wording, as it stands or as it was.
        public var itemText: String { (after ?? before)?.text ?? "" }
    }

    /// The return (or reopening) the changes are counted from.
    public var returned: Review
    public var changes: [Change]
    /// False when the items kept with a signed return are not the ones its
    /// signature covers: the trail was edited, and no change is shown from it.
    public var holds: Bool

    /// The changes since the last return that kept its items; nil when the
    /// checklist was never returned (or only by a version that kept none).
    public init?(_ checklist: Checklist, communityID: String, trusted: TrustedReviewers) {
        guard let index = checklist.reviews.lastIndex(where: { $0.returnedItems != nil }),
            let before = checklist.reviews[index].returnedItems
        else { return nil }
        returned = checklist.reviews[index]
        var asReturned = checklist
        asReturned.items = before
        switch ApprovalSignature.status(of: returned, on: asReturned, communityID: communityID, trusted: trusted) {
        case .invalid, .outOfPlace:
            holds = false
            changes = []
            return
        default: holds = true
        }
        changes = Self.changes(from: before, to: checklist.items)
    }

    /// Each item added, taken out or changed, in the checklist's order.
    static func changes(from before: [ChecklistItem], to after: [ChecklistItem]) -> [Change] {
        let old = Dictionary(before.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let kept = Set(after.map(\.id))
        var changes: [Change] = []
        for (index, item) in after.enumerated() where old[item.id] != item {
            changes.append(Change(number: index + 1, before: old[item.id], after: item))
        }
        for (index, item) in before.enumerated() where !kept.contains(item.id) {
            changes.append(Change(number: index + 1, before: item, after: nil))
        }
        return changes
    }
}
