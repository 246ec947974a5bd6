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
            "template": templates.first?.id ?? "", "period": language == .zh ? "\(today.year)年" : String(today.year),
        ]
        initialValues = [:]
    }

    public var title: Localized { L.newChecklist }

    public var fields: [FormField] {
        [
            FormField("template", L.checklistTemplate, .choice(templates.map { FormField.Option($0.id, $0.title) })),
            FormField("period", L.period, required: true),
        ]
    }

    public func errors(in community: Community) -> [String: Localized] {
        var errors: [String: Localized] = [:]
        if !templates.contains(where: { $0.id == self["template"] }) { errors["template"] = L.required }
        if self["period"].trimmed.isEmpty { errors["period"] = L.required }
        return errors
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        guard let template = templates.first(where: { $0.id == self["template"] }) else {
            return (community, L.newChecklist)
        }
        let id = ids.next(prefix: "k", avoiding: Set(community.checklists.map(\.id)))
        let checklist = template.instantiate(id: id, period: self["period"].trimmed, language: language)
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

    public init(checklistID: String, item: ChecklistItem, today: LocalDate) {
        self.checklistID = checklistID
        itemID = item.id
        itemText = item.text
        failed = item.result == .fail
        let rectification = item.rectification
        values = [
            "evidence": item.evidence, "action": rectification?.action ?? "", "owner": rectification?.owner ?? "",
            "due": rectification?.due.description ?? "", "done": rectification?.done == true ? "1" : "",
        ]
        initialValues = values
    }

    public var title: Localized { L.editItem(itemText) }

    public var fields: [FormField] {
        var fields = [FormField("evidence", L.evidence)]
        if failed {
            fields += [
                FormField("action", L.rectificationAction, required: true), FormField("owner", L.owner, required: true),
                FormField("due", L.dueDate, required: true), FormField("done", L.rectified, .toggle),
            ]
        }
        return fields
    }

    public func errors(in community: Community) -> [String: Localized] {
        guard failed else { return [:] }
        var errors: [String: Localized] = [:]
        if self["action"].trimmed.isEmpty { errors["action"] = L.required }
        if self["owner"].trimmed.isEmpty { errors["owner"] = L.required }
        if let why = FieldText.date(self["due"], blankAllowed: false) { errors["due"] = why }
        return errors
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        for c in community.checklists.indices where community.checklists[c].id == checklistID {
            for i in community.checklists[c].items.indices where community.checklists[c].items[i].id == itemID {
                community.checklists[c].items[i].evidence = self["evidence"].trimmed
                if failed, let due = LocalDate.parse(self["due"]) {
                    community.checklists[c].items[i].rectification = Rectification(
                        action: self["action"].trimmed, owner: self["owner"].trimmed, due: due,
                        done: self["done"] == "1")
                }
            }
        }
        return (community, L.changeEditItem(itemText))
    }
}
