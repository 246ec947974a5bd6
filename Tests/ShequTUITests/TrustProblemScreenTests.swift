import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// The Reviews screen says when whom the street trusts is in doubt, before
/// any figure that depends on it: a clerk's own key file beside the roster,
/// or a shared directory with no root pinned.
final class TrustProblemScreenTests: XCTestCase {
    func testASharedDirectoryWithNoPinnedRootSaysSoOnReviews() throws {
        let app = try Harness(role: .supervisor) { directory in
            try? FileManager.default.createDirectory(
                at: directory.appendingPathComponent(".git"), withIntermediateDirectories: true)
        }
        XCTAssertTrue(app.screen.contains("检查表审核"), app.screen)
        XCTAssertTrue(app.screen.contains("信任有误"), "the attainment line gives way to the problem:\n" + app.screen)
        XCTAssertFalse(app.screen.contains("达标"), app.screen)
    }

    func testAnUnsharedDirectoryShowsTheAttainmentAsBefore() throws {
        let app = try Harness(role: .supervisor)
        XCTAssertFalse(app.screen.contains("信任有误"), app.screen)
        XCTAssertTrue(app.screen.contains("达标"), app.screen)
    }
}
