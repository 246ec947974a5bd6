/// How far a task has come: computed from the activities and measurements
/// recorded against it, never typed in.
public struct TaskProgress: Equatable, Sendable {
    /// Where a task stands against its target on a given day.
    public enum State: String, Codable, Sendable {
        /// The target is reached.
        case met
        /// Not reached yet, but in step with the time elapsed.
        case onTrack
        /// Behind the pace the time elapsed asks for.
        case behind
        /// The deadline has passed and the target is not reached.
        case overdue

        public var label: Localized {
            switch self {
            case .met: Localized(zh: "已完成", en: "met")
            case .onTrack: Localized(zh: "进行中", en: "on track")
            case .behind: Localized(zh: "滞后", en: "behind")
            case .overdue: Localized(zh: "逾期", en: "overdue")
            }
        }
    }

    public var actual: Double
    public var target: Double
    /// actual over target, as a whole percentage (may exceed 100).
    public var percent: Int
    public var state: State
    /// Periods of a recurring target that have ended without a linked activity.
    public var missingPeriods: [DatePeriod]
    /// False for a rate with no reading in the plan's year: nothing is known
    /// yet, which the screens show as "—", not as 0%.
    public var measured = true

    /// The progress of `task` in `plan` of `community`, on `today`. Only
    /// activities dated inside the plan's year count.
    public init(task: PlanTask, plan: Plan, community: Community, today: LocalDate) {
        let counted = community.activities.filter { $0.date.year == plan.year && $0.taskIDs.contains(task.id) }
        target = task.target.kind == .done ? 1 : task.target.value
        switch task.target.kind {
        case .count:
            actual = Double(counted.total(\.sessions))
        case .participants:
            actual = Double(counted.total(\.participants))
        case .rate:
            let latest = task.measurements.filter { $0.date.year == plan.year }.max { $0.date < $1.date }
            actual = latest?.percent ?? 0
            measured = latest != nil
        case .amountPerResident:
            let spent = counted.reduce(0) { $0 + ($1.amount ?? 0) }
            let population = community.population ?? 0
            actual = population > 0 ? spent / Double(population) : 0
        case .done:
            // Done when marked so, or when an activity of the year was logged for it: that is the doing.
            actual = task.completed || !counted.isEmpty ? 1 : 0
        }
        // Sums of absurd amounts can reach infinity; figures stay finite so that every format can print them.
        actual = actual.isNaN ? 0 : min(max(actual, -.greatestFiniteMagnitude), .greatestFiniteMagnitude)
        percent = Self.wholePercent(actual, of: target)
        let deadline = task.deadline ?? LocalDate(year: plan.year, month: 12, day: 31) ?? today
        if actual >= target {
            state = .met
        } else if today > deadline {
            state = .overdue
        } else {
            state = Self.pace(
                task.target.kind, actual: actual, target: target, year: plan.year, deadline: deadline, today: today,
                hasReading: !task.measurements.isEmpty)
        }
        missingPeriods = (task.recurrence?.periods(in: plan.year) ?? []).filter { period in
            period.end < today && !counted.contains { period.contains($0.date) }
        }
    }

    /// On track when what is done keeps pace with the time elapsed from the
    /// start of the year to the deadline; a rate or a yes/no task is on track
    /// until a reading falls short or the deadline passes.
    private static func pace(
        _ kind: Target.Kind, actual: Double, target: Double, year: Int, deadline: LocalDate, today: LocalDate,
        hasReading: Bool
    ) -> State {
        switch kind {
        case .rate: return hasReading ? .behind : .onTrack
        case .done: return .onTrack
        case .count, .participants, .amountPerResident:
            guard let start = LocalDate(year: year, month: 1, day: 1), today > start else { return .onTrack }
            let span = Double(max(1, deadline.ordinal - start.ordinal))
            let elapsed = min(1, Double(today.ordinal - start.ordinal) / span)
            return actual >= target * elapsed ? .onTrack : .behind
        }
    }

    /// The largest percentage reported; beyond it a figure is absurd anyway.
    static let percentCap = 1_000_000

    /// actual over target as a whole percentage, rounded down, held within
    /// ±`percentCap`; any figure a file can hold gives a number, never a trap.
    static func wholePercent(_ actual: Double, of target: Double) -> Int {
        guard target > 0 else { return actual > 0 ? 100 : 0 }
        let ratio = (actual / target * 100).rounded(.down)
        guard !ratio.isNaN else { return 0 }
        return Int(max(-Double(percentCap), min(Double(percentCap), ratio)))
    }
}
