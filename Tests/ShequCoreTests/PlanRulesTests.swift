import XCTest

@testable import ShequDomain
@testable import ShequStore

final class PlanRulesTests: XCTestCase {
    func date(_ text: String) -> LocalDate { LocalDate.parse(text)! }

    func testDatesInAllThreeFormsAndInvalidOnes() {
        XCTAssertEqual(LocalDate.parse("2023-05-30"), LocalDate(year: 2023, month: 5, day: 30))
        XCTAssertEqual(LocalDate.parse("2023/5/30"), LocalDate(year: 2023, month: 5, day: 30))
        XCTAssertEqual(LocalDate.parse("2023年5月30日"), LocalDate(year: 2023, month: 5, day: 30))
        XCTAssertEqual(LocalDate.parse(" ２０２３年５月３０日 "), LocalDate(year: 2023, month: 5, day: 30))
        XCTAssertEqual(LocalDate.parse("2024-02-29")?.description, "2024-02-29")
        for bad in [
            "2023-02-30", "2023-02-29", "1900-02-29", "2023-13-01", "2023-00-10", "2023-5", "30/5/2023", "昨天", "",
        ] {
            XCTAssertNil(LocalDate.parse(bad), bad)
        }
        XCTAssertEqual(LocalDate.parse("2000-02-29")?.month, 2)
        XCTAssertLessThan(date("2023-12-31"), date("2024-01-01"))
        XCTAssertEqual(date("2024-01-01").ordinal - date("2023-01-01").ordinal, 365)
    }

