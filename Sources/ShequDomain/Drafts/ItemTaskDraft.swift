import ShequText

/// The form that links a checklist item to the plan task it restates (the
/// health-education standard repeats the plan's "不少于2次"), among the
/// tasks of the plans of the checklist's year, or unlinks it.
public struct ItemTaskDraft: RecordDraft {
    public let checklistID: String
    public let itemID: String
    public var values: [FieldKey: String]
    public let initialValues: [FieldKey: String]
    private let itemText: String
    private let options: [FormField.Option]

    public init(checklist: Checklist, item: ChecklistItem, community: Community) {
        checklistID = checklist.id
        itemID = item.id
        itemText = item.text
        let year = checklist.coveredPeriod?.year
        let tasks = community.plans.filter { year == nil || $0.year == year }.flatMap(\.tasks)
        options =
            [FormField.Option("", L.noLinkedTask)]
            + tasks.map { task in
                FormField.Option(
                    task.id,
                    Localized(
                        zh: task.title + "  " + task.targetText(.zh), en: task.title + "  " + task.targetText(.en)))
            }
        values = [.task: item.taskID ?? ""]
        initialValues = values
    }

    public var title: Localized { L.linkItemTitle(itemText) }

    public func reopened(on community: Community, today: LocalDate) -> ItemTaskDraft? {
        guard let checklist = community.checklists.first(where: { $0.id == checklistID }),
            let item = checklist.items.first(where: { $0.id == itemID })
        else { return nil }
        return ItemTaskDraft(checklist: checklist, item: item, community: community)
    }

    public var fields: [FormField] { [FormField(.task, L.linkedTask, .choice(options))] }

    public func errors(in community: Community) -> [FieldKey: Localized] { [:] }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        let taskID = self[.task].isEmpty ? nil : self[.task]
        for c in community.checklists.indices where community.checklists[c].id == checklistID {
            for i in community.checklists[c].items.indices where community.checklists[c].items[i].id == itemID {
                community.checklists[c].items[i].taskID = taskID
            }
        }
        return (community, L.changeLinkItem(itemText))
    }
}
