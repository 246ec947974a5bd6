/// What the Communities screen shows of a community's work at a glance:
/// the plans of its latest plan year and how far their tasks have come,
/// and the checklists waiting on someone — drafts and returned ones on the
/// clerk, submitted ones on the street office. Kept in the headline index,
/// so that the screen is drawn without reading every file.
public struct CommunityGlance: Equatable, Sendable {
    /// The year shown: the latest plan year with an activity, else the latest plan year; nil without a plan.
    public var year: Int?
    /// Plans and tasks of that year, and the tasks met.
    public var plans: Int
    public var tasks: Int
    public var met: Int
    /// The average completion of those tasks, each capped at 100%.
    public var percent: Int
    public var drafts: Int
    public var returned: Int
    public var submitted: Int

    public init(
        year: Int?, plans: Int, tasks: Int, met: Int, percent: Int, drafts: Int, returned: Int, submitted: Int
    ) {
        self.year = year
        self.plans = plans
        self.tasks = tasks
        self.met = met
        self.percent = percent
        self.drafts = drafts
        self.returned = returned
        self.submitted = submitted
    }

    /// The glance of `community`: its latest plan year in which something
    /// was held, else its latest plan year. A plan copied ahead into next
    /// year in December does not turn the office's view to an empty year.
    public init(_ community: Community) {
        let planYears = Set(community.plans.map(\.year))
        let heldIn = Set(community.activities.map(\.date.year)).intersection(planYears)
        let year = heldIn.max() ?? planYears.max()
        let plans = community.plans.filter { $0.year == year }
        // Completion and "met" do not depend on the day; the end of the year stands in for it.
        let day = year.flatMap { LocalDate(year: $0, month: 12, day: 31) } ?? LocalDate(year: 2000, month: 1, day: 1)!
        let tasks = plans.flatMap { PlanProgress(plan: $0, community: community, today: day).tasks }
        let states = community.checklists.map(\.state)
        self.init(
            year: year, plans: plans.count, tasks: tasks.count, met: tasks.filter { $0.state == .met }.count,
            percent: tasks.isEmpty ? 0 : tasks.reduce(0) { $0 + min(100, max(0, $1.percent)) } / tasks.count,
            drafts: states.filter { $0 == .draft }.count, returned: states.filter { $0 == .returned }.count,
            submitted: states.filter { $0 == .submitted }.count)
    }

    /// Whether a checklist waits on anyone.
    public var hasChecklistsWaiting: Bool { drafts + returned + submitted > 0 }
}
