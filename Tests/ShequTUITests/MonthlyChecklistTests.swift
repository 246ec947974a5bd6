import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// The monthly safety check of the sources: a checklist started for a
/// month, listed latest first, copied on to the next month (issue 13).
final class MonthlyChecklistTests: XCTestCase {
    func testAMonthlyCheckIsStartedListedAndCopiedToTheNextMonth() throws {
        let app = try Harness(sample: false) { directory in
            try? CommunityStore(root: directory).save(Community(id: "c-1", name: "阜新街社区"))
        }
        app.press(.enter, .tab, .tab, .tab, .char("n"), .right)  // 学校安全检查表
        app.press(.tab, .right, .right)  // 月
        XCTAssertTrue(app.screen.contains("月份（1–12）"), app.screen)
        app.press(.tab, .tab, .ctrl("u")).type("3").press(.ctrl("s"))
        app.press(.char("n"), .right, .tab, .right, .right, .tab, .tab, .ctrl("u")).type("10").press(.ctrl("s"))
        let periods = app.onDisk.first?.checklists.map(\.period)
        XCTAssertEqual(periods, ["2025年3月", "2025年10月"])
        let rows = app.screen.split(separator: "\n").filter { $0.contains("学校安全检查表") }
        XCTAssertTrue(rows.first?.contains("2025年10月") ?? false, "October first:\n" + app.screen)
        app.press(.char("c"))
        XCTAssertTrue(app.screen.contains("2025年11月"), "the next month proposed:\n" + app.screen)
    }
}
