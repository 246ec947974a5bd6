import ShequText

/// The form that copies a plan into another year (most plans repeat from
/// year to year): the new year and title. The copy takes the objective,
/// safeguards, tasks, targets and recurrences, with each deadline moved to
/// the same day of the new year; no activities, readings or "done" marks.
public struct PlanCopyDraft: RecordDraft {
    public let sourceID: String
    public var values: [FieldKey: String]
    /// Empty: a copy is a change even when saved as proposed.
    public let initialValues: [FieldKey: String] = [:]
    private let source: Plan
    private let proposedTitle: String

    /// A copy of `plan` into the year after it, its title's year changed.
    public init(copying plan: Plan) {
        sourceID = plan.id
        source = plan
        proposedTitle = Self.title(of: plan, in: plan.year + 1)
        values = [.year: String(plan.year + 1), .title: proposedTitle]
    }

    public var title: Localized { L.copyPlan(source.title) }

    public func reopened(on community: Community, today: LocalDate) -> PlanCopyDraft? {
        community.plans.first { $0.id == sourceID }.map(PlanCopyDraft.init(copying:))
    }

    public var fields: [FormField] {
        [FormField(.year, L.copyToYear, required: true), FormField(.title, L.planTitle, required: true)]
    }

    public func errors(in community: Community) -> [FieldKey: Localized] {
        FieldText.errors(parsing: [:], rules: RecordRules.plan(copy(id: "", taskIDs: { _ in "" })))
    }

    /// The source's title with its year replaced ("2023年健康教育工作计划"
    /// → "2024年健康教育工作计划"); a title without the year stays as it is.
    static func title(of plan: Plan, in year: Int) -> String {
        plan.title.replacingOccurrences(of: String(plan.year), with: String(year))
    }

    private var year: Int { Int(self[.year].halfWidth.trimmed) ?? 0 }

    /// The copy; a title left as the form proposed follows the year typed.
    private func copy(id: String, taskIDs: (PlanTask) -> String) -> Plan {
        let typedTitle = self[.title].trimmed
        var plan = source
        plan.id = id
        plan.year = year
        plan.title = typedTitle == proposedTitle ? Self.title(of: source, in: year) : typedTitle
        plan.updatedAt = nil
        plan.tasks = source.tasks.map { task in
            var copy = task
            copy.id = taskIDs(task)
            copy.deadline = task.deadline.flatMap { $0.sameDay(inYear: year) }
            copy.completed = false
            copy.measurements = []
            return copy
        }
        return plan
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        var taken = Set(community.plans.flatMap { $0.tasks.map(\.id) })
        let planID = ids.next(prefix: "p", avoiding: Set(community.plans.map(\.id)))
        let plan = copy(id: planID) { _ in
            let id = ids.next(prefix: "t", avoiding: taken)
            taken.insert(id)
            return id
        }
        community.plans.append(plan)
        return (community, L.changeCopyPlan(plan.title, plan.year, tasks: plan.tasks.count))
    }
}
