/// A plan's progress on a day: each task's progress, how many are met, and
/// the average completion (each task capped at 100%).
public struct PlanProgress: Equatable, Sendable {
    public var tasks: [TaskProgress]
    public var met: Int
    public var percent: Int
    /// The same unrounded, each task counted from 0 to 100%: what a summary rounds.
    public var exactPercent: Double

    public init(plan: Plan, community: Community, today: LocalDate) {
        tasks = plan.tasks.map { TaskProgress(task: $0, plan: plan, community: community, today: today) }
        met = tasks.filter { $0.state == .met }.count
        percent = tasks.isEmpty ? 0 : tasks.reduce(0) { $0 + min(100, $1.percent) } / tasks.count
        exactPercent =
            tasks.isEmpty ? 0 : tasks.reduce(0) { $0 + min(100, max(0, $1.exactPercent)) } / Double(tasks.count)
    }
}
