/// The form for a dated reading of a rate target, e.g. an awareness survey.
public struct ReadingDraft: RecordDraft {
    public let planID: String
    public let taskID: String
    public var values: [String: String]
    public let initialValues: [String: String]
    private let taskTitle: String

    private let today: LocalDate

    public init(planID: String, task: PlanTask, today: LocalDate) {
        self.today = today
        self.planID = planID
        taskID = task.id
        taskTitle = task.title
        values = ["date": today.description, "percent": "", "notes": ""]
        initialValues = values
    }

    public var title: Localized { L.newReading(taskTitle) }

    /// A new reading takes nothing from the task but its name; it stays
    /// open while the task does.
    public func reopened(on community: Community, today: LocalDate) -> ReadingDraft? {
        let task = community.plans.first { $0.id == planID }?.tasks.first { $0.id == taskID }
        return task == nil ? nil : self
    }

    public var fields: [FormField] {
        [
            FormField("date", L.date, required: true), FormField("percent", L.readingPercent, required: true),
            FormField("notes", L.notes),
        ]
    }

    public func errors(in community: Community) -> [String: Localized] {
        var parsing: [String: Localized] = [:]
        if let why = FieldText.date(self["date"], blankAllowed: false) { parsing["date"] = why }
        return FieldText.errors(parsing: parsing, rules: RecordRules.reading(reading))
    }

    /// The reading as typed; a percent that is not a number is -1, which the rules refuse.
    private var reading: RateReading {
        RateReading(
            date: LocalDate.parse(self["date"]) ?? today, percent: FieldText.number(self["percent"]) ?? -1,
            notes: self["notes"].trimmed)
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        let reading = reading
        for planIndex in community.plans.indices where community.plans[planIndex].id == planID {
            for taskIndex in community.plans[planIndex].tasks.indices
            where community.plans[planIndex].tasks[taskIndex].id == taskID {
                community.plans[planIndex].tasks[taskIndex].measurements.append(reading)
                community.plans[planIndex].tasks[taskIndex].measurements.sort { $0.date < $1.date }
            }
        }
        return (community, L.changeNewReading(taskTitle))
    }
}
