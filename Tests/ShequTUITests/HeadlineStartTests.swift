import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
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
        XCTAssertTrue(app.screen.contains("达标 1/9（11.1%）"), app.screen)
        XCTAssertTrue(app.screen.contains("德民社区"), "the queue lists what waits:\n" + app.screen)
        XCTAssertFalse(app.screen.contains("正在读取"), app.screen)
        app.press(.char("a"), .enter)
        XCTAssertTrue(app.screen.contains("达标 2/9（22.2%）"), "approving works on what was read:\n" + app.screen)
    }

    func testAnUnreadableFileBeyondTheFirstScreenStillGetsTheNotice() throws {
        // The first rows hold 阜新街社区, whose returned checklist is said at once; the broken file sorts last.
        let app = try Harness(firstScreen: 5) { directory in
            FileManager.default.createFile(
                atPath: directory.appendingPathComponent("communities/c-zz-broken.json").path,
                contents: Data("{\"schema\": 1,".utf8))
        }
        XCTAssertTrue(app.screen.contains("1 个数据文件无法读取"), "the whole listing's worse news wins:\n" + app.screen)
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

    /// The program's own start: the first frame from the head of an index
    /// an earlier session wrote, then the whole listing, checked against
    /// the files; keys typed before it arrive act on the whole listing.
    func testTheFirstFrameComesFromTheHeadOfTheIndexAndTheListingFollows() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-head-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = try CommunityStore(root: directory)
        for community in SampleStreet.communities(today: Harness.today) { try writer.save(community) }
        _ = writer.loadHeadlines()  // an earlier session's index
        let file = directory.appendingPathComponent("communities/c-demo05.json")
        try String(contentsOf: file, encoding: .utf8).replacingOccurrences(of: "北濠桥社区", with: "北濠桥新社区")
            .write(to: file, atomically: true, encoding: .utf8)

        let store = try CommunityStore(root: directory, readOnly: true)
        let terminal = MemoryTerminal(columns: 80, rows: 16)
        let actor = Actor(role: .clerk, name: "填报员 李梅")
        let rows = AppState.firstScreenRows(in: terminal.size, for: actor)
        let state = AppState(
            language: .zh, size: terminal.size, access: store.access, dataDirectory: "/data/shequ",
            snapshot: store.firstScreen(rows: rows), isFirstRun: false, actor: actor,
            environment: Harness.environment)
        XCTAssertEqual(state.unlistedTotal, 9)
        XCTAssertEqual(state.communities.count, min(rows, 9))
        XCTAssertEqual(store.filesParsed, 0, "nothing but the index is read for the first frame")
        let runner = AppRunner(state: state, terminal: terminal, store: store)
        runner.start()
        XCTAssertTrue(terminal.screenText.contains("9 个社区"), terminal.screenText)
        XCTAssertTrue(terminal.screenText.contains("北濠桥社区"), "as the index had it:\n" + terminal.screenText)

        terminal.feed(keys: [.char("/")])
        terminal.type("新社区")
        runner.run()
        XCTAssertNil(runner.state.unlistedTotal)
        XCTAssertEqual(store.filesParsed, 1, "only the file changed since the index was read")
        XCTAssertTrue(terminal.screenText.contains("北濠桥新社区"), "the listing checked the file:\n" + terminal.screenText)
        XCTAssertFalse(terminal.screenText.contains("城东社区"), "the filter typed ahead applied:\n" + terminal.screenText)
    }

    /// A reviewer's first screen is Reviews: it reads no headline, and says
    /// it is reading rather than that nothing waits.
    func testAReviewersFirstFrameSaysItIsReading() throws {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-head-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: directory) }
        let writer = try CommunityStore(root: directory)
        try writer.trust(SampleStreet.reviewer)
        for community in SampleStreet.communities(today: Harness.today) { try writer.save(community) }
        _ = writer.loadHeadlines()
        let store = try CommunityStore(root: directory, readOnly: true)
        let terminal = MemoryTerminal(columns: 80, rows: 24)
        let actor = Actor(role: .supervisor, name: "街道 王秀英", signer: ReviewSigner.sample)
        XCTAssertEqual(AppState.firstScreenRows(in: terminal.size, for: actor), 0)
        var state = AppState(
            language: .zh, size: terminal.size, access: store.access, dataDirectory: "/data/shequ",
            snapshot: store.firstScreen(rows: 0), isFirstRun: false, actor: actor, environment: Harness.environment)
        state.trusted = store.trustedReviewers()
        let runner = AppRunner(state: state, terminal: terminal, store: store)
        runner.start()
        XCTAssertTrue(terminal.screenText.contains("（正在读取 0/9）"), terminal.screenText)
        XCTAssertFalse(terminal.screenText.contains("没有待审核"), terminal.screenText)
        runner.run()
        XCTAssertFalse(terminal.screenText.contains("正在读取"), terminal.screenText)
        XCTAssertTrue(terminal.screenText.contains("德民社区"), "the queue filled in:\n" + terminal.screenText)
    }
}
