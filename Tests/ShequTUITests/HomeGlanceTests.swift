import Foundation
import XCTest

@testable import ShequTUI

/// The Communities screen shows what PRODUCT §3 lists: each community's
/// plans and their progress and the checklists waiting, a returned one
/// called out — from the index, without reading every file (issue 12).
final class HomeGlanceTests: XCTestCase {
    private func row(_ app: Harness, _ name: String) throws -> String {
        try String(XCTUnwrap(app.screen.split(separator: "\n").first { $0.hasPrefix(" " + name) }, app.screen))
    }

    func testEachRowShowsPlansProgressAndChecklistsWaiting() throws {
        let app = try Harness()
        XCTAssertTrue(try row(app, "阜新街社区").contains("2025年1项"))
        XCTAssertTrue(try row(app, "阜新街社区").contains("56%"))
        XCTAssertTrue(try row(app, "阜新街社区").contains("退回1"))
        XCTAssertTrue(try row(app, "城东社区").contains("待审1"))
        XCTAssertTrue(try row(app, "北濠桥社区").contains("无计划"))
        XCTAssertTrue(app.screen.contains("阜新街社区有检查表被街道退回"), "a clerk is told at once:\n" + app.screen)
        let frame = try XCTUnwrap(app.terminal.lastFrame)
        let line = try XCTUnwrap(app.screen.split(separator: "\n").firstIndex { $0.hasPrefix(" 阜新街社区") })
        let cell = try XCTUnwrap(
            (0..<frame.size.columns).map { frame[$0, line] }.first { $0.text == "退" }, "the 退 of 退回1")
        XCTAssertEqual(cell.role, .warn, "a returned checklist stands out")
    }

    func testTheIndexGivesTheSameRowsWithoutReadingTheFiles() throws {
        let full = try Harness()
        let fromIndex = try Harness(headlines: true)
        XCTAssertFalse(fromIndex.state.partial.isEmpty, "the rows come from headlines")
        XCTAssertEqual(fromIndex.screen, full.screen)
    }

    func testSortingByProgressPutsTheFurthestBehindFirst() throws {
        let app = try Harness()
        app.press(.char("o"), .char("o"), .char("o"))
        let rows = app.screen.split(separator: "\n").dropFirst(2).prefix(9)
        let percents = rows.compactMap { row in
            row.range(of: #"[0-9]+%"#, options: .regularExpression).map { Int(row[$0].dropLast())! }
        }
        XCTAssertEqual(percents, percents.sorted(), app.screen)
        XCTAssertTrue(rows.first?.contains("无计划") ?? false, "no plan is furthest behind:\n" + app.screen)
    }

    func testASupervisorIsNotToldOfReturnedChecklists() throws {
        let app = try Harness(role: .supervisor)
        app.press(.escape)
        XCTAssertFalse(app.screen.contains("被街道退回"), app.screen)
    }
}
