import Foundation

/// The supervisor's return of a submitted checklist: the comment saying
/// what to fix is required.
public struct ReturnDraft: RecordDraft {
    public let checklistID: String
    public let reviewer: Actor
    public let time: Date
    public var values: [String: String] = ["comment": ""]
    public let initialValues: [String: String] = [:]
    private let checklistTitle: String

    public init(checklist: Checklist, reviewer: Actor, time: Date) {
        checklistID = checklist.id
        checklistTitle = checklist.title
        self.reviewer = reviewer
        self.time = time
    }

    public var title: Localized { L.returnTitle(checklistTitle) }

    /// A decision on the checklist, not a change of what the clerk wrote.
    public var changesRecords: Bool { false }

    /// The comment is all there is; it stays open while the checklist does.
    public func reopened(on community: Community, today: LocalDate) -> ReturnDraft? {
        community.checklists.contains { $0.id == checklistID } ? self : nil
    }
    public var fields: [FormField] { [FormField("comment", L.reviewComment, .paragraph, required: true)] }

    public func errors(in community: Community) -> [String: Localized] {
        self["comment"].trimmed.isEmpty ? ["comment": L.returnNeedsComment] : [:]
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        for index in community.checklists.indices where community.checklists[index].id == checklistID {
            if case .success(let returned) = ChecklistWorkflow.returnForChanges(
                community.checklists[index], in: community.id, by: reviewer, comment: self["comment"], at: time)
            {
                community.checklists[index] = returned
            }
        }
        return (community, L.changeReturn(checklistTitle))
    }
}
