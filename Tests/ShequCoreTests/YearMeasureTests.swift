import XCTest

@testable import ShequDomain

/// The year as the plan documents measure it: a seasonal task owes nothing
/// before its months, a count task nothing before its first occasion is due,
/// "每月" can mean every month, and only the plan year's readings count.
final class YearMeasureTests: XCTestCase {
    private func date(_ text: String) -> LocalDate { LocalDate.parse(text)! }

    private func state(
        _ target: Target, recurrence: Recurrence? = nil, measurements: [RateReading] = [], held days: [String],
        on today: String
    ) -> TaskProgress {
        let task = PlanTask(
            id: "t1", title: "重点时段健康宣传", target: target, recurrence: recurrence, measurements: measurements)
        let plan = Plan(id: "p1", year: 2025, title: "健康教育工作计划", category: .health, tasks: [task])
        let activities = days.map {
            Activity(id: "a-" + $0, date: date($0), title: "宣传", kind: .publicity, taskIDs: ["t1"])
        }
        let community = Community(id: "c-1", name: "阜新街社区", plans: [plan], activities: activities)
        return TaskProgress(task: task, plan: plan, community: community, today: date(today))
    }

    private let seasonal = Recurrence(period: .halfMonth, months: [5, 6, 7, 8])

    func testASeasonalTaskIsOnTrackBeforeItsMonthsAndMeasuredOverThePeriodsEndedSince() {
        let eight = Target(kind: .activities, value: 8)
        XCTAssertEqual(state(eight, recurrence: seasonal, held: [], on: "2025-02-10").state, .onTrack)
        XCTAssertEqual(state(eight, recurrence: seasonal, held: [], on: "2025-05-10").state, .onTrack)
        XCTAssertEqual(state(eight, recurrence: seasonal, held: [], on: "2025-05-20").state, .behind)
        let soFar = ["2025-05-08", "2025-05-20", "2025-06-03"]
        let june = state(eight, recurrence: seasonal, held: soFar, on: "2025-06-20")
        XCTAssertEqual(june.missingPeriods, [])
        XCTAssertEqual(june.state, .onTrack, "every half-month so far covered")
        XCTAssertEqual(state(eight, recurrence: seasonal, held: soFar, on: "2025-07-02").state, .behind)
        let all = (5...8).flatMap { ["2025-0\($0)-05", "2025-0\($0)-20"] }
        XCTAssertEqual(state(eight, recurrence: seasonal, held: all, on: "2025-09-01").state, .met)
    }

    func testACountTaskHasAGraceUntilItsFirstOccasionIsDue() {
        let monthly = Target(kind: .activities, value: 12)
        XCTAssertEqual(state(monthly, held: [], on: "2025-01-02").state, .onTrack)
        XCTAssertEqual(state(monthly, held: [], on: "2025-01-31").state, .onTrack)
        XCTAssertEqual(state(monthly, held: [], on: "2025-02-10").state, .behind, "January's one is owed")
        XCTAssertEqual(state(monthly, held: ["2025-01-20"], on: "2025-02-10").state, .onTrack)
        let twice = Target(kind: .activities, value: 2, unit: "次")
        XCTAssertEqual(state(twice, held: [], on: "2025-02-10").state, .onTrack, "专题办公会 两次以上, a plan of February")
        XCTAssertEqual(state(twice, held: [], on: "2025-07-10").state, .behind)
        let people = Target(kind: .participants, value: 2000)
        XCTAssertEqual(state(people, held: [], on: "2025-03-20").state, .onTrack, "one instalment a quarter")
        XCTAssertEqual(state(people, held: [], on: "2025-04-10").state, .behind)
    }

    func testInEveryPeriodIsMetOnlyWhenNoEndedPeriodIsEmpty() {
        let twelve = Target(kind: .activities, value: 12)
        let december = (1...12).map { String(format: "2025-12-%02d", $0) }
        XCTAssertEqual(
            state(twelve, recurrence: Recurrence(period: .month), held: december, on: "2026-01-05").state, .met)
        let every = Recurrence(period: .month, everyPeriod: true)
        let crammed = state(twelve, recurrence: every, held: december, on: "2026-01-05")
        XCTAssertEqual(crammed.state, .overdue)
        XCTAssertEqual(crammed.missingPeriods.count, 11)
        XCTAssertEqual(crammed.percent, 8, "one month of twelve kept")
        let monthly = (1...12).map { String(format: "2025-%02d-10", $0) }
        XCTAssertEqual(state(twelve, recurrence: every, held: monthly, on: "2026-01-05").state, .met)
        XCTAssertEqual(
            state(twelve, recurrence: every, held: Array(monthly.prefix(3)), on: "2025-04-01").state, .onTrack)
        let gap = ["2025-01-10", "2025-03-10", "2025-03-20"]
        let behind = state(twelve, recurrence: every, held: gap, on: "2025-04-01")
        XCTAssertEqual(behind.state, .behind, "February ended empty, though three are held for three months")
        XCTAssertEqual(behind.missingPeriods.map(\.label.zh), ["2月"])
        XCTAssertEqual(every.text(.zh), "每月，每期不缺")
    }

    func testInEveryPeriodSurvivesTheFileAndIsLeftOutWhenNotAsked() throws {
        let every = try JSONEncoder().encode(Recurrence(period: .month, everyPeriod: true))
        XCTAssertEqual(try JSONDecoder().decode(Recurrence.self, from: every).demandsEveryPeriod, true)
        let plain = String(decoding: try JSONEncoder().encode(Recurrence(period: .month)), as: UTF8.self)
        XCTAssertFalse(plain.contains("everyPeriod"), "older files read and write unchanged")
    }

