/// The task form: title, owner, deadline, the target (its kind decides
/// which figures are asked for) and an optional recurrence.
public struct TaskDraft: RecordDraft {
    public let planID: String
    public let taskID: String?
    public var values: [String: String]
    public let initialValues: [String: String]
    private let originalTitle: String

    public init(planID: String, task: PlanTask?) {
        self.planID = planID
        taskID = task?.id
        originalTitle = task?.title ?? ""
        let target = task?.target ?? Target(kind: .count, value: 12, unit: "次")
        values = [
            "title": task?.title ?? "", "owner": task?.owner ?? "", "deadline": task?.deadline?.description ?? "",
            "kind": target.kind.rawValue, "value": Target.number(target.value), "unit": target.unit,
            "completed": task?.completed == true ? "1" : "",
            "period": task?.recurrence?.period.rawValue ?? "",
            "months": task?.recurrence?.months.map(String.init).joined(separator: ",") ?? "",
            "notes": task?.notes ?? "",
        ]
        initialValues = values
    }

    public var title: Localized { taskID == nil ? L.newTask : L.editTask(originalTitle) }

    private var kind: Target.Kind { Target.Kind(rawValue: self["kind"]) ?? .count }

    public var fields: [FormField] {
        var fields = [
            FormField("title", L.taskTitle, required: true),
            FormField("owner", L.owner),
            FormField("deadline", L.deadline),
            FormField(
                "kind", L.targetKind, .choice(Target.Kind.allCases.map { FormField.Option($0.rawValue, $0.label) })),
        ]
        switch kind {
        case .done: fields.append(FormField("completed", L.completed, .toggle))
        case .count: fields += [FormField("value", L.targetValue, required: true), FormField("unit", L.unit)]
        case .participants, .rate, .amountPerResident:
            fields.append(FormField("value", L.targetValue(kind), required: true))
        }
        let periods =
            [FormField.Option("", L.noRecurrence)]
            + Recurrence.Period.allCases.map { FormField.Option($0.rawValue, $0.label) }
        fields.append(FormField("period", L.recurrence, .choice(periods)))
        if !self["period"].isEmpty { fields.append(FormField("months", L.months)) }
        return fields + [FormField("notes", L.notes)]
    }

    public func errors(in community: Community) -> [String: Localized] {
        var errors: [String: Localized] = [:]
        if self["title"].trimmed.isEmpty { errors["title"] = L.required }
        if let why = FieldText.date(self["deadline"], blankAllowed: true) { errors["deadline"] = why }
        if kind != .done {
            if let value = FieldText.number(self["value"]), value > 0 {
                if kind == .rate && value > 100 { errors["value"] = L.percentRange }
            } else {
                errors["value"] = L.positiveNumber
            }
        }
        if !self["period"].isEmpty && months == nil { errors["months"] = L.badMonths }
        return errors
    }

    /// The months typed as "5,6,7,8" or "5、6、7、8"; empty for all year; nil when invalid.
    private var months: [Int]? {
        let parts = self["months"].split { ",，、 ".contains($0) }
        let numbers = parts.compactMap { Int($0) }
        guard numbers.count == parts.count, numbers.allSatisfy({ (1...12).contains($0) }) else { return nil }
        return Array(Set(numbers)).sorted()
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        guard let planIndex = community.plans.firstIndex(where: { $0.id == planID }) else {
            return (community, L.changeNewTask(""))
        }
        let taken = Set(community.plans.flatMap { $0.tasks.map(\.id) })
        var task =
            community.plans[planIndex].tasks.first { $0.id == taskID }
            ?? PlanTask(id: ids.next(prefix: "t", avoiding: taken), title: "", target: Target(kind: .count))
        task.title = self["title"].trimmed
        task.owner = self["owner"].trimmed
        task.deadline = LocalDate.parse(self["deadline"])
        task.target = Target(
            kind: kind, value: kind == .done ? 1 : FieldText.number(self["value"]) ?? 1,
            unit: kind == .count ? self["unit"].trimmed : "")
        task.completed = kind == .done && self["completed"] == "1"
        task.recurrence = Recurrence.Period(rawValue: self["period"]).map {
            Recurrence(period: $0, months: months ?? [])
        }
        task.notes = self["notes"].trimmed
        if let index = community.plans[planIndex].tasks.firstIndex(where: { $0.id == task.id }) {
            community.plans[planIndex].tasks[index] = task
            return (community, L.changeEditTask(task.title))
        }
        community.plans[planIndex].tasks.append(task)
        return (community, L.changeNewTask(task.title))
    }
}
