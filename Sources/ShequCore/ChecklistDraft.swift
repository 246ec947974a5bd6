/// The form for a new checklist: which standard, and for which period.
public struct ChecklistDraft: RecordDraft {
    public var values: [String: String]
    public let initialValues: [String: String]
    private let templates: [ChecklistTemplate]
    private let language: Language

    public init(templates: [ChecklistTemplate], today: LocalDate, language: Language) {
        self.templates = templates
        self.language = language
        values = [
            "template": templates.first?.id ?? "", "period": language(L.yearPeriod(today.year)),
        ]
        initialValues = [:]
    }

    public var title: Localized { L.newChecklist }

    /// A new checklist takes nothing from the community's records.
    public func reopened(on community: Community, today: LocalDate) -> ChecklistDraft? { self }

    public var fields: [FormField] {
        [
            FormField("template", L.checklistTemplate, .choice(templates.map { FormField.Option($0.id, $0.title) })),
            FormField("period", L.period, required: true),
        ]
    }

    public func errors(in community: Community) -> [String: Localized] {
        guard let checklist = checklist(id: "") else { return ["template": L.required] }
        return FieldText.errors(parsing: [:], rules: RecordRules.checklist(checklist))
    }

    /// The checklist the chosen standard makes for the period typed.
    private func checklist(id: String) -> Checklist? {
        templates.first { $0.id == self["template"] }?.instantiate(
            id: id, period: self["period"].trimmed, language: language)
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        let id = ids.next(prefix: "k", avoiding: Set(community.checklists.map(\.id)))
        guard let checklist = checklist(id: id) else { return (community, L.newChecklist) }
        community.checklists.append(checklist)
        return (community, L.changeNewChecklist(checklist.title))
    }
}

/// The form for one checklist item: its evidence and, for a failed item,
/// the rectification (整改): action, owner, due date, done.
public struct ItemDraft: RecordDraft {
    public let checklistID: String
    public let itemID: String
    public var values: [String: String]
    public let initialValues: [String: String]
    private let failed: Bool
    private let itemText: String
    /// The due date of a rectification until one is typed.
    private let today: LocalDate

    public init(checklistID: String, item: ChecklistItem, today: LocalDate) {
        self.checklistID = checklistID
        itemID = item.id
        itemText = item.text
        self.today = today
        failed = item.result == .fail
        let rectification = item.rectification
        values = [
            "evidence": item.evidence, "action": rectification?.action ?? "", "owner": rectification?.owner ?? "",
            "due": rectification?.due.description ?? "", "done": rectification?.done == true ? "1" : "",
        ]
        initialValues = values
    }

    public var title: Localized { L.editItem(itemText) }

    public func reopened(on community: Community, today: LocalDate) -> ItemDraft? {
        let checklist = community.checklists.first { $0.id == checklistID }
        return checklist?.items.first { $0.id == itemID }.map {
            ItemDraft(checklistID: checklistID, item: $0, today: self.today)
        }
    }

    public var fields: [FormField] {
        var fields = [FormField("evidence", L.evidence, .paragraph)]
        if failed {
            fields += [
                FormField("action", L.rectificationAction, required: true), FormField("owner", L.owner, required: true),
                FormField("due", L.dueDate, required: true), FormField("done", L.rectified, .toggle),
            ]
        }
        return fields
    }

    public func errors(in community: Community) -> [String: Localized] {
        var parsing: [String: Localized] = [:]
        if failed, let why = FieldText.date(self["due"], blankAllowed: false) { parsing["due"] = why }
        let base = community.checklists.first { $0.id == checklistID }?.items.first { $0.id == itemID }
        guard let base else { return parsing }
        return FieldText.errors(
            parsing: parsing, rules: RecordRules.item(item(from: base)),
            keys: ["rectification.action": "action", "rectification.owner": "owner", "rectification.due": "due"])
    }

    /// The item with the evidence and, for a failed item, the rectification typed.
    private func item(from base: ChecklistItem) -> ChecklistItem {
        var item = base
        item.evidence = self["evidence"].trimmed
        if failed {
            item.rectification = Rectification(
                action: self["action"].trimmed, owner: self["owner"].trimmed,
                due: LocalDate.parse(self["due"]) ?? base.rectification?.due ?? today, done: self["done"] == "1")
        }
        return item
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        for c in community.checklists.indices where community.checklists[c].id == checklistID {
            for i in community.checklists[c].items.indices where community.checklists[c].items[i].id == itemID {
                community.checklists[c].items[i] = item(from: community.checklists[c].items[i])
            }
        }
        return (community, L.changeEditItem(itemText))
    }
}
