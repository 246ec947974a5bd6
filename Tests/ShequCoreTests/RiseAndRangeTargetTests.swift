import XCTest

@testable import ShequDomain

/// Targets the plan documents state against last year ("每年提高五个百分点",
/// "比上年增加10%") or as a range ("参加人数30-50人", "吸烟率控制在20%以下").
final class RiseAndRangeTargetTests: XCTestCase {
    private func date(_ text: String) -> LocalDate { LocalDate.parse(text)! }

    private let title = "居民健康知识知晓率"

    /// A community with 2025's plan (holding `lastYearTask` when given) and
    /// 2026's with `task`, and `activities`.
    private func community(_ task: PlanTask, lastYear lastYearTask: PlanTask? = nil, activities: [Activity] = [])
        -> Community
    {
        var plans = [Plan(id: "p26", year: 2026, title: "2026年健康教育工作计划", category: .health, tasks: [task])]
        if let lastYearTask {
            plans.insert(
                Plan(id: "p25", year: 2025, title: "2025年健康教育工作计划", category: .health, tasks: [lastYearTask]),
                at: 0)
        }
        return Community(id: "c-1", name: "阜新街社区", plans: plans, activities: activities)
    }

    private func progress(_ community: Community, on today: String = "2026-11-20") -> TaskProgress {
        let plan = community.plans.first { $0.year == 2026 }!
        return TaskProgress(task: plan.tasks[0], plan: plan, community: community, today: date(today))
    }

    private func rate(_ readings: [(String, Double)], rise: Target.Rise? = nil, value: Double = 5) -> PlanTask {
        PlanTask(
            id: "t26", title: title, target: Target(kind: .rate, value: value, rise: rise),
            measurements: readings.map { RateReading(date: date($0.0), percent: $0.1) })
    }

    func testARiseInPointsIsMeasuredFromLastYearsPlan() {
        let last = PlanTask(
            id: "t25", title: title, target: Target(kind: .rate, value: 80),
            measurements: [RateReading(date: date("2025-11-10"), percent: 82)])
        let short = progress(community(rate([("2026-11-01", 86)], rise: .by), lastYear: last))
        XCTAssertEqual(short.figures[0].lastYear, 82)
        XCTAssertEqual(short.figures[0].goal, 87)
        XCTAssertNotEqual(short.state, .met, "86% is short of 82% and five points")
        let reached = progress(community(rate([("2026-11-01", 87.5)], rise: .by), lastYear: last))
        XCTAssertEqual(reached.state, .met)
        let task = rate([("2026-11-01", 87.5)], rise: .by)
        XCTAssertEqual(task.targetText(.zh), "比上年提高5个百分点")
        XCTAssertEqual(task.targetText(.zh, figures: reached.figures), "比上年提高5个百分点（≥87%）")
        XCTAssertEqual(task.targetText(.en, figures: reached.figures), "+5 points on last year (≥87%)")
    }

    func testARateWithoutLastYearsPlanRisesFromItsOwnReadingOfLastYear() {
        let own = progress(community(rate([("2025-12-01", 90), ("2026-10-01", 94)], rise: .by)))
        XCTAssertEqual(own.figures[0].lastYear, 90)
        XCTAssertEqual(own.figures[0].goal, 95)
        XCTAssertEqual(own.state, .behind, "94% read, 95% asked")
    }

    func testWithoutLastYearsFigureNothingIsMeasuredAndTheSummarySaysWhy() {
        let task = rate([("2026-10-01", 94)], rise: .by)
        let records = community(task)
        let unknown = progress(records)
        XCTAssertNil(unknown.figures[0].lastYear)
        XCTAssertFalse(unknown.measured)
        XCTAssertEqual(unknown.state, .onTrack, "no goal to be behind before the deadline")
        XCTAssertEqual(task.targetText(.zh, figures: unknown.figures), "比上年提高5个百分点（上年无数据）")
        let summary = Summary(
            communities: [records], year: 2026, scope: "阜新街社区", language: .zh, today: date("2026-11-20"),
            templates: [], trusted: TrustedReviewers())
        XCTAssertTrue(summary.communities[0].problems.contains { $0.contains("“\(title)”的目标按上年数据计算，但没有上年的数据") })
        XCTAssertTrue(summary.communities[0].nextSteps.contains { $0.contains("补录上年“\(title)”的数据") })
    }

