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

    func testARateWithNoReadingYetShowsADashNotZero() throws {
        let app = try Harness(sample: false) { directory in
            let rate = PlanTask(id: "t-1", title: "健康知识知晓率", target: Target(kind: .rate, value: 85))
            let read = PlanTask(
                id: "t-2", title: "行为形成率", target: Target(kind: .rate, value: 70),
                measurements: [RateReading(date: LocalDate(year: 2025, month: 6, day: 1)!, percent: 35)])
            let plan = Plan(id: "p-1", year: 2025, title: "健康教育计划", category: .health, tasks: [rate, read])
            try? CommunityStore(root: directory).save(Community(id: "c-1", name: "阜新街社区", plans: [plan]))
        }
        app.press(.enter, .tab, .enter)
        let rows = app.screen.split(separator: "\n")
        let unread = try XCTUnwrap(rows.first { $0.contains("健康知识知晓率") })
        XCTAssertTrue(unread.contains("—"), String(unread))
        XCTAssertFalse(unread.contains("0%"), String(unread))
        let read = try XCTUnwrap(rows.first { $0.contains("行为形成率") })
        XCTAssertTrue(read.contains("35%"), String(read))
        app.press(.enter)
        XCTAssertTrue(app.screen.contains("健康知识知晓率"), app.screen)
        XCTAssertFalse(app.screen.contains("(0%)"), app.screen)
    }
}
