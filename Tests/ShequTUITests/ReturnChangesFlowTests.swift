import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// A supervisor sees what the clerk changed between the return and the
/// resubmission, on the Reviews and Checklist screens, and the approval
/// says it was made against those changes.
final class ReturnChangesFlowTests: XCTestCase {
    func testTheResubmissionShowsItsChangesAndTheApprovalIsMadeAgainstThem() throws {
        let clerk = try Harness(columns: 120, rows: 40)
        clerk.press(.char("/")).type("阜新街").press(.enter, .enter, .backTab, .enter)  // its returned 五好 checklist
        XCTAssertTrue(clerk.screen.contains("退回后的改动（与 2025-08-31 09:00 街道 王秀英 退回时相比）"), clerk.screen)
        XCTAssertTrue(clerk.screen.contains("退回后未作改动"), clerk.screen)
        clerk.press(.char("e")).type("，附2025年预算文件").press(.ctrl("s"))
        XCTAssertTrue(clerk.screen.contains("第1项"), clerk.screen)
        XCTAssertTrue(clerk.screen.contains("：佐证已改"), clerk.screen)
        clerk.press(.char("s"), .char("y"))
        XCTAssertEqual(clerk.onDisk.first { $0.id == "c-demo01" }?.checklists[0].state, .submitted)

        let supervisor = try Harness(columns: 120, rows: 40, sample: false, role: .supervisor) { directory in
            try? FileManager.default.removeItem(at: directory)
            try? FileManager.default.copyItem(at: clerk.directory, to: directory)
        }
        let entries = supervisor.state.reviewEntries(ReviewsPage())
        let row = try XCTUnwrap(entries.firstIndex { $0.community.id == "c-demo01" })
        let line = try XCTUnwrap(supervisor.screen.split(separator: "\n").first { $0.contains("阜新街社区") })
        XCTAssertTrue(line.contains("退回后改1项"), supervisor.screen)
        for _ in 0..<row { supervisor.press(.char("j")) }
        supervisor.press(.enter)
        XCTAssertTrue(supervisor.screen.contains("：佐证已改"), supervisor.screen)
        supervisor.press(.char("a")).type("已补充").press(.enter)
        let approved = try XCTUnwrap(supervisor.onDisk.first { $0.id == "c-demo01" }?.checklists[0])
        XCTAssertEqual(approved.state, .approved)
        XCTAssertTrue(supervisor.screen.contains("通过：已补充（针对退回后改动的1项）"), supervisor.screen)
    }
}
