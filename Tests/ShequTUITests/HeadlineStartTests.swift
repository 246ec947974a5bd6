import Foundation
import ShequCore
import XCTest

@testable import ShequTUI

/// A clerk's session starts from the headline index: the Communities
/// screen shows at once, and every key that needs more than a community's
/// details reads its file first, so nothing is shown or saved half-read.
final class HeadlineStartTests: XCTestCase {
    func testTheHomeScreenShowsFromHeadlinesAndOpeningReadsTheFile() throws {
        let app = try Harness(headlines: true)
        XCTAssertEqual(app.state.partial.count, 9)
        XCTAssertTrue(app.screen.contains("北濠桥社区"), app.screen)
        app.press(.char("j"), .char("j"), .char("j"), .char("j"), .enter, .tab)
        XCTAssertTrue(app.screen.contains("健康教育"), "the plans are there:\n" + app.screen)
        XCTAssertEqual(app.state.partial.count, 8, "only the opened community was read")
    }

    func testEditingFromTheHomeScreenKeepsThePlansAndActivities() throws {
        let app = try Harness(headlines: true)
        let before = try XCTUnwrap(app.onDisk.first { $0.id == "c-demo05" })
        app.press(.char("e"), .ctrl("u")).type("北濠桥新社区").press(.ctrl("s"))
        let after = try XCTUnwrap(app.onDisk.first { $0.id == "c-demo05" })
        XCTAssertEqual(after.name, "北濠桥新社区")
        XCTAssertEqual(after.plans, before.plans)
        XCTAssertEqual(after.activities, before.activities)
        XCTAssertEqual(after.checklists, before.checklists)
    }

    func testDeletingAndUndoingFromTheHomeScreenBringsBackTheWholeRecord() throws {
        let app = try Harness(headlines: true)
        let before = try XCTUnwrap(app.onDisk.first { $0.id == "c-demo05" })
        app.press(.char("d"), .char("y"), .char("u"))
        XCTAssertEqual(app.onDisk.first { $0.id == "c-demo05" }?.activities, before.activities)
    }

    func testReviewsFillsInFromTheBackground() throws {
        let app = try Harness(role: .supervisor, headlines: true)
        XCTAssertEqual(app.state.partial, [], "every community was read in the background")
        XCTAssertTrue(app.screen.contains("新城桥街道    1/3"), app.screen)
        XCTAssertTrue(app.screen.contains("德民社区"), "the queue lists what waits:\n" + app.screen)
        XCTAssertFalse(app.screen.contains("正在读取"), app.screen)
        app.press(.char("a"), .char("y"))
        XCTAssertTrue(app.screen.contains("城东街道      1/3"), "approving works on what was read:\n" + app.screen)
    }

    func testFilteringByAContactNeedsNoFile() throws {
        let app = try Harness(headlines: true)
        app.press(.char("/")).type("陈志刚")
        XCTAssertTrue(app.screen.contains("濠景园社区"), app.screen)
        XCTAssertEqual(app.state.partial.count, 9)
    }

    func testExportingEverythingReadsEveryFileFirst() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-h-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = try Harness(exportFolder: folder.path, headlines: true)
        app.press(.char("x"))
        XCTAssertEqual(app.state.partial, [])
        app.press(.tab, .left, .ctrl("s"))
        let exported = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        let text = try String(contentsOf: folder.appendingPathComponent(try XCTUnwrap(exported.first)), encoding: .utf8)
        XCTAssertTrue(text.contains("“居民健康知识知晓率”"), "the plans are in the summary")
    }
}