    func testDatesAreStoredAsISOText() throws {
        let data = try JSONEncoder().encode([date("2023/5/3")])
        XCTAssertEqual(String(decoding: data, as: UTF8.self), #"["2023-05-03"]"#)
        XCTAssertThrowsError(try JSONDecoder().decode([LocalDate].self, from: Data(#"["2023-02-30"]"#.utf8)))
    }

    // MARK: Targets

    private func progress(
        _ target: Target, recurrence: Recurrence? = nil, deadline: String? = nil, completed: Bool = false,
        measurements: [RateReading] = [], activities: [Activity], population: Int? = 1000, today: String = "2023-07-01"
    ) -> TaskProgress {
        let task = PlanTask(
            id: "t1", title: "任务", deadline: deadline.map(date), target: target, recurrence: recurrence,
            completed: completed, measurements: measurements)
        let plan = Plan(id: "p1", year: 2023, title: "计划", category: .health, tasks: [task])
        let community = Community(id: "c-1", name: "甲", population: population, plans: [plan], activities: activities)
        return TaskProgress(task: task, plan: plan, community: community, today: date(today))
    }

    private func activity(
        _ day: String, sessions: Int = 1, people: Int = 0, amount: Double? = nil, tasks: [String] = ["t1"]
    ) -> Activity {
        Activity(
            id: "a-" + day, date: date(day), title: "活动", kind: .publicity, sessions: sessions, participants: people,
            amount: amount, taskIDs: tasks)
    }

    func testCountSumsSessionsOfLinkedActivitiesInThePlanYear() {
        let result = progress(
            Target(kind: .sessions, value: 12),
            activities: [
                activity("2023-01-05", sessions: 2), activity("2023-03-05"), activity("2022-12-31", sessions: 5),
                activity("2024-01-01", sessions: 5),
                activity("2023-04-01", sessions: 9, tasks: ["other"]),
            ])
        XCTAssertEqual(result.actual, 3, "only linked activities dated inside the plan's year count")
        XCTAssertEqual(result.percent, 25)
        XCTAssertEqual(result.state, .behind, "3 of 12 by July is behind the pace")
    }

    func testParticipantsSumPersonTimes() {
        let result = progress(
            Target(kind: .participants, value: 2000),
            activities: [activity("2023-03-01", people: 1200), activity("2023-05-01", people: 900)])
        XCTAssertEqual(result.actual, 2100)
        XCTAssertEqual(result.state, .met)
        XCTAssertEqual(result.percent, 105)
    }

    func testRateTakesTheLatestMeasurementOfTheYear() {
        let readings = [
            RateReading(date: date("2023-06-01"), percent: 98), RateReading(date: date("2023-03-01"), percent: 90),
            RateReading(date: date("2024-01-02"), percent: 99),
        ]
        let result = progress(Target(kind: .rate, value: 97), measurements: readings, activities: [])
        XCTAssertEqual(result.actual, 98)
        XCTAssertEqual(result.state, .met)
        let late = progress(
            Target(kind: .rate, value: 97), measurements: [RateReading(date: date("2023-06-01"), percent: 95.2)],
            activities: [])
        XCTAssertEqual(late.state, .behind)
        XCTAssertEqual(progress(Target(kind: .rate, value: 97), activities: []).state, .onTrack, "no reading yet")
    }

    func testAmountPerResidentDividesByPopulation() {
        let spent = [activity("2023-02-01", amount: 600), activity("2023-05-01", amount: 500)]
        let result = progress(Target(kind: .amountPerResident, value: 1), activities: spent, population: 1000)
        XCTAssertEqual(result.actual, 1.1, accuracy: 0.0001)
        XCTAssertEqual(result.state, .met)
        let unknown = progress(Target(kind: .amountPerResident, value: 1), activities: spent, population: 0)
        XCTAssertEqual(unknown.actual, 0, "population zero gives no per-resident figure rather than a division by zero")
        XCTAssertEqual(unknown.percent, 0)
    }

    func testDoneTargetAndOverdue() {
        XCTAssertEqual(progress(Target(kind: .done), completed: true, activities: []).state, .met)
        XCTAssertEqual(progress(Target(kind: .done), deadline: "2023-05-31", activities: []).state, .overdue)
        XCTAssertEqual(progress(Target(kind: .done), deadline: "2023-08-31", activities: []).state, .onTrack)
        XCTAssertEqual(
            progress(Target(kind: .sessions, value: 2), activities: [], today: "2024-01-02").state, .overdue,
            "no deadline means the end of the year")
        XCTAssertEqual(
            progress(Target(kind: .sessions, value: 2), activities: [], today: "2023-12-31").state, .behind,
            "the last day is not overdue yet")
    }

    func testOnTrackFollowsThePaceToTheDeadline() {
        let target = Target(kind: .sessions, value: 12)
        let six = (1...6).map { activity(String(format: "2023-%02d-10", $0)) }
        XCTAssertEqual(progress(target, activities: six, today: "2023-07-01").state, .onTrack)
        XCTAssertEqual(progress(target, deadline: "2023-07-31", activities: six, today: "2023-07-01").state, .behind)
    }

    func testOneActivityCountsForTwoTasks() {
        let shared = activity("2023-03-01", people: 500, tasks: ["t1", "t2"])
        let first = PlanTask(id: "t1", title: "场次", target: Target(kind: .sessions, value: 4))
        let second = PlanTask(id: "t2", title: "人次", target: Target(kind: .participants, value: 2000))
        let plan = Plan(id: "p", year: 2023, title: "共建", category: .coBuilding, tasks: [first, second])
        let community = Community(id: "c", name: "阜新街社区", plans: [plan], activities: [shared])
        XCTAssertEqual(TaskProgress(task: first, plan: plan, community: community, today: date("2023-06-01")).actual, 1)
        XCTAssertEqual(
            TaskProgress(task: second, plan: plan, community: community, today: date("2023-06-01")).actual, 500)
    }

    func testActivitiesOfADeletedTaskStayAndCountForNothingElse() {
        let orphan = activity("2023-03-01", sessions: 3, tasks: ["deleted-task"])
        let result = progress(Target(kind: .sessions, value: 3), activities: [orphan])
        XCTAssertEqual(result.actual, 0)
    }

    // MARK: Recurrence

    func testMonthlyRecurrenceListsEndedMonthsWithoutActivity() {
        let result = progress(
            Target(kind: .sessions, value: 12), recurrence: Recurrence(period: .month),
            activities: [activity("2023-01-05"), activity("2023-03-31"), activity("2023-07-01")], today: "2023-07-15")
        XCTAssertEqual(result.missingPeriods.map(\.label.zh), ["2月", "4月", "5月", "6月"], "July has not ended yet")
    }

    func testHalfMonthlyInMayToAugust() {
        let recurrence = Recurrence(period: .halfMonth, months: [5, 6, 7, 8])
        XCTAssertEqual(recurrence.periods(in: 2023).count, 8)
        let result = progress(
            Target(kind: .sessions, value: 8), recurrence: recurrence,
            activities: [activity("2023-05-08"), activity("2023-05-16"), activity("2023-06-15")], today: "2023-09-01")
        XCTAssertEqual(result.missingPeriods.map(\.label.zh), ["6月下半月", "7月上半月", "7月下半月", "8月上半月", "8月下半月"])
        XCTAssertEqual(recurrence.text(.zh), "5、6、7、8月每半月")
    }

    func testHalfMonthEndsOnTheLastDayOfFebruary() {
        let periods = Recurrence(period: .halfMonth, months: [2]).periods(in: 2024)
        XCTAssertEqual(periods.last?.end, LocalDate(year: 2024, month: 2, day: 29))
    }

    func testTermsAndQuarters() {
        XCTAssertEqual(Recurrence(period: .term).periods(in: 2023).map(\.label.zh), ["春季学期", "秋季学期"])
        XCTAssertEqual(Recurrence(period: .quarter, months: [11]).periods(in: 2023).map(\.label.en), ["Q4"])
    }

    // MARK: Sample data

    func testSampleShowsEveryStateFromMarchOn() {
        for today in ["2025-03-10", "2025-09-15", "2026-11-22", "2024-12-20"] {
            let day = date(today)
            var states = Set<TaskProgress.State>()
            for community in SampleStreet.communities(today: day) {
                for plan in community.plans {
                    XCTAssertEqual(plan.year, day.year)
                    for task in plan.tasks {
                        states.insert(TaskProgress(task: task, plan: plan, community: community, today: day).state)
                    }
                }
                XCTAssertTrue(community.activities.allSatisfy { $0.date <= day }, "no activity in the future")
            }
            XCTAssertEqual(states, [.met, .onTrack, .behind, .overdue], today)
        }
    }

    func testPlansAndActivitiesRoundTripThroughTheFile() throws {
        let community = SampleStreet.communities(today: date("2025-09-15")).first { $0.id == "c-demo04" }!
        let decoded = try CommunityFile.decode(try CommunityFile.encode(community)).community
        XCTAssertEqual(decoded, community)
        XCTAssertFalse(decoded.plans.isEmpty)
    }
}

final class ProgressTextTests: XCTestCase {
    func testBarIsFullOnlyWhenMet() {
        XCTAssertEqual(ProgressText.bar(96, width: 12).filled, 11)
        XCTAssertEqual(ProgressText.bar(100, width: 12).filled, 12)
        XCTAssertEqual(ProgressText.bar(250, width: 6).filled, 6)
        XCTAssertEqual(ProgressText.bar(0, width: 6).filled, 0)
    }

    func testActualFiguresInTheTargetsTerms() {
        XCTAssertEqual(ProgressText.actual(95.24, .rate, .zh), "95.2%")
        XCTAssertEqual(ProgressText.actual(0.8427, .amountPerResident, .zh), "0.84元/人")
        XCTAssertEqual(ProgressText.actual(12, .sessions, .en), "12")
        XCTAssertEqual(ProgressText.actual(1, .done, .zh), "已完成")
    }
}
