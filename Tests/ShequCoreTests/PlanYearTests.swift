import XCTest

@testable import ShequDomain

/// A plan moved to another year takes its task deadlines along (issue 12:
/// they stayed behind and every task dropped to 0% without a word).
final class PlanYearTests: XCTestCase {
    func testMovingAPlanToAnotherYearMovesItsDeadlinesAndSaysSo() {
        let task = PlanTask(
            id: "t-1", title: "家庭教育培训", deadline: LocalDate(year: 2024, month: 2, day: 29),
            target: Target(kind: .sessions, value: 4))
        let plan = Plan(id: "p-1", year: 2024, title: "共驻共建计划", category: .other, tasks: [task])
        let community = Community(id: "c-1", name: "阜新街社区", plans: [plan])
        var draft = PlanDraft(plan: plan, today: LocalDate(year: 2025, month: 9, day: 15)!)
        draft[.year] = "2025"
        let (moved, label) = draft.applied(to: community, ids: IDGenerator.sequential)
        XCTAssertEqual(moved.plans[0].year, 2025)
        XCTAssertEqual(moved.plans[0].tasks[0].deadline, LocalDate(year: 2025, month: 2, day: 28), "no 29th in 2025")
        XCTAssertEqual(label.zh, "编辑计划“共驻共建计划”，任务截止日期一并移到2025年")
        draft[.year] = "2024"
        XCTAssertEqual(draft.applied(to: community, ids: IDGenerator.sequential).label.zh, "编辑计划“共驻共建计划”")
    }
}
