import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// Objectives, safeguards, evidence and notes are paragraphs in the
/// sources: their fields take several lines, keep line breaks typed or
/// pasted, grow with the terminal and put the caret right over Chinese
/// text (issue 12).
final class MultiLineFieldTests: XCTestCase {
    private func planForm(columns: Int = 80, rows: Int = 24) throws -> Harness {
        let app = try Harness(columns: columns, rows: rows, sample: false) { directory in
            try? CommunityStore(root: directory).save(Community(id: "c-1", name: "阜新街社区"))
        }
        app.press(.enter, .tab, .char("n"))  // a new plan: year, title, category, objective, safeguards
        return app
    }

    private func row(_ app: Harness, containing text: String) -> Int? {
        app.screen.split(separator: "\n", omittingEmptySubsequences: false).firstIndex { $0.contains(text) }
    }

    func testEnterStartsANewLineAndTheCaretSitsAfterTheChineseText() throws {
        let app = try planForm()
        app.press(.tab).type("2025年健康教育工作计划").press(.tab, .tab)
        app.type("提高居民健康素养").press(.enter).type("普及健康知识")
        let first = try XCTUnwrap(row(app, containing: "提高居民健康素养"))
        XCTAssertEqual(row(app, containing: "普及健康知识"), first + 1, app.screen)
        let frame = try XCTUnwrap(app.terminal.lastFrame)
        let line = String(app.screen.split(separator: "\n", omittingEmptySubsequences: false)[first + 1])
        let start = DisplayWidth.of(line[..<line.range(of: "普及")!.lowerBound])
        XCTAssertEqual(
            frame.cursor, ScreenBuffer.Cursor(column: start + 12, row: first + 1), "six characters, 12 cells")
        app.press(.left, .left)
        XCTAssertEqual(app.terminal.lastFrame?.cursor?.column, start + 8, "the caret moves by whole characters")
        app.press(.ctrl("s"))
        XCTAssertEqual(app.onDisk.first?.plans.first?.objective, "提高居民健康素养\n普及健康知识")
    }

    func testPastedLineBreaksStayInAParagraphAndBecomeSpacesInALine() throws {
        let app = try planForm()
        app.press(.tab).send(.key(.paste("2025年\r\n健康教育计划")))
        app.press(.tab, .tab).send(.key(.paste("一、建立组织\r\n二、开展讲座\r三、评估效果\t（每季度）")))
        app.press(.ctrl("s"))
        let plan = try XCTUnwrap(app.onDisk.first?.plans.first)
        XCTAssertEqual(plan.title, "2025年 健康教育计划")
        XCTAssertEqual(plan.objective, "一、建立组织\n二、开展讲座\n三、评估效果 （每季度）")
    }

    func testFieldsGrowWithTheTerminalAndALongParagraphShowsItsFirstLines() throws {
        let long = String(repeating: "社区健康教育", count: 15)  // 90 characters, 180 cells
        let wide = try planForm(columns: 200, rows: 50)
        wide.press(.tab, .tab, .tab).type(long)
        XCTAssertNotNil(row(wide, containing: String(long.prefix(50))), "a 200-column form shows 100 cells a line")
        let narrow = try planForm()
        narrow.press(.tab, .tab, .tab).type(long).press(.tab)
        let first = try XCTUnwrap(row(narrow, containing: "社区健康教育社区"))
        let lines = narrow.screen.split(separator: "\n", omittingEmptySubsequences: false)
        XCTAssertTrue(lines[first + 1].contains("社区健康"), narrow.screen)
        XCTAssertTrue(lines[first + 2].contains("…"), "three lines, then an ellipsis:\n" + narrow.screen)
        XCTAssertTrue(lines[first + 3].contains("保障措施"), narrow.screen)
    }

    func testAParagraphIsShownOnOneLineElsewhereWithSpacesForItsBreaks() {
        var buffer = ScreenBuffer(size: Size(columns: 40, rows: 2))
        buffer.write("提高素养\n普及知识", column: 0, row: 0)
        XCTAssertEqual(buffer.text.split(separator: "\n").first, "提高素养 普及知识")
    }
}
