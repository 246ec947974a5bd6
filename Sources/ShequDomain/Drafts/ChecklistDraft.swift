import ShequText

/// The form for a new checklist: which standard, and for which period —
/// a year, a quarter or a month (the monthly safety check of the sources).
public struct ChecklistDraft: RecordDraft {
    public var values: [FieldKey: String]
    public let initialValues: [FieldKey: String]
    private let templates: [ChecklistTemplate]
    private let language: Language

    public init(templates: [ChecklistTemplate], today: LocalDate, language: Language) {
        self.templates = templates
        self.language = language
        values = [
            .template: templates.first?.id ?? "", .span: ChecklistPeriod.Span.year.rawValue,
            .year: String(today.year), .quarter: String((today.month + 2) / 3), .month: String(today.month),
        ]
        initialValues = [:]
    }

    public var title: Localized { L.newChecklist }

    /// A new checklist takes nothing from the community's records.
    public func reopened(on community: Community, today: LocalDate) -> ChecklistDraft? { self }

    private var span: ChecklistPeriod.Span { ChecklistPeriod.Span(rawValue: self[.span]) ?? .year }

    public var fields: [FormField] {
        var fields = [
            FormField(.template, L.checklistTemplate, .choice(templates.map { FormField.Option($0.id, $0.title) })),
            FormField(
                .span, L.periodSpan,
                .choice(ChecklistPeriod.Span.allCases.map { FormField.Option($0.rawValue, $0.label) })),
            FormField(.year, L.year, required: true),
        ]
        switch span {
        case .year: break
        case .quarter: fields.append(FormField(.quarter, L.quarter, required: true))
        case .month: fields.append(FormField(.month, L.month, required: true))
        }
        return fields
    }

    /// The period chosen, or nil with the field that is wrong.
    private var period: Result<ChecklistPeriod, ChecklistPeriodProblem> {
        guard let year = Int(self[.year].halfWidth.trimmed), (2000...2100).contains(year) else {
            return .failure(.init(field: .year, message: L.badYear))
        }
        switch span {
        case .year: return .success(ChecklistPeriod(year: year, span: .year))
        case .quarter:
            guard let quarter = Int(self[.quarter].halfWidth.trimmed), (1...4).contains(quarter) else {
                return .failure(.init(field: .quarter, message: L.badQuarter))
            }
            return .success(ChecklistPeriod(year: year, span: .quarter, part: quarter))
        case .month:
            guard let month = Int(self[.month].halfWidth.trimmed), (1...12).contains(month) else {
                return .failure(.init(field: .month, message: L.badMonth))
            }
            return .success(ChecklistPeriod(year: year, span: .month, part: month))
        }
    }

    public func errors(in community: Community) -> [FieldKey: Localized] {
        if case .failure(let problem) = period { return [problem.field: problem.message] }
        guard let checklist = checklist(id: "") else { return [.template: L.required] }
        return FieldText.errors(parsing: [:], rules: RecordRules.checklist(checklist))
    }

    /// The checklist the chosen standard makes for the period chosen, its
    /// items linked to the tasks of `plans` they restate.
    private func checklist(id: String, plans: [Plan] = []) -> Checklist? {
        guard case .success(let period) = period else { return nil }
        return templates.first { $0.id == self[.template] }?.instantiate(
            id: id, period: period.text(language), language: language, plans: plans)
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        let id = ids.next(prefix: "k", avoiding: Set(community.checklists.map(\.id)))
        guard let checklist = checklist(id: id, plans: community.plans) else { return (community, L.newChecklist) }
        community.checklists.append(checklist)
        return (community, L.changeNewChecklist(checklist.title))
    }
}

/// A period field that does not read, and why.
struct ChecklistPeriodProblem: Error {
    var field: FieldKey
    var message: Localized
}

/// The form for one checklist item: its evidence and, for a failed item,
/// the rectification (整改): action, owner, due date, done.
public struct ItemDraft: RecordDraft {
    public let checklistID: String
    public let itemID: String
    public var values: [FieldKey: String]
    public let initialValues: [FieldKey: String]
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
            .evidence: item.evidence, .action: rectification?.action ?? "", .owner: rectification?.owner ?? "",
            .due: rectification?.due.description ?? "", .done: rectification?.done == true ? "1" : "",
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
        var fields = [FormField(.evidence, L.evidence, .paragraph)]
        if failed {
            fields += [
                FormField(.action, L.rectificationAction, required: true), FormField(.owner, L.owner, required: true),
                FormField(.due, L.dueDate, required: true), FormField(.done, L.rectified, .toggle),
            ]
        }
        return fields
    }

    public func errors(in community: Community) -> [FieldKey: Localized] {
        var parsing: [FieldKey: Localized] = [:]
        if failed, let why = FieldText.date(self[.due], blankAllowed: false) { parsing[.due] = why }
        let base = community.checklists.first { $0.id == checklistID }?.items.first { $0.id == itemID }
        guard let base else { return parsing }
        return FieldText.errors(
            parsing: parsing, rules: RecordRules.item(item(from: base)),
            keys: ["rectification.action": .action, "rectification.owner": .owner, "rectification.due": .due])
    }

    /// The item with the evidence and, for a failed item, the rectification typed.
    private func item(from base: ChecklistItem) -> ChecklistItem {
        var item = base
        item.evidence = self[.evidence].trimmed
        if failed {
            item.rectification = Rectification(
                action: self[.action].trimmed, owner: self[.owner].trimmed,
                due: LocalDate.parse(self[.due]) ?? base.rectification?.due ?? today, done: self[.done] == "1")
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