    func testARateReadOnlyInAnotherYearIsOnTrackLikeAnUnreadOne() {
        let rate = Target(kind: .rate, value: 80)
        let lastYear = [RateReading(date: date("2024-11-20"), percent: 70)]
        XCTAssertEqual(state(rate, measurements: lastYear, held: [], on: "2025-06-01").state, .onTrack)
        let low = lastYear + [RateReading(date: date("2025-05-20"), percent: 70)]
        XCTAssertEqual(state(rate, measurements: low, held: [], on: "2025-06-01").state, .behind)
    }

    func testTheActivityFormPointsAtADateOutsideTheTickedTasksYear() {
        let task = PlanTask(id: "t1", title: "健康讲座", target: Target(kind: .activities, value: 6))
        let plan = Plan(id: "p1", year: 2025, title: "健康教育工作计划", category: .health, tasks: [task])
        let community = Community(id: "c-1", name: "阜新街社区", plans: [plan])
        var draft = ActivityDraft(
            activity: nil, community: community, today: date("2025-10-20"), presetTasks: ["t1"])
        XCTAssertNil(draft.warnings(in: community)[.date])
        draft[.date] = "2024-10-15"
        XCTAssertEqual(draft.warnings(in: community)[.date]?.zh, "日期在2024年，不计入其他年度计划的“健康讲座”")
        draft[.date] = "2025-10-15"
        XCTAssertNil(draft.warnings(in: community)[.date])
    }

    // MARK: Targets the documents use

    private func task(_ target: Target, deadline: String? = nil, held: [(String, ActivityKind)], on today: String)
        -> TaskProgress
    {
        let task = PlanTask(id: "t1", title: "世界无烟日控烟宣传", deadline: deadline.map(date), target: target)
        let plan = Plan(id: "p1", year: 2025, title: "健康教育工作计划", category: .health, tasks: [task])
        let activities = held.enumerated().map { index, held in
            Activity(id: "a\(index)", date: date(held.0), title: "宣传", kind: held.1, taskIDs: ["t1"])
        }
        let community = Community(id: "c-1", name: "阜新街社区", plans: [plan], activities: activities)
        return TaskProgress(task: task, plan: plan, community: community, today: date(today))
    }

    func testKindsOfActivityCountTheDifferentKindsHeld() {
        let varied = Target(kind: .kinds, value: 3)
        XCTAssertEqual(varied.text(.zh), "≥3种形式")
        XCTAssertEqual(varied.text(.en), "≥3 kinds")
        let two = task(
            varied, held: [("2025-03-01", .lecture), ("2025-04-01", .lecture), ("2025-05-01", .publicity)],
            on: "2025-06-01")
        XCTAssertEqual(two.actual, 2)
        XCTAssertNotEqual(two.state, .met)
        let three = task(
            varied, held: [("2025-03-01", .lecture), ("2025-04-01", .volunteerService), ("2025-05-01", .publicity)],
            on: "2025-06-01")
        XCTAssertEqual(three.state, .met)
        XCTAssertEqual(
            RecordRules.target(Target(kind: .kinds, value: 99)).map(\.path), ["value"], "no more kinds exist")
    }

    func testATaskHeldOnADayIsMetOnlyByAnActivityOfThatDay() {
        let day = Target(kind: .heldOnDay)
        let before = task(day, deadline: "2025-05-30", held: [], on: "2025-05-20")
        XCTAssertEqual(before.state, .onTrack)
        let other = task(day, deadline: "2025-05-30", held: [("2025-05-29", .publicity)], on: "2025-06-02")
        XCTAssertEqual(other.state, .overdue, "the day before is not 世界无烟日")
        let held = task(day, deadline: "2025-05-30", held: [("2025-05-30", .publicity)], on: "2025-06-02")
        XCTAssertEqual(held.state, .met)
        XCTAssertEqual(ProgressText.actual(held, .zh), "已举办")
        let planned = PlanTask(id: "t1", title: "世界无烟日", deadline: date("2025-05-30"), target: day)
        XCTAssertEqual(planned.targetText(.zh), "5月30日举办")
        XCTAssertEqual(planned.targetText(.en), "held on 5/30")
        var undated = planned
        undated.deadline = nil
        XCTAssertEqual(RecordRules.task(undated).map(\.path), ["deadline"])
    }

    func testTheTaskFormOffersTheNewKindsAndAsksForTheDay() {
        let plan = Plan(id: "p1", year: 2025, title: "健康教育工作计划", category: .health)
        let community = Community(id: "c-1", name: "阜新街社区", plans: [plan])
        var draft = TaskDraft(planID: "p1", task: nil)
        draft[.title] = "世界无烟日控烟宣传"
        draft[.kind] = Target.Kind.heldOnDay.rawValue
        XCTAssertFalse(draft.fields.map(\.key).contains(.value), "a day, not a figure")
        XCTAssertNotNil(draft.errors(in: community)[.deadline])
        draft[.deadline] = "2025-05-30"
        XCTAssertEqual(draft.errors(in: community), [:])
        let saved = draft.applied(to: community, ids: .sequential).community
        XCTAssertEqual(saved.plans[0].tasks.first?.target.kind, .heldOnDay)
    }
}
