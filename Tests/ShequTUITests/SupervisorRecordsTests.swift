import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequTUI

/// A supervisor reviews and signs; the records are the clerk's: no key of
/// a supervisor deletes a community, plan or activity or changes what a
/// clerk wrote, and the help does not offer them (issue 13).
final class SupervisorRecordsTests: XCTestCase {
    private let refusal = "街道审核员不能修改或删除社区填报的内容"

    func testASupervisorCannotDeleteOrChangeTheRecords() throws {
        let app = try Harness(role: .supervisor)
        let before = app.onDisk
        app.press(.escape)  // from Reviews to Communities
        for key: Key in [.char("d"), .char("e"), .char("n")] {
            app.press(key)
            XCTAssertTrue(app.screen.contains(refusal), "\(key):\n" + app.screen)
            XCTAssertNil(app.state.prompt)
        }
        app.press(.char("/")).type("阜新").press(.enter, .enter)  // 阜新街社区: a plan, activities, checklists
        app.press(.char("e"))
        XCTAssertTrue(app.screen.contains(refusal), app.screen)
        app.press(.tab, .char("d"))
        XCTAssertTrue(app.screen.contains(refusal), "plans:\n" + app.screen)
        app.press(.enter, .char("a"))
        XCTAssertTrue(app.screen.contains(refusal), "log an activity:\n" + app.screen)
        app.press(.char("e"))
        XCTAssertTrue(app.screen.contains(refusal), "edit a task:\n" + app.screen)
        app.press(.escape, .tab, .char("d"))
        XCTAssertTrue(app.screen.contains(refusal), "activities:\n" + app.screen)
        app.press(.char("?"))
        XCTAssertFalse(app.screen.contains("删除活动"), "help offers no deletion:\n" + app.screen)
        XCTAssertEqual(app.onDisk, before)
    }

    func testTheRuleLivesInCore() {
        let clerk = Actor(role: .clerk, name: "李梅", signer: nil)
        let supervisor = Actor(role: .supervisor, name: "王秀英", signer: nil)
        XCTAssertNil(RecordKeeping.refusal(by: clerk))
        XCTAssertNotNil(RecordKeeping.refusal(by: supervisor))
    }
}
