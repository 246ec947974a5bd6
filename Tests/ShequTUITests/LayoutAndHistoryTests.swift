import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequTUI

/// Clicks land on the row under the pointer on every table, because
/// drawing and hit-testing share one layout; and undo never writes over a
/// file that was changed outside Shequ.
final class LayoutAndHistoryTests: XCTestCase {
    private func click(_ app: Harness, row: Int) {
        app.send(.mouse(MouseEvent(.press, column: 6, row: row)))
    }

    private func communityPage(_ app: Harness) throws -> CommunityPage {
        guard case .community(let page) = app.state.pages.last else { throw XCTSkip("not on a community") }
        return page
    }

    func testClicksSelectTheRowUnderThePointerOnEveryTab() throws {
        let app = try Harness()
        app.press(.char("j"), .char("j"), .char("j"), .char("j"), .enter, .tab)  // 濠景园社区, Plans
        app.press(.char("n"), .tab).type("社区教育计划").press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("社区教育计划"), app.screen)
        click(app, row: 5)
        XCTAssertEqual(try communityPage(app).plans.selected, 1)
        click(app, row: 4)
        XCTAssertEqual(try communityPage(app).plans.selected, 0, "the first plan's row selects the first plan")
        click(app, row: 3)
        XCTAssertEqual(try communityPage(app).plans.selected, 0, "the header selects nothing")

        app.press(.tab)  // Activities
        click(app, row: 6)
        XCTAssertEqual(try communityPage(app).ledger.list.selected, 2)

        app.press(.tab)  // Checklists
        click(app, row: 5)
        XCTAssertEqual(try communityPage(app).checklists.selected, 1)
        click(app, row: 4)
        XCTAssertEqual(try communityPage(app).checklists.selected, 0)
        app.press(.enter)
        guard case .checklist = app.state.pages.last else { return XCTFail("Enter opens the checklist") }
        click(app, row: 6)  // row 4 is the first heading, 5 the first item
        guard case .checklist(let checklist) = app.state.pages.last else { return XCTFail() }
        XCTAssertEqual(checklist.list.selected, 1)

        app.press(.escape, .backTab, .backTab, .enter)  // the plan's tasks: header on row 3
        click(app, row: 5)
        guard case .plan(let plan) = app.state.pages.last else { return XCTFail("on the Plan screen") }
        XCTAssertEqual(plan.list.selected, 1)
    }

    func testClicksOnTheReviewQueue() throws {
        let app = try Harness(role: .supervisor)
        click(app, row: 6)  // header on row 4, below the queues, the attainment line and the filters
        guard case .reviews(let page) = app.state.pages.last else { return XCTFail("supervisors start on Reviews") }
        XCTAssertEqual(page.list.selected, 1)
        app.press(.enter)
        XCTAssertTrue(app.screen.contains("濠景园社区 > 健康教育工作考核表"), app.screen)
    }

    func testUndoOfWhatAnOutsideEditChangedAgainIsRefusedAndKeepsThatEdit() throws {
        let app = try Harness()
        app.press(.char("e"), .ctrl("u")).type("北濠桥新社区").press(.ctrl("s"))
        let file = app.directory.appendingPathComponent("communities/c-demo05.json")
        let handEdited = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "北濠桥新社区", with: "手改社区")
        try handEdited.write(to: file, atomically: true, encoding: .utf8)
        app.press(.char("u"))
        XCTAssertTrue(app.screen.contains("此步已移出撤销记录"), app.screen)
        XCTAssertEqual(
            try String(contentsOf: file, encoding: .utf8), handEdited, "undo did not write over the hand edit")
        XCTAssertTrue(app.screen.contains("手改社区"), "the screen shows the file as it is now:\n" + app.screen)
        app.press(.char("u"))
        XCTAssertTrue(app.screen.contains("没有可撤销的操作"), app.screen)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), handEdited)
    }

    func testUndoTwiceInARowStillWorks() throws {
        let app = try Harness()
        app.press(.char("e"), .ctrl("u")).type("甲").press(.ctrl("s"))
        app.press(.char("e"), .ctrl("u")).type("乙").press(.ctrl("s"))
        app.press(.char("u"), .char("u"))
        XCTAssertEqual(app.onDisk.first { $0.id == "c-demo05" }?.name, "北濠桥社区", app.screen)
        app.press(.ctrl("r"), .ctrl("r"))
        XCTAssertEqual(app.onDisk.first { $0.id == "c-demo05" }?.name, "乙", app.screen)
    }
}