    func testARiseInPerCentOfACountAddsUpLastYearsActivities() {
        let people = "家庭教育培训"
        let last = PlanTask(id: "t25", title: people, target: Target(kind: .participants, value: 900))
        let task = PlanTask(id: "t26", title: people, target: Target(kind: .participants, value: 10, rise: .percent))
        let activities = [
            Activity(
                id: "a1", date: date("2025-06-01"), title: "培训", kind: .training, participants: 1000, taskIDs: ["t25"]),
            Activity(
                id: "a2", date: date("2026-06-01"), title: "培训", kind: .training, participants: 1050, taskIDs: ["t26"]),
        ]
        let figure = progress(community(task, lastYear: last, activities: activities)).figures[0]
        XCTAssertEqual(figure.lastYear, 1000)
        XCTAssertEqual(figure.goal, 1100, accuracy: 1e-9)
        XCTAssertFalse(figure.isMet)
        XCTAssertEqual(task.target.text(.zh), "比上年提高10%")
        XCTAssertEqual(task.target.text(.en), "+10% on last year")
    }

    func testARangeIsMetInsideAndMissedAboveItsTop() {
        let range = Target(kind: .participants, value: 30, atMost: 50)
        XCTAssertEqual(range.text(.zh), "30～50人次")
        let task = PlanTask(id: "t26", title: "健康讲座", target: range)
        func held(_ people: Int) -> TaskProgress {
            progress(
                community(
                    task,
                    activities: [
                        Activity(
                            id: "a", date: date("2026-05-01"), title: "讲座", kind: .lecture, participants: people,
                            taskIDs: ["t26"])
                    ]))
        }
        XCTAssertEqual(held(35).state, .met)
        let over = held(60)
        XCTAssertNotEqual(over.state, .met)
        XCTAssertEqual(over.state, .behind, "past the top, the task is off its target before the deadline")
        XCTAssertEqual(over.percent, 83, "50 of 60")
        let records = community(
            task,
            activities: [
                Activity(
                    id: "a", date: date("2026-05-01"), title: "讲座", kind: .lecture, participants: 60, taskIDs: ["t26"])
            ])
        XCTAssertEqual(progress(records, on: "2027-01-02").state, .overdue)
        let summary = Summary(
            communities: [records], year: 2026, scope: "阜新街社区", language: .zh, today: date("2026-11-20"),
            templates: [], trusted: TrustedReviewers())
        XCTAssertTrue(summary.communities[0].problems.contains { $0.contains("“健康讲座”为60人次，超出30～50人次的目标范围") })
        XCTAssertTrue(summary.communities[0].nextSteps.contains { $0.contains("把“健康讲座”控制在30～50人次的范围内") })
    }

    func testAnAtMostRateAsksForNothingBelow() {
        let ceiling = Target(kind: .rate, value: 0, atMost: 20)
        XCTAssertEqual(ceiling.text(.zh), "≤20%")
        XCTAssertEqual(RecordRules.target(ceiling), [])
        let smoking = PlanTask(id: "t26", title: "成人吸烟率", target: ceiling)
        var read = smoking
        read.measurements = [RateReading(date: date("2026-09-01"), percent: 18)]
        XCTAssertEqual(progress(community(read)).state, .met)
        read.measurements = [RateReading(date: date("2026-09-01"), percent: 25)]
        XCTAssertEqual(progress(community(read)).state, .behind)
        XCTAssertEqual(progress(community(smoking)).state, .onTrack, "no reading yet")
        XCTAssertFalse(progress(community(smoking)).measured)
        XCTAssertEqual(
            RecordRules.target(Target(kind: .participants, value: 50, atMost: 30)).map(\.path), ["atMost"])
    }

    func testTheTaskFormTakesARiseAndATop() {
        let records = community(PlanTask(id: "t26", title: "健康讲座", target: Target(kind: .activities, value: 4)))
        var draft = TaskDraft(planID: "p26", task: nil)
        draft[.title] = title
        draft[.kind] = Target.Kind.rate.rawValue
        draft[.value] = "5"
        XCTAssertTrue(draft.fields.map(\.key).contains(.rise))
        draft[.rise] = Target.Rise.by.rawValue
        draft[.atMost] = "98"
        XCTAssertEqual(draft.errors(in: records), [:])
        let saved = draft.applied(to: records, ids: .sequential).community.plans[0].tasks.last!
        XCTAssertEqual(saved.target, Target(kind: .rate, value: 5, rise: .by, atMost: 98))
        XCTAssertEqual(TaskDraft(planID: "p26", task: saved)[.rise], "by")
        draft[.rise] = ""
        draft[.value] = "90"
        draft[.atMost] = "80"
        XCTAssertNotNil(draft.errors(in: records)[.atMost])
        draft[.kind] = Target.Kind.done.rawValue
        XCTAssertFalse(draft.fields.map(\.key).contains(.rise), "a task marked done has no last year to rise on")
    }
}
