import XCTest

@testable import ShequDomain
@testable import ShequTUI

/// Small things a clerk notices on the screens (issue 25, points 10 and 11):
/// a field's error shown whole, a mark column that is blank where nothing
/// is marked, the hidden cursor resting on the selected row, task names
/// that keep their room, and the same activity logged twice pointed out.
final class ScreenCourtesyTests: XCTestCase {
    /// The text of the last frame from `column` to the right edge, row by row, trailing blanks dropped.
    private func rightOf(_ column: Int, in app: Harness) throws -> [String] {
        let frame = try XCTUnwrap(app.terminal.lastFrame)
        return (0..<frame.size.rows).map { row in
            var text = (column..<frame.size.columns).map { frame[$0, row].text }.joined()
            while text.hasSuffix(" ") { text.removeLast() }
            return text
        }
    }

    func testAFieldsErrorBesideItIsWholeAtEveryWidth() throws {
        let comma = "逗号只能用作千位分隔（如 1,200）；两个数请分开填写"
        let date = "日期应为 2023-05-30、2023/5/30 或 2023年5月30日"
        for columns in [80, 120, 200] {
            let app = try Harness(columns: columns)
            app.press(.char("G"), .enter, .tab, .tab, .char("n"), .ctrl("u")).type("2023/2").press(.tab).type("走访")
            app.press(.tab, .tab, .ctrl("u")).type("1，2").press(.ctrl("s"))
            let frame = try XCTUnwrap(app.terminal.lastFrame)
            let cells = (0..<frame.size.rows).flatMap { row in (0..<columns).map { (column: $0, row: row) } }
            let column = try XCTUnwrap(
                cells.first { frame[$0.column, $0.row].text == "逗" }?.column,
                "the count's error beside it:\n" + app.screen)
            let beside = try rightOf(column, in: app).joined()
            XCTAssertTrue(beside.contains(comma), "\(columns) columns:\n" + app.screen)
            XCTAssertTrue(beside.contains(date), "\(columns) columns:\n" + app.screen)
        }
    }

    func testANameThatLooksLikeAnotherCommunitysIsPointedOutAsItIsTyped() throws {
        let app = try Harness(columns: 120)
        // ⽂ is the Kangxi radical U+2F42, which a PDF's text gives for 文: the same to the eye, other text.
        app.press(.char("n")).type("⽂峰社区")
        XCTAssertTrue(app.screen.contains("“⽂峰社区”与已有的“文峰社区”看起来一样"), app.screen)
        app.press(.ctrl("u")).type("文峰新村社区")
        XCTAssertFalse(app.screen.contains("看起来一样"), app.screen)
    }

    func testAtSixtyColumnsTaskNamesKeepTheirRoomAndTheTargetGivesUpSomeToo() throws {
        let app = try Harness(columns: 60)
        // 阜新街社区's plan: tasks of two targets, whose text ("≥4场、≥2000人次") is longer than the names.
        app.press(.char("/")).type("阜新").press(.enter, .enter, .tab, .enter)
        let frame = try XCTUnwrap(app.terminal.lastFrame)
        let header = try XCTUnwrap((0..<frame.size.rows).first { frame[1, $0].text == "任" }, app.screen)
        let target = try XCTUnwrap((1..<60).first { frame[$0, header].text == "目" }, app.screen)
        let names = (header + 1..<frame.size.rows).map { row in
            (1..<target).map { frame[$0, row].text }.joined().trimmingCharacters(in: .whitespaces)
        }
        XCTAssertTrue(names.contains("家庭教育培训"), "a six-character name shows whole:\n" + app.screen)
        XCTAssertTrue(names.contains { $0.hasPrefix("荣辱观及") }, app.screen)
    }

    func testTheSameActivityLoggedTwiceIsPointedOutButNotRefused() throws {
        let app = try Harness(columns: 120)
        app.press(.char("G"), .enter, .tab, .tab)  // 钟秀社区's ledger, empty
        func log() {
            app.press(.char("n"), .ctrl("u")).type("2025-03-08").press(.tab).type("健康讲座")
        }
        log()
        XCTAssertFalse(app.screen.contains("是否重复登记"), app.screen)
        app.press(.ctrl("s"))
        XCTAssertFalse(app.screen.contains("是否重复登记"), "the first is just saved:\n" + app.screen)
        log()
        XCTAssertTrue(app.screen.contains("台账里已有 2025-03-08 的“健康讲座”"), "said as it is typed:\n" + app.screen)
        app.press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("是否重复登记"), "and when it is saved:\n" + app.screen)
        XCTAssertEqual(app.onDisk.first { $0.id == "c-demo09" }?.activities.count, 2, "not refused")
    }

    func testTheReviewsMarkColumnIsBlankWhereNothingIsMarked() throws {
        let app = try Harness(role: .supervisor)
        let frame = try XCTUnwrap(app.terminal.lastFrame)
        let selected = try XCTUnwrap(frame.selection?.row)
        let unmarked = selected + 1
        XCTAssertEqual(frame[1, unmarked].text, " ")
        XCTAssertEqual(frame[1, unmarked].role, .normal, "no coloured block on an unmarked row")
        app.press(.char(" "))
        let marked = try XCTUnwrap(app.terminal.lastFrame)
        XCTAssertEqual(marked[1, selected].text, "*", app.screen)
    }

    func testOnAListTheHiddenCursorRestsOnTheSelectedRow() throws {
        let app = try Harness()
        let first = try XCTUnwrap(app.terminal.lastFrame)
        XCTAssertNil(first.cursor, "no caret on a list")
        let row = try XCTUnwrap(first.selection?.row)
        XCTAssertEqual(first[1, row].role, .selected)
        app.press(.down, .down)
        XCTAssertEqual(app.terminal.lastFrame?.selection, ScreenBuffer.Cursor(column: 1, row: row + 2))
    }
}
