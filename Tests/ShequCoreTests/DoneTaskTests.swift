import XCTest

@testable import ShequDomain

/// A yes/no task is done when it is marked done or when an activity of its
/// plan's year was logged for it (issue 12: it stayed 未完成 with one linked).
final class DoneTaskTests: XCTestCase {
    func testAnActivityLinkedInThePlansYearMakesADoneTaskMet() {
        let today = LocalDate(year: 2023, month: 9, day: 1)!
        let task = PlanTask(id: "t-1", title: "成立健康教育领导小组", target: Target(kind: .done))
        let plan = Plan(id: "p-1", year: 2023, title: "健康教育计划", category: .health, tasks: [task])
        func progress(_ activities: [Activity]) -> TaskProgress {
            TaskProgress(
                task: task, plan: plan,
                community: Community(id: "c-1", name: "甲", plans: [plan], activities: activities),
                today: today)
        }
        XCTAssertEqual(progress([]).state, .onTrack)
        let meeting = Activity(
            id: "a-1", date: LocalDate(year: 2023, month: 3, day: 2)!, title: "领导小组成立会议", kind: .meeting,
            taskIDs: ["t-1"])
        XCTAssertEqual(progress([meeting]).state, .met)
        XCTAssertEqual(progress([meeting]).percent, 100)
        var lastYear = meeting
        lastYear.date = LocalDate(year: 2022, month: 3, day: 2)!
        XCTAssertEqual(progress([lastYear]).state, .onTrack, "another year's activity does not count")
    }
}
