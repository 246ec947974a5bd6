import ShequText

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

        public var label: Localized { L.taskProgressState(self) }
    }

    /// How far one target of the task has come.
    public struct Figure: Equatable, Sendable {
        public var target: Target
        public var actual: Double
        /// What is to be reached: the target's value, 1 for a done target.
        public var goal: Double
        /// actual over goal, per cent, unrounded: what a printed bar and `Percentage` take.
        public var exactPercent: Double
        /// The same as a whole percentage, rounded down (may exceed 100).
        public var percent: Int { TaskProgress.whole(exactPercent) }
        /// False for a rate with no reading in the plan's year, an amount per resident without a
        /// population, or a rise on last year without last year's figure.
        public var measured: Bool
        /// Last year's figure that a rise on last year is measured from; nil for any other target,
        /// or when last year's figure is not known.
        public var lastYear: Double?

        /// Whether the figure is known and reaches its goal without passing the range's top.
        public var isMet: Bool { measured && actual >= goal && !isOverRange }
        /// Whether the figure is above the most a range allows.
        public var isOverRange: Bool { target.atMost.map { actual > $0 } ?? false }
        /// Whether the goal waits on last year's figure, which is not known.
        public var lacksLastYear: Bool { target.rise != nil && lastYear == nil }
    }

    /// One figure per target of the task, the first target's first.
    public var figures: [Figure]
    /// The first target's figure and goal.
    public var actual: Double
    public var target: Double
    /// actual over target, per cent, unrounded (may exceed 100); with
    /// several targets, the lowest.
    public var exactPercent: Double
    /// The same as a whole percentage, rounded down so that screens show
    /// 100% only for a met target.
    public var percent: Int { Self.whole(exactPercent) }
    public var state: State
    /// Periods of a recurring target that have ended without a linked activity.
    public var missingPeriods: [DatePeriod]
    /// False for a rate with no reading in the plan's year, or an amount per
    /// resident of a community whose population is not recorded: nothing is
    /// known, which the screens show as "—", not as 0%.
    public var measured = true
    /// The activities that count for the task: linked to it and dated in
    /// its plan's year, in the ledger's order.
    public var counted: [Activity]

    /// The progress of `task` in `plan` of `community`, on `today`. Only
    /// activities dated inside the plan's year count; with several
    /// targets, the task is met when every one is.
    public init(task: PlanTask, plan: Plan, community: Community, today: LocalDate) {
        let counted = community.activities.filter { $0.date.year == plan.year && $0.taskIDs.contains(task.id) }
        self.counted = counted
        figures = task.targets.map { Self.figure($0, task: task, plan: plan, community: community, counted: counted) }
        let first = figures[0]
        actual = first.actual
        target = first.goal
        exactPercent = figures.map(\.exactPercent).min() ?? first.exactPercent
        measured = figures.allSatisfy(\.measured)
        let deadline = task.deadline ?? LocalDate(year: plan.year, month: 12, day: 31) ?? today
        let periods = task.recurrence?.periods(in: plan.year) ?? []
        missingPeriods = periods.filter { period in
            period.end < today && !counted.contains { period.contains($0.date) }
        }
        // "每月" meant in every month: a period that ended empty keeps the task from its target.
        let everyPeriodKept = task.recurrence?.demandsEveryPeriod != true || missingPeriods.isEmpty
        if task.recurrence?.demandsEveryPeriod == true, !periods.isEmpty {
            let kept = Double(periods.count - missingPeriods.count) / Double(periods.count) * 100
            exactPercent = min(exactPercent, kept)
        }
        if figures.allSatisfy(\.isMet) && everyPeriodKept {
            state = .met
        } else if today > deadline {
            state = .overdue
        } else if !everyPeriodKept {
            state = .behind
        } else {
            let due = Self.dueShare(of: task, periods: periods, year: plan.year, deadline: deadline, today: today)
            let readInYear = task.measurements.contains { Self.counts($0, in: plan) }
            let behind = figures.contains { figure in
                !figure.isMet && Self.isBehind(figure, due: due, hasReading: readInYear)
            }
            state = behind ? .behind : .onTrack
        }
    }

    /// Whether a rate's reading counts for its plan: only one dated in the
    /// plan's year does; the others are kept and shown as not counting.
    public static func counts(_ reading: RateReading, in plan: Plan) -> Bool {
        reading.date.year == plan.year
    }

    /// One target's figure from the activities `counted` for the task.
    private static func figure(
        _ target: Target, task: PlanTask, plan: Plan, community: Community, counted: [Activity]
    ) -> Figure {
        var measured = true
        var actual: Double
        switch target.kind {
        case .activities: actual = Double(counted.count)
        case .sessions: actual = Double(counted.total(\.sessions))
        case .participants: actual = Double(counted.total(\.participants))
        case .households: actual = Double(counted.total { $0.households ?? 0 })
        case .amount: actual = counted.reduce(0) { $0 + ($1.amount ?? 0) }
        case .rate:
            let latest = task.measurements.filter { counts($0, in: plan) }.max { $0.date < $1.date }
            actual = latest?.percent ?? 0
            measured = latest != nil
        case .amountPerResident:
            let spent = counted.reduce(0) { $0 + ($1.amount ?? 0) }
            let population = community.population ?? 0
            actual = population > 0 ? spent / Double(population) : 0
            // Without a population there is no amount per resident to tell: "—", not 0元/人.
            measured = population > 0
        case .done:
            // Done when marked so, or when an activity of the year was logged for it: that is the doing.
            actual = task.completed || !counted.isEmpty ? 1 : 0
        case .kinds: actual = Double(Set(counted.map(\.kind)).count)
        case .heldOnDay:
            // Held on the day itself: an activity of the day before or after is not the 世界无烟日's.
            actual = task.deadline.map { day in counted.contains { $0.date == day } } == true ? 1 : 0
        }
        // Sums of absurd amounts can reach infinity; figures stay finite so that every format can print them.
        actual = finite(actual)
        var goal = target.kind.isYesOrNo ? 1 : target.value
        var lastYear: Double?
        if let rise = target.rise {
            lastYear = lastYearFigure(target.kind, of: task, plan: plan, community: community)
            goal = finite(lastYear.map { rise.goal(over: $0, by: target.value) } ?? target.value)
            measured = measured && lastYear != nil
        }
        var percent = exactPercent(actual, of: goal)
        if let top = target.atMost, actual > top {
            // Past a range's top the figure is as far off as it is over: 60 of at most 50 is 83%.
            percent = min(percent, exactPercent(top, of: actual))
        } else if goal <= 0, target.atMost != nil {
            percent = 100
        }
        return Figure(
            target: target, actual: actual, goal: goal, exactPercent: percent, measured: measured, lastYear: lastYear)
    }

    /// A figure held finite, so that every format can print it.
    private static func finite(_ value: Double) -> Double {
        value.isNaN ? 0 : min(max(value, -.greatestFiniteMagnitude), .greatestFiniteMagnitude)
    }

    /// Last year's figure of the kind a rise on last year is measured from:
    /// the same task in last year's plans (by title, as a copied plan keeps
    /// it), measured as that year's records stand; for a rate without one,
    /// the task's own reading of last year (kept, though it counts for no year of this plan).
    static func lastYearFigure(_ kind: Target.Kind, of task: PlanTask, plan: Plan, community: Community) -> Double? {
        let year = plan.year - 1
        let title = task.title.trimmed
        for lastPlan in community.plans where lastPlan.year == year {
            guard let lastTask = lastPlan.tasks.first(where: { $0.title.trimmed == title }) else { continue }
            let counted = community.activities.filter { $0.date.year == year && $0.taskIDs.contains(lastTask.id) }
            let figure = figure(
                Target(kind: kind), task: lastTask, plan: lastPlan, community: community, counted: counted)
            if figure.measured { return figure.actual }
        }
        guard kind == .rate else { return nil }
        return task.measurements.filter { $0.date.year == year }.max { $0.date < $1.date }?.percent
    }

    /// Whether a figure falls short of the share of its goal that is due:
    /// a rate or a yes/no task is on track until a reading of the plan's
    /// year falls short or the deadline passes.
    private static func isBehind(_ figure: Figure, due: Double, hasReading: Bool) -> Bool {
        if figure.isOverRange { return true }
        // Without last year's figure there is no goal to be behind.
        if figure.lacksLastYear { return false }
        switch figure.target.kind {
        case .rate: return hasReading
        case .done, .heldOnDay: return false
        case .activities, .sessions, .participants, .households, .amount, .amountPerResident, .kinds:
            return figure.actual < figure.goal * due
        }
    }

    /// The share of a task's goal the time elapsed asks for by `today`. A
    /// recurring task is measured over its periods: the share of them that
    /// have ended (a 5–8月 task owes nothing before May). Any other task
    /// owes its goal in as many instalments as it has occasions (its count
    /// of activities or sessions, else one a quarter), each due once its
    /// stretch of the year to the deadline has passed: nothing is owed
    /// before the first one is due.
    static func dueShare(of task: PlanTask, periods: [DatePeriod], year: Int, deadline: LocalDate, today: LocalDate)
        -> Double
    {
        if !periods.isEmpty {
            return Double(periods.filter { $0.end < today }.count) / Double(periods.count)
        }
        guard let start = LocalDate(year: year, month: 1, day: 1), today > start else { return 0 }
        let span = Double(max(1, deadline.ordinal - start.ordinal + 1))
        let elapsed = min(1, Double(today.ordinal - start.ordinal) / span)
        let counts = task.targets.filter { $0.kind == .activities || $0.kind == .sessions }.map(\.value)
        let occasions = max(1, min(366, (counts.max() ?? 4).rounded(.down)))
        return (elapsed * occasions + exactness).rounded(.down) / occasions
    }

    /// What keeps a share that is a whole number of occasions (3 × 4/12)
    /// from rounding down to the one before.
    private static let exactness = 1e-9

    /// The largest percentage reported; beyond it a figure is absurd anyway.
    static let percentCap = 1_000_000

    /// The percentage that `Percentage` rounds, held within ±`percentCap`.
    static func exactPercent(_ actual: Double, of target: Double) -> Double {
        guard target > 0 else { return actual > 0 ? 100 : 0 }
        let ratio = actual / target * 100
        guard !ratio.isNaN else { return 0 }
        return max(-Double(percentCap), min(Double(percentCap), ratio))
    }

    /// A percentage rounded down to a whole one.
    static func whole(_ exact: Double) -> Int { Int(exact.rounded(.down)) }
}
