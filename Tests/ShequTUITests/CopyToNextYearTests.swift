import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// Plans and checklists repeat from year to year: `c` copies one into
/// another year instead of retyping it (issue 12).
final class CopyToNextYearTests: XCTestCase {
    private static let lecture = PlanTask(
        id: "t-1", title: "举办健康讲座", owner: "王芳", deadline: LocalDate(year: 2024, month: 2, day: 29),
        target: Target(kind: .sessions, value: 12, unit: "次"), recurrence: Recurrence(period: .month, months: []),
        notes: "每月一次")
    private static let survey = PlanTask(
        id: "t-2", title: "健康知识知晓率", target: Target(kind: .rate, value: 85),
        measurements: [RateReading(date: LocalDate(year: 2024, month: 6, day: 1)!, percent: 90)])
    private static let report = PlanTask(
        id: "t-3", title: "上报年度总结", target: Target(kind: .done), completed: true)

    private func harness() throws -> Harness {
        try Harness(sample: false) { directory in
            let plan = Plan(
                id: "p-1", year: 2024, title: "2024年健康教育工作计划", category: .health, objective: "提高居民健康素养",
                tasks: [Self.lecture, Self.survey, Self.report], safeguards: "专人负责")
            let activity = Activity(
                id: "a-1", date: LocalDate(year: 2024, month: 3, day: 1)!, title: "健康讲座", kind: .lecture,
                participants: 40, taskIDs: ["t-1"])
            var checklist = BuiltInTemplates.all[0].instantiate(id: "k-1", period: "2024年", language: .zh)
            checklist.items[0].result = .fail
            checklist.items[0].evidence = "台账缺页"
            checklist.items[0].rectification = Rectification(
                action: "补齐台账", owner: "王芳", due: LocalDate(year: 2024, month: 7, day: 1)!)
            checklist.items[1].result = .pass
            checklist.state = .returned
            checklist.reviews = [Review(time: Date(), reviewer: "街道 王秀英", decision: .returned, comment: "补材料")]
            try? CommunityStore(root: directory).save(
                Community(
                    id: "c-1", name: "阜新街社区", plans: [plan], activities: [activity], checklists: [checklist]))
        }
    }

    func testAPlanIsCopiedToTheNextYearWithItsTasksButNoneOfItsRecords() throws {
        let app = try harness()
        app.press(.enter, .tab, .char("c"))
        XCTAssertTrue(app.screen.contains("复制计划：2024年健康教育工作计划"), app.screen)
        XCTAssertTrue(app.screen.contains("2025年健康教育工作计划"), app.screen)
        app.press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("3项任务"), app.screen)

        let community = try XCTUnwrap(app.onDisk.first)
        XCTAssertEqual(community.plans.count, 2)
        let copy = try XCTUnwrap(community.plans.first { $0.year == 2025 })
        XCTAssertEqual(copy.title, "2025年健康教育工作计划")
        XCTAssertEqual(copy.objective, "提高居民健康素养")
        XCTAssertEqual(copy.safeguards, "专人负责")
        XCTAssertEqual(copy.tasks.map(\.title), ["举办健康讲座", "健康知识知晓率", "上报年度总结"])
        XCTAssertEqual(copy.tasks[0].deadline, LocalDate(year: 2025, month: 2, day: 28), "29 Feb has no 2025 twin")
        XCTAssertEqual(copy.tasks[0].recurrence, Self.lecture.recurrence)
        XCTAssertEqual(copy.tasks[0].target, Self.lecture.target)
        XCTAssertEqual(copy.tasks[0].owner, "王芳")
        XCTAssertEqual(copy.tasks[1].measurements, [], "readings belong to their year")
        XCTAssertFalse(copy.tasks[2].completed)
        XCTAssertTrue(Set(copy.tasks.map(\.id)).isDisjoint(with: ["t-1", "t-2", "t-3"]), "tasks get ids of their own")
        XCTAssertEqual(community.activities.count, 1)
        XCTAssertEqual(community.activities[0].taskIDs, ["t-1"], "the old year's activity stays with the old task")
        let original = try XCTUnwrap(community.plans.first { $0.year == 2024 })
        XCTAssertEqual(original.tasks, [Self.lecture, Self.survey, Self.report])
        // What the office sees stays on the year with work in it, not the empty copy (issue 26, point 11).
        XCTAssertEqual(CommunityGlance(community).year, 2024)
        app.press(.escape, .escape)
        XCTAssertTrue(app.screen.contains("2024年1项"), app.screen)

        app.press(.char("u"))
        XCTAssertEqual(app.onDisk.first?.plans.count, 1, "undo takes the copy back")
    }

    func testTheCopyFollowsTheYearTypedAndATitleTypedStays() throws {
        let app = try harness()
        app.press(.enter, .tab, .char("c"), .ctrl("u")).type("2026")
        app.press(.ctrl("s"))
        XCTAssertEqual(app.onDisk.first?.plans.first { $0.year == 2026 }?.title, "2026年健康教育工作计划")

        app.press(.char("g"), .char("c"), .ctrl("u")).type("abc")
        app.press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("年份"), app.screen)
        XCTAssertEqual(app.onDisk.first?.plans.count, 2, "a bad year saves nothing")
        app.press(.ctrl("u")).type("2027").press(.tab, .ctrl("u")).type("健康教育计划（续）").press(.ctrl("s"))
        XCTAssertEqual(app.onDisk.first?.plans.first { $0.year == 2027 }?.title, "健康教育计划（续）")
    }

    func testAChecklistIsCopiedToTheNextPeriodWithItsResultsCleared() throws {
        let app = try harness()
        app.press(.enter, .tab, .tab, .tab, .char("c"))
        XCTAssertTrue(app.screen.contains("2025年"), app.screen)
        app.press(.ctrl("s"))
        let community = try XCTUnwrap(app.onDisk.first)
        XCTAssertEqual(community.checklists.count, 2)
        let original = try XCTUnwrap(community.checklists.first { $0.id == "k-1" })
        let copy = try XCTUnwrap(community.checklists.first { $0.id != "k-1" })
        XCTAssertEqual(copy.period, "2025年")
        XCTAssertEqual(copy.title, original.title)
        XCTAssertEqual(copy.items.map(\.text), original.items.map(\.text))
        XCTAssertEqual(copy.items.map(\.weight), original.items.map(\.weight))
        XCTAssertTrue(copy.items.allSatisfy { $0.result == .pending && $0.evidence.isEmpty && $0.rectification == nil })
        XCTAssertEqual(copy.state, .draft)
        XCTAssertEqual(copy.reviews, [])
        XCTAssertEqual(original.items[0].result, .fail, "the original is untouched")
    }

    func testTheNextPeriodHasTheSameLength() {
        XCTAssertEqual(ChecklistCopyDraft.nextPeriod("2025年"), "2026年")
        XCTAssertEqual(ChecklistCopyDraft.nextPeriod("2025年第三季度"), "2025年第四季度")
        XCTAssertEqual(ChecklistCopyDraft.nextPeriod("2025年第4季度"), "2026年第一季度")
        XCTAssertEqual(ChecklistCopyDraft.nextPeriod("2025年12月"), "2026年1月")
        XCTAssertEqual(ChecklistCopyDraft.nextPeriod("2025年上半年"), "2026年上半年", "otherwise the year moves on")
        XCTAssertEqual(ChecklistCopyDraft.nextPeriod("上半年"), "上半年")
    }
}
