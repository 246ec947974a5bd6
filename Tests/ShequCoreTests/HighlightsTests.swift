import ShequText
import XCTest

@testable import ShequDomain

/// Section 4's 工作亮点: taken from the records, and left out of an ordinary year.
final class HighlightsTests: XCTestCase {
    private func date(_ text: String) -> LocalDate { LocalDate.parse(text)! }

    private func narrative(_ community: Community, _ language: Language = .zh) -> [String] {
        Summary(
            communities: [community], year: 2025, scope: community.name, language: language,
            today: date("2026-01-10"), templates: [], trusted: TrustedReviewers()
        ).communities[0].narrative
    }

    private func activity(_ id: String, _ day: String, _ kind: ActivityKind, people: Int, tasks: [String])
        -> Activity
    {
        Activity(id: id, date: date(day), title: "活动" + id, kind: kind, participants: people, taskIDs: tasks)
    }

    func testAYearThatStandsOutNamesWhatStoodOut() {
        let lectures = PlanTask(id: "t1", title: "健康讲座", target: Target(kind: .participants, value: 100))
        let board = PlanTask(
            id: "t2", title: "宣传栏更换", target: Target(kind: .activities, value: 12),
            recurrence: Recurrence(period: .month, everyPeriod: true))
        let plan = Plan(id: "p1", year: 2025, title: "健康教育工作计划", category: .health, tasks: [lectures, board])
        let monthly = (1...12).map {
            activity("b\($0)", String(format: "2025-%02d-10", $0), .publicity, people: 0, tasks: ["t2"])
        }
        let others = [
            activity("l1", "2025-05-30", .lecture, people: 180, tasks: ["t1"]),
            activity("l2", "2025-09-12", .training, people: 40, tasks: ["t1"]),
            activity("l3", "2025-10-12", .volunteerService, people: 20, tasks: []),
        ]
        let community = Community(id: "c-1", name: "阜新街社区", plans: [plan], activities: monthly + others)
        let line = narrative(community).first { $0.hasPrefix("工作亮点：") }
        XCTAssertEqual(
            line,
            "工作亮点：“健康讲座”超额完成目标，完成率220.0%；“宣传栏更换”每月开展，一期不缺；"
                + "5月30日“活动l1”参与居民180人次，为全年参与人数最多的活动；活动形式多样，开展了讲座、培训、宣传、志愿服务等4种形式。")
        let english = narrative(community, .en).first { $0.hasPrefix("Highlights: ") }
        XCTAssertNotNil(english)
        XCTAssertTrue(english?.contains("Monthly".lowercased()) == true, english ?? "")
    }

    func testAnOrdinaryYearHasNoHighlights() {
        let lectures = PlanTask(id: "t1", title: "健康讲座", target: Target(kind: .participants, value: 100))
        let plan = Plan(id: "p1", year: 2025, title: "健康教育工作计划", category: .health, tasks: [lectures])
        let community = Community(
            id: "c-1", name: "阜新街社区", plans: [plan],
            activities: [activity("l1", "2025-05-30", .lecture, people: 90, tasks: ["t1"])])
        XCTAssertFalse(narrative(community).contains { $0.hasPrefix("工作亮点") })
    }
}
