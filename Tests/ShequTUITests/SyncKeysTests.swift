import Foundation
import ShequSync
import XCTest

@testable import ShequTUI

/// The keys a clerk and a supervisor reach for: `s` syncs from the Reviews
/// screen, where supervisors start, as it does from Communities; `H` on
/// Communities shows the selected community's history, as README says.
final class SyncKeysTests: XCTestCase {
    func testSOnTheReviewsScreenSyncs() throws {
        let remote = MemorySync.Remote()
        let app = try Harness(
            role: .supervisor, sync: true,
            sharing: { MemorySync(root: $0, remote: remote, author: "街道 王秀英") })
        app.press(.char("?"))
        XCTAssertTrue(app.screen.contains("同步"), "listed where supervisors start:\n" + app.screen)
        app.press(.escape, .char("s"))
        XCTAssertTrue(app.screen.contains("同步完成"), app.screen)
        XCTAssertFalse(remote.sent.isEmpty, "the street was sent")
    }

    func testHOnCommunitiesShowsTheSelectedCommunitysHistory() throws {
        let remote = MemorySync.Remote()
        let app = try Harness(sync: true, sharing: { MemorySync(root: $0, remote: remote, author: "填报员 李梅") })
        app.press(.char("s"))
        app.press(.char("H"))
        guard case .history(let page)? = app.state.pages.last else { return XCTFail(app.screen) }
        XCTAssertEqual(page.communityID, "c-demo05", "the first row, 北濠桥社区")
        XCTAssertTrue(app.screen.contains("修改历史"), app.screen)
    }

    func testHWithoutSyncSaysWhy() throws {
        let app = try Harness()
        app.press(.char("H"))
        XCTAssertTrue(app.state.pages.isEmpty, "still on Communities")
        XCTAssertTrue(app.screen.contains("尚未设置同步"), app.screen)
    }
}
