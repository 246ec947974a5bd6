import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// An activity whose date moves to another year counts for that year's
/// task of the same title, and the message says what changed (issue 12).
final class ActivityYearChangeTests: XCTestCase {
    private func harness() throws -> Harness {
        try Harness(sample: false) { directory in
            let plans = [2023, 2024].map { year in
                Plan(
                    id: "p-\(year)", year: year, title: "\(year)年健康教育工作计划", category: .health,
                    tasks: [
                        PlanTask(id: "t-\(year)", title: "举办健康讲座", target: Target(kind: .sessions, value: 4)),
                        PlanTask(id: "u-\(year)", title: year == 2023 ? "义诊" : "健康咨询", target: Target(kind: .sessions)),
                    ])
            }
            let activity = Activity(
                id: "a-1", date: LocalDate(year: 2023, month: 5, day: 20)!, title: "健康讲座", kind: .lecture,
                participants: 40, taskIDs: ["t-2023", "u-2023"])
            try? CommunityStore(root: directory).save(
                Community(id: "c-1", name: "阜新街社区", plans: plans, activities: [activity]))
        }
    }

    func testADateMovedToAnotherYearRelinksAndSaysWhatItDropped() throws {
        let app = try harness()
        app.press(.enter, .tab, .tab, .char("e"), .ctrl("u")).type("2024-05-20")
        XCTAssertTrue(app.screen.contains("[x] 计入：举办健康讲座"), app.screen)
        app.press(.ctrl("s"))
        let message = app.screen.split(separator: "\n").suffix(3).map { $0.trimmingCharacters(in: .whitespaces) }
            .joined()
        XCTAssertTrue(message.contains("改到2024年，计入该年1项同名任务；不再计入2023年的“义诊”"), app.screen)
        XCTAssertEqual(app.onDisk.first?.activities.first?.taskIDs, ["t-2024"])

        app.press(.char("e"), .ctrl("u")).type("2023-05-20").press(.ctrl("s"))
        XCTAssertEqual(app.onDisk.first?.activities.first?.taskIDs, ["t-2023"], "changing it back relinks")
        XCTAssertTrue(app.screen.contains("改到2023年"), app.screen)
    }
}
