import Foundation
import ShequText

/// The form that copies a checklist for another period (the same standard
/// is inspected every year): the new period. The copy keeps the items,
/// weights and veto marks; every result, piece of evidence and
/// rectification is cleared, and it starts as a draft with no reviews.
public struct ChecklistCopyDraft: RecordDraft {
    public let sourceID: String
    public var values: [FieldKey: String]
    /// Empty: a copy is a change even when saved as proposed.
    public let initialValues: [FieldKey: String] = [:]
    private let source: Checklist

    /// A copy of `checklist` for the period after it ("2025年" → "2026年").
    public init(copying checklist: Checklist) {
        sourceID = checklist.id
        source = checklist
        values = [.period: Self.nextPeriod(checklist.period)]
    }

    public var title: Localized { L.copyChecklist(source.title, source.period) }

    public func reopened(on community: Community, today: LocalDate) -> ChecklistCopyDraft? {
        community.checklists.first { $0.id == sourceID }.map(ChecklistCopyDraft.init(copying:))
    }

    public var fields: [FormField] { [FormField(.period, L.period, required: true)] }

    public func errors(in community: Community) -> [FieldKey: Localized] {
        FieldText.errors(parsing: [:], rules: RecordRules.checklist(copy(id: "")))
    }

    /// The next period of the same length ("2025年3月" → "2025年4月",
    /// "2025年第四季度" → "2026年第一季度"); a period written otherwise has
    /// its first year moved on by one, and one without a year is proposed
    /// unchanged, for the clerk to edit.
    static func nextPeriod(_ period: String) -> String {
        if let read = ChecklistPeriod(period) { return read.next.text(.zh) }
        guard let range = period.range(of: #"\d{4}"#, options: .regularExpression),
            let year = Int(period[range])
        else { return period }
        return period.replacingCharacters(in: range, with: String(year + 1))
    }

    private func copy(id: String) -> Checklist {
        var checklist = source
        checklist.id = id
        checklist.period = self[.period].trimmed
        checklist.state = .draft
        checklist.reviews = []
        checklist.updatedAt = nil
        for index in checklist.items.indices {
            checklist.items[index].result = .pending
            checklist.items[index].evidence = ""
            checklist.items[index].rectification = nil
        }
        return checklist
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        let checklist = copy(id: ids.next(prefix: "k", avoiding: Set(community.checklists.map(\.id))))
        community.checklists.append(checklist)
        return (community, L.changeCopyChecklist(checklist.title, checklist.period))
    }
}
