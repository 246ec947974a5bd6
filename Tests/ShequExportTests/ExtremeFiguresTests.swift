import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequExport

/// Figures no form accepts but a hand-edited file can hold: every rule
/// computes a number from them and every format prints, nothing traps.
final class ExtremeFiguresTests: XCTestCase {
    static let today = LocalDate(year: 2025, month: 9, day: 15)!

    /// A community whose file was edited by hand with absurd figures.
    static var extreme: Community {
        let day = LocalDate(year: 2025, month: 3, day: 1)!
        let tasks = [
            PlanTask(id: "t-tiny", title: "极小目标", target: Target(kind: .sessions, value: 1e-300)),
            PlanTask(id: "t-people", title: "人次", target: Target(kind: .participants, value: 10)),
            PlanTask(
                id: "t-rate", title: "知晓率", target: Target(kind: .rate, value: 97),
                measurements: [RateReading(date: day, percent: 1e300)]),
            PlanTask(id: "t-money", title: "经费", target: Target(kind: .amountPerResident, value: 1)),
            PlanTask(
                id: "t-months", title: "怪月份", target: Target(kind: .sessions, value: 2),
                recurrence: Recurrence(period: .halfMonth, months: [0, 13, -7, 5])),
        ]
        let plans = [
            Plan(id: "p-2025", year: 2025, title: "计划", category: .health, tasks: tasks),
            Plan(id: "p-0", year: 0, title: "零年", category: .other, tasks: [tasks[4]]),
            Plan(id: "p-neg", year: -2026, title: "负年", category: .other, tasks: [tasks[4]]),
            Plan(id: "p-big", year: 10_000, title: "万年", category: .other, tasks: [tasks[4]]),
        ]
        let activities = (0..<2).map {
            Activity(
                id: "a-\($0)", date: day, title: "巨量", kind: .lecture, sessions: .max, participants: .max,
                amount: 1e308, taskIDs: ["t-tiny", "t-people", "t-money", "t-months"])
        }
        return Community(id: "c-x", name: "极端社区", street: "街", population: 1, plans: plans, activities: activities)
    }

    /// Only negative sessions in the year (found by the property test: the
    /// HTML month chart trapped on them).
    static var negative: Community {
        let activity = Activity(
            id: "a-neg", date: LocalDate(year: 2025, month: 4, day: 1)!, title: "负数", kind: .meeting,
            sessions: .min, participants: -5, amount: -1e308)
        return Community(id: "c-neg", name: "负数社区", street: "街", population: -1, activities: [activity])
    }

    func testEveryRuleGivesANumber() {
        let community = Self.extreme
        for plan in community.plans {
            let progress = PlanProgress(plan: plan, community: community, today: Self.today)
            XCTAssertLessThanOrEqual(progress.percent, 100)
            for task in progress.tasks { XCTAssertLessThanOrEqual(abs(task.percent), TaskProgress.percentCap) }
        }
        let tiny = TaskProgress(
            task: community.plans[0].tasks[0], plan: community.plans[0], community: community, today: Self.today)
        XCTAssertEqual(tiny.percent, TaskProgress.percentCap, "held at the cap, not trapped")
        XCTAssertEqual(tiny.actual, Double(Int.max), "the sessions' total is held at Int.max")
        XCTAssertFalse(RecordRules.all(community).isEmpty, "and check reports them")
    }

    func testEveryFormatPrints() throws {
        for format in ExportFormat.allCases {
            for table in CSVSummary.Table.allCases where format == .csv || table == .tasks {
                var request = ExportRequest(year: 2025)
                request.format = format
                request.table = table
                let data = try request.render(
                    [Self.extreme, Self.negative], today: Self.today, templates: BuiltInTemplates.all,
                    trusted: TrustedReviewers([SampleStreet.reviewer])
                ).get()
                XCTAssertFalse(data.isEmpty, "\(format) \(table)")
            }
        }
    }
}
