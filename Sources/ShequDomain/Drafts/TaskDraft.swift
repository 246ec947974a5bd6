import ShequText

/// The task form: title, owner, deadline, the target (its kind decides
/// which figures are asked for), an optional second counted target (a
/// training of "4场次" and "2000人次") and an optional recurrence.
public struct TaskDraft: RecordDraft {
    public let planID: String
    public let taskID: String?
    public var values: [FieldKey: String]
    public let initialValues: [FieldKey: String]
    private let originalTitle: String

    public init(planID: String, task: PlanTask?) {
        self.planID = planID
        taskID = task?.id
        originalTitle = task?.title ?? ""
        let target = task?.target ?? Target(kind: .activities, value: 12)
        let second = task?.extraTargets?.first
        values = [
            .kind2: second?.kind.rawValue ?? "", .value2: second.map { Target.number($0.value) } ?? "",
            .unit2: second?.unit ?? "",
            .title: task?.title ?? "", .owner: task?.owner ?? "", .deadline: task?.deadline?.description ?? "",
            .kind: target.kind.rawValue, .value: Target.number(target.value), .unit: target.unit,
            .rise: target.rise?.rawValue ?? "", .atMost: target.atMost.map(Target.number) ?? "",
            .completed: task?.completed == true ? "1" : "",
            .period: task?.recurrence?.period.rawValue ?? "",
            .months: task?.recurrence?.months.map(String.init).joined(separator: ",") ?? "",
            .everyPeriod: task?.recurrence?.demandsEveryPeriod == true ? "1" : "",
            .notes: task?.notes ?? "",
        ]
        initialValues = values
    }

    public var title: Localized { taskID == nil ? L.newTask : L.editTask(originalTitle) }

    public func reopened(on community: Community, today: LocalDate) -> TaskDraft? {
        guard let plan = community.plans.first(where: { $0.id == planID }) else { return nil }
        guard let taskID else { return self }
        return plan.tasks.first { $0.id == taskID }.map { TaskDraft(planID: planID, task: $0) }
    }

    private var kind: Target.Kind { Target.Kind(rawValue: self[.kind]) ?? .activities }
    /// Whether the first target's kind takes a rise on last year and a range's top.
    private var bounded: Bool { Target(kind: kind).takesBounds }
    private var rise: Target.Rise? { Target.Rise(rawValue: self[.rise]) }
    /// The second target's kind; nil for none, or when the first target counts nothing.
    private var secondKind: Target.Kind? { kind.countsActivities ? Target.Kind(rawValue: self[.kind2]) : nil }

    public var fields: [FormField] {
        var fields = [
            FormField(.title, L.taskTitle, required: true),
            FormField(.owner, L.owner),
            FormField(.deadline, L.deadline),
            FormField(
                .kind, L.targetKind, .choice(Target.Kind.allCases.map { FormField.Option($0.rawValue, $0.label) })),
        ]
        if kind == .done {
            fields.append(FormField(.completed, L.completed, .toggle))
        } else if kind != .heldOnDay {
            fields.append(FormField(.value, rise == nil ? L.targetValue(kind) : L.riseAmount, required: true))
            if kind.takesUnit { fields.append(FormField(.unit, L.unit)) }
        }
        if kind.countsActivities {
            let counted = Target.Kind.allCases.filter(\.countsActivities).map {
                FormField.Option($0.rawValue, $0.label)
            }
            fields.append(
                FormField(.kind2, L.secondTarget, .choice([FormField.Option("", L.noSecondTarget)] + counted)))
            if let secondKind {
                fields.append(FormField(.value2, L.targetValue(secondKind), required: true))
                if secondKind.takesUnit { fields.append(FormField(.unit2, L.unit)) }
            }
        }
        let periods =
            [FormField.Option("", L.noRecurrence)]
            + Recurrence.Period.allCases.map { FormField.Option($0.rawValue, $0.label) }
        fields.append(FormField(.period, L.recurrence, .choice(periods)))
        if !self[.period].isEmpty {
            fields.append(FormField(.months, L.months))
            fields.append(FormField(.everyPeriod, L.everyPeriod, .toggle))
        }
        // The rarer shapes of the first target come last, after what most tasks need.
        if bounded {
            let rises = [
                FormField.Option("", L.noRise), FormField.Option(Target.Rise.by.rawValue, L.riseByUnits),
                FormField.Option(Target.Rise.percent.rawValue, L.riseByPercentOption),
            ]
            fields.append(FormField(.rise, L.riseOnLastYear, .choice(rises)))
            fields.append(FormField(.atMost, L.upperBound))
        }
        return fields + [FormField(.notes, L.notes, .paragraph)]
    }

