import ShequText

/// The form for a dated reading of a rate target, e.g. an awareness
/// survey: a new one, or one of the task's readings to correct.
public struct ReadingDraft: RecordDraft {
    public let planID: String
    public let taskID: String
    /// The reading being corrected; nil for a new one.
    public let original: RateReading?
    public var values: [FieldKey: String]
    public let initialValues: [FieldKey: String]
    private let taskTitle: String
    /// Only readings dated in the plan's year count.
    private let planYear: Int
    private let defaultDate: LocalDate

    /// A form for `reading` of `task` in `plan`, or for a new one dated
    /// `date` (a day of the plan's year).
    public init(plan: Plan, task: PlanTask, reading: RateReading? = nil, date: LocalDate) {
        planID = plan.id
        planYear = plan.year
        taskID = task.id
        taskTitle = task.title
        original = reading
        defaultDate = date
        values = [
            .date: (reading?.date ?? date).description, .percent: reading.map { Target.number($0.percent) } ?? "",
            .notes: reading?.notes ?? "",
        ]
        initialValues = values
    }

    public var title: Localized { original == nil ? L.newReading(taskTitle) : L.editReading(taskTitle) }

    /// The form again while its task (and the reading corrected) is there.
    public func reopened(on community: Community, today: LocalDate) -> ReadingDraft? {
        guard let plan = community.plans.first(where: { $0.id == planID }),
            let task = plan.tasks.first(where: { $0.id == taskID })
        else { return nil }
        guard let original else { return self }
        return task.measurements.contains(original)
            ? ReadingDraft(plan: plan, task: task, reading: original, date: defaultDate) : nil
    }

    public var fields: [FormField] {
        [
            FormField(.date, L.date, required: true), FormField(.percent, L.readingPercent, required: true),
            FormField(.notes, L.notes, .paragraph),
        ]
    }

    public func errors(in community: Community) -> [FieldKey: Localized] {
        var parsing: [FieldKey: Localized] = [:]
        if let why = FieldText.date(self[.date], blankAllowed: false) { parsing[.date] = why }
        return FieldText.errors(parsing: parsing, rules: RecordRules.reading(reading))
    }

    /// A reading dated outside the plan's year is kept but does not count.
    public func warnings(in community: Community) -> [FieldKey: Localized] {
        guard let date = LocalDate.parse(self[.date]), date.year != planYear else { return [:] }
        return [.date: L.readingOutsidePlanYear(planYear)]
    }

    public func savedMessage(_ label: Localized, _ community: Community) -> Localized {
        guard let warning = warnings(in: community)[.date] else { return L.savedChange(label) }
        return L.savedWithWarning(label, warning)
    }

    /// The reading as typed; a percent that is not a number is -1, which the rules refuse.
    private var reading: RateReading {
        var reading = original ?? RateReading(date: defaultDate, percent: -1)
        reading.date = LocalDate.parse(self[.date]) ?? defaultDate
        reading.percent = FieldText.number(self[.percent]) ?? -1
        reading.notes = self[.notes].trimmed
        return reading
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        let reading = reading
        for planIndex in community.plans.indices where community.plans[planIndex].id == planID {
            for taskIndex in community.plans[planIndex].tasks.indices
            where community.plans[planIndex].tasks[taskIndex].id == taskID {
                var readings = community.plans[planIndex].tasks[taskIndex].measurements
                if let original, let index = readings.firstIndex(of: original) {
                    readings[index] = reading
                } else {
                    readings.append(reading)
                }
                community.plans[planIndex].tasks[taskIndex].measurements = readings.sorted { $0.date < $1.date }
            }
        }
        return (community, original == nil ? L.changeNewReading(taskTitle) : L.changeEditReading(taskTitle))
    }
}
