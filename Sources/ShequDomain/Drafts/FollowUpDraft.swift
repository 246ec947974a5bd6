import ShequText

/// The form a clerk records a rectification with once its checklist is
/// approved: the day it was done, what was done, and the evidence.
public struct FollowUpDraft: RecordDraft {
    public let checklistID: String
    public let itemID: String
    public let clerk: Actor
    public var values: [FieldKey: String]
    public let initialValues: [FieldKey: String] = [:]
    private let itemText: String
    private let today: LocalDate

    public init(checklistID: String, item: ChecklistItem, clerk: Actor, today: LocalDate) {
        self.checklistID = checklistID
        itemID = item.id
        itemText = item.text
        self.clerk = clerk
        self.today = today
        values = [.date: today.description, .action: item.rectification?.action ?? "", .evidence: ""]
    }

    public var title: Localized { L.followUpTitle(itemText) }

    public func reopened(on community: Community, today: LocalDate) -> FollowUpDraft? {
        let checklist = community.checklists.first { $0.id == checklistID }
        return checklist?.items.contains { $0.id == itemID } == true ? self : nil
    }

    public var fields: [FormField] {
        [
            FormField(.date, L.followUpDate, required: true),
            FormField(.action, L.followUpAction, .paragraph, required: true),
            FormField(.evidence, L.evidence, .paragraph),
        ]
    }

    public func errors(in community: Community) -> [FieldKey: Localized] {
        var errors: [FieldKey: Localized] = [:]
        if let why = FieldText.date(self[.date], blankAllowed: false) { errors[.date] = why }
        if self[.action].trimmed.isEmpty { errors[.action] = L.required }
        return errors
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        let followUp = RectificationFollowUp(
            itemID: itemID, date: LocalDate.parse(self[.date]) ?? today, action: self[.action].trimmed,
            evidence: self[.evidence].trimmed, recordedBy: clerk.name)
        for index in community.checklists.indices where community.checklists[index].id == checklistID {
            if case .success(let next) = ChecklistWorkflow.recordFollowUp(
                followUp, on: community.checklists[index], by: clerk)
            {
                community.checklists[index] = next
            }
        }
        return (community, L.changeFollowUp(itemText))
    }
}
