import Foundation
import ShequDomain
import ShequStore
import ShequSync
import XCTest

@testable import ShequTUI

/// A sync that hangs on the network is stopped with Esc: nothing is taken
/// in or sent, the changes stay to be sent next time, and the title no
/// longer says it syncs. In a directory set up for sync, the welcome
/// screen offers a sync, never the sample street.
final class SyncCancelTests: XCTestCase {
    func testEscCancelsARunningSyncAndNothingIsSent() throws {
        let remote = MemorySync.Remote()
        let app = try Harness(
            sync: true,
            sharing: { directory in
                let sync = MemorySync(root: directory, remote: remote, author: "填报员 李梅")
                // The remote takes its time: long enough for Esc to arrive while the sync waits on it.
                sync.whileExchanging = { usleep(600_000) }
                return sync
            })
        XCTAssertTrue(app.screen.contains("s 同步"), app.screen)
        app.terminal.feed(keys: [.char("s"), .escape])
        app.press()
        XCTAssertTrue(app.screen.contains("同步已取消"), app.screen)
        XCTAssertEqual(app.state.sync?.running, false)
        XCTAssertTrue(remote.sent.isEmpty, "nothing was sent")
        XCTAssertFalse(app.state.isQuitting, "Esc stopped the sync, not the program")
    }

    func testTheTitleSaysEscCancelsWhileASyncRuns() throws {
        var state = try Harness(sync: true).state
        state.sync?.running = true
        XCTAssertEqual(state.sync?.summary(.zh, zone: .current), "同步中…（Esc 取消）")
    }

    func testTheWelcomeScreenOfASharedDirectoryOffersASyncNotTheSample() throws {
        let remote = MemorySync.Remote()
        let app = try Harness(
            sample: false, sync: true,
            sharing: { MemorySync(root: $0, remote: remote, author: "填报员 李梅") })
        XCTAssertTrue(app.screen.contains("同步，取得街道共享的社区"), app.screen)
        XCTAssertFalse(app.screen.contains("载入示例街道"), app.screen)
        app.press(.char("s"))
        XCTAssertTrue(app.onDisk.isEmpty, "no sample street was written to be sent")
        XCTAssertTrue(remote.sent.isEmpty)
        XCTAssertTrue(app.screen.contains("同步完成"), app.screen)
    }
}
