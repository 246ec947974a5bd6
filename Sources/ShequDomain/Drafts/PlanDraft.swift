import ShequText

/// The plan form: year, title, category, objective and safeguards.
public struct PlanDraft: RecordDraft {
    public let planID: String?
    public var values: [FieldKey: String]
    public let initialValues: [FieldKey: String]
    private let originalTitle: String

    /// A draft of `plan`, or of a new plan for this year.
    public init(plan: Plan?, today: LocalDate) {
        planID = plan?.id
        originalTitle = plan?.title ?? ""
        values = [
            .year: String(plan?.year ?? today.year), .title: plan?.title ?? "",
            .category: (plan?.category ?? .health).rawValue,
            .objective: plan?.objective ?? "", .safeguards: plan?.safeguards ?? "",
        ]
        initialValues = values
    }

    public var title: Localized { planID == nil ? L.newPlan : L.editPlan(originalTitle) }

    public func reopened(on community: Community, today: LocalDate) -> PlanDraft? {
        guard let planID else { return self }
        return community.plans.first { $0.id == planID }.map { PlanDraft(plan: $0, today: today) }
    }

    public var fields: [FormField] {
        [
            FormField(.year, L.year, required: true),
            FormField(.title, L.planTitle, required: true),
            FormField(
                .category, L.category, .choice(PlanCategory.allCases.map { FormField.Option($0.rawValue, $0.label) })),
            FormField(.objective, L.objective, .paragraph),
            FormField(.safeguards, L.safeguards, .paragraph),
        ]
    }

    public func errors(in community: Community) -> [FieldKey: Localized] {
        FieldText.errors(parsing: [:], rules: RecordRules.plan(plan(from: community.plans.first { $0.id == planID })))
    }

    /// The plan as typed, on top of `base` (its tasks and id kept); a year
    /// that is not a number is 0, which the rules refuse.
    private func plan(from base: Plan?) -> Plan {
        var plan = base ?? Plan(id: "", year: 0, title: "", category: .other)
        plan.year = Int(self[.year].trimmed) ?? 0
        plan.title = self[.title].trimmed
        plan.category = PlanCategory(rawValue: self[.category]) ?? .other
        plan.objective = self[.objective].trimmed
        plan.safeguards = self[.safeguards].trimmed
        // A plan moved to another year takes its deadlines along (same day of that year), so its tasks keep their pace.
        if let base, base.year != plan.year, LocalDate(year: plan.year, month: 1, day: 1) != nil {
            for index in plan.tasks.indices {
                plan.tasks[index].deadline = plan.tasks[index].deadline?.sameDay(inYear: plan.year)
            }
        }
        return plan
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        var plan = plan(from: community.plans.first { $0.id == planID })
        if plan.id.isEmpty { plan.id = ids.next(prefix: "p", avoiding: Set(community.plans.map(\.id))) }
        if let index = community.plans.firstIndex(where: { $0.id == plan.id }) {
            let moved = community.plans[index].year != plan.year && plan.tasks.contains { $0.deadline != nil }
            community.plans[index] = plan
            return (
                community, moved ? L.changeEditPlanMovingDeadlines(plan.title, plan.year) : L.changeEditPlan(plan.title)
            )
        }
        community.plans.append(plan)
        return (community, L.changeNewPlan(plan.title))
    }
}
