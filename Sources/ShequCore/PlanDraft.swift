/// The plan form: year, title, category, objective and safeguards.
public struct PlanDraft: RecordDraft {
    public let planID: String?
    public var values: [String: String]
    public let initialValues: [String: String]
    private let originalTitle: String

    /// A draft of `plan`, or of a new plan for this year.
    public init(plan: Plan?, today: LocalDate) {
        planID = plan?.id
        originalTitle = plan?.title ?? ""
        values = [
            "year": String(plan?.year ?? today.year), "title": plan?.title ?? "",
            "category": (plan?.category ?? .health).rawValue,
            "objective": plan?.objective ?? "", "safeguards": plan?.safeguards ?? "",
        ]
        initialValues = values
    }

    public var title: Localized { planID == nil ? L.newPlan : L.editPlan(originalTitle) }

    public var fields: [FormField] {
        [
            FormField("year", L.year, required: true),
            FormField("title", L.planTitle, required: true),
            FormField(
                "category", L.category, .choice(PlanCategory.allCases.map { FormField.Option($0.rawValue, $0.label) })),
            FormField("objective", L.objective),
            FormField("safeguards", L.safeguards),
        ]
    }

    public func errors(in community: Community) -> [String: Localized] {
        var errors: [String: Localized] = [:]
        if let year = Int(self["year"].trimmed), (2000...2100).contains(year) {} else { errors["year"] = L.badYear }
        if self["title"].trimmed.isEmpty { errors["title"] = L.required }
        return errors
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        let taken = Set(community.plans.map(\.id))
        var plan =
            community.plans.first { $0.id == planID }
            ?? Plan(id: ids.next(prefix: "p", avoiding: taken), year: 0, title: "", category: .other)
        plan.year = Int(self["year"].trimmed) ?? plan.year
        plan.title = self["title"].trimmed
        plan.category = PlanCategory(rawValue: self["category"]) ?? .other
        plan.objective = self["objective"].trimmed
        plan.safeguards = self["safeguards"].trimmed
        if let index = community.plans.firstIndex(where: { $0.id == plan.id }) {
            community.plans[index] = plan
            return (community, L.changeEditPlan(plan.title))
        }
        community.plans.append(plan)
        return (community, L.changeNewPlan(plan.title))
    }
}
