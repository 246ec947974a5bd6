import Foundation
import ShequCore
import XCTest

@testable import ShequTUI

/// What got in a clerk's way entering a year by hand (issue 12), each as
/// the clerk met it on the screens.
final class ClerkFrictionTests: XCTestCase {
    func testEscOnTheHomeScreenNeverQuits() throws {
        let app = try Harness()
        app.press(.escape)
        XCTAssertFalse(app.state.isQuitting)
        XCTAssertTrue(app.screen.contains("按 q 退出"), app.screen)
        app.press(.char("/")).type("城东").press(.enter, .escape)
        XCTAssertFalse(app.state.isQuitting, "Esc clears the filter")
        XCTAssertEqual(app.state.home.filter, "")
        app.press(.char("q"))
        XCTAssertTrue(app.state.isQuitting)
    }
}
