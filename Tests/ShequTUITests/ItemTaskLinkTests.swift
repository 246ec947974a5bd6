import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI
@testable import ShequText

/// A checklist item that restates a plan's target ("召开专题办公会不少于2次")
/// is linked to its task, shows how the task stands, and a pass the task
/// does not bear out is called out (issue 13).
final class ItemTaskLinkTests: XCTestCase {
    func testALinkedItemShowsItsTaskAndAPassTheTaskDoesNotBearOut() throws {
        let app = try Harness(columns: 60, rows: 16, sample: false) { directory in  // the warning fits even here
            let task = PlanTask(id: "t-1", title: "召开健康教育专题办公会", target: Target(kind: .activities, value: 2))
            let plan = Plan(id: "p-1", year: 2025, title: "2025年健康教育工作计划", category: .health, tasks: [task])
            let meeting = Activity(
                id: "a-1", date: LocalDate(year: 2025, month: 2, day: 20)!, title: "专题办公会", kind: .meeting,
                taskIDs: ["t-1"])
            let checklist = BuiltInTemplates.healthEducation.instantiate(id: "k-1", period: "2025年", language: .zh)
            try? CommunityStore(root: directory).save(
                Community(
                    id: "c-1", name: "阜新街社区", plans: [plan], activities: [meeting], checklists: [checklist]))
        }
        app.press(.enter, .tab, .tab, .tab, .enter, .char("j"))  // 召开专题办公会不少于2次
        app.press(.char("L"))
        XCTAssertTrue(app.screen.contains("关联计划任务：召开专题办公会"), app.screen)
        app.press(.right, .ctrl("s"))
        XCTAssertEqual(app.onDisk.first?.checklists.first?.items[1].taskID, "t-1")
        let row = { app.screen.split(separator: "\n").first { $0.contains("召开专题办公会") }.map(String.init) ?? "" }
        XCTAssertTrue(row().contains("任务：1/≥2次"), app.screen)
        app.press(.char("p"))
        XCTAssertTrue(row().contains("合格但任务未达标"), "a pass the figures do not bear out:\n" + app.screen)
    }
}