    public func errors(in community: Community) -> [FieldKey: Localized] {
        var parsing: [FieldKey: Localized] = [:]
        if let why = FieldText.date(self[.deadline], blankAllowed: true) { parsing[.deadline] = why }
        if !kind.isYesOrNo && FieldText.number(self[.value]) == nil { parsing[.value] = L.positiveNumber }
        if bounded, !self[.atMost].trimmed.isEmpty, FieldText.number(self[.atMost]) == nil {
            parsing[.atMost] = L.positiveNumber
        }
        if secondKind != nil && FieldText.number(self[.value2]) == nil { parsing[.value2] = L.positiveNumber }
        if !self[.period].isEmpty && months == nil { parsing[.months] = L.badMonths }
        let existing = community.plans.first { $0.id == planID }?.tasks.first { $0.id == taskID }
        return FieldText.errors(
            parsing: parsing, rules: RecordRules.task(task(from: existing)),
            keys: [
                "target.value": .value, "target.atMost": .atMost, "extraTargets[0].value": .value2,
                "recurrence.months": .months,
            ])
    }

    /// The task as typed, on top of `base` (its readings and id kept).
    private func task(from base: PlanTask?) -> PlanTask {
        var task = base ?? PlanTask(id: "", title: "", target: Target(kind: .sessions))
        task.title = self[.title].trimmed
        task.owner = self[.owner].trimmed
        task.deadline = LocalDate.parse(self[.deadline])
        task.target = Target(
            kind: kind, value: kind.isYesOrNo ? 1 : FieldText.number(self[.value]) ?? 0,
            unit: kind.takesUnit ? self[.unit].trimmed : "", rise: bounded ? rise : nil,
            atMost: bounded ? FieldText.number(self[.atMost]) : nil)
        task.extraTargets = secondKind.map { second in
            [
                Target(
                    kind: second, value: FieldText.number(self[.value2]) ?? 0,
                    unit: second.takesUnit ? self[.unit2].trimmed : "")
            ]
        }
        task.completed = kind == .done && self[.completed] == "1"
        task.recurrence = Recurrence.Period(rawValue: self[.period]).map {
            Recurrence(period: $0, months: months ?? [], everyPeriod: self[.everyPeriod] == "1")
        }
        task.notes = self[.notes].trimmed
        return task
    }

    /// The months typed as "5,6,7,8", "5、6、7、8" or "5-8" (ranges and
    /// lists mixed: "1-3、9"); empty for all year; nil when invalid.
    private var months: [Int]? {
        var numbers: [Int] = []
        for part in self[.months].halfWidth.split(whereSeparator: { ",，、 ".contains($0) }) {
            let ends = part.split(omittingEmptySubsequences: false, whereSeparator: { "-~～至到".contains($0) })
                .map { Int($0) }
            switch ends.count {
            case 1:
                guard let month = ends[0] else { return nil }
                numbers.append(month)
            case 2:
                guard let first = ends[0], let last = ends[1], first <= last else { return nil }
                numbers += Array(first...last)
            default: return nil
            }
        }
        guard numbers.allSatisfy({ (1...12).contains($0) }) else { return nil }
        return Array(Set(numbers)).sorted()
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        guard let planIndex = community.plans.firstIndex(where: { $0.id == planID }) else {
            return (community, L.changeNewTask(""))
        }
        let taken = Set(community.plans.flatMap { $0.tasks.map(\.id) })
        var task = task(from: community.plans[planIndex].tasks.first { $0.id == taskID })
        if task.id.isEmpty { task.id = ids.next(prefix: "t", avoiding: taken) }
        if let index = community.plans[planIndex].tasks.firstIndex(where: { $0.id == task.id }) {
            community.plans[planIndex].tasks[index] = task
            return (community, L.changeEditTask(task.title))
        }
        community.plans[planIndex].tasks.append(task)
        return (community, L.changeNewTask(task.title))
    }
}
