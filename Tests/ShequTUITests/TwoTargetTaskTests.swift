import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// "家庭教育培训4场次，培训2000余人次" is one task with two targets, typed
/// in one form, shown and counted together (issue 12).
final class TwoTargetTaskTests: XCTestCase {
    func testATaskWithASessionAndAHeadCountTarget() throws {
        let app = try Harness(sample: false) { directory in
            let plan = Plan(id: "p-1", year: 2025, title: "2025年共驻共建计划", category: .coBuilding)
            try? CommunityStore(root: directory).save(Community(id: "c-1", name: "阜新街社区", plans: [plan]))
        }
        app.press(.enter, .tab, .enter, .char("n")).type("家庭教育培训").press(.tab, .tab, .tab, .right)
        XCTAssertTrue(app.screen.contains("< 场次 >"), app.screen)
        app.press(.tab, .ctrl("u")).type("4").press(.tab).type("场").press(.tab, .right, .right, .right)
        XCTAssertTrue(app.screen.contains("< 人次 >"), app.screen)
        app.press(.tab).type("2000").press(.ctrl("s"))
        let task = try XCTUnwrap(app.onDisk.first?.plans.first?.tasks.first)
        XCTAssertEqual(
            task.targets, [Target(kind: .sessions, value: 4, unit: "场"), Target(kind: .participants, value: 2000)])
        XCTAssertTrue(app.screen.contains("≥4场、≥2000人次"), app.screen)

        // One training of 1 session and 700 people, logged from the task: 1场、700人次, 25% (the lower).
        app.press(.char("a"), .tab).type("家庭教育讲座").press(.tab, .tab, .tab, .ctrl("u")).type("700").press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("1场、700人次"), app.screen)
        XCTAssertTrue(app.screen.contains("25%"), app.screen)
        app.press(.enter)
        XCTAssertTrue(app.screen.contains("≥4场（场次）、≥2000人次"), app.screen)

        // The second target goes when 无 is chosen again.
        app.press(.char("e"), .tab, .tab, .tab, .tab, .tab, .tab, .left, .left, .left, .ctrl("s"))
        XCTAssertNil(app.onDisk.first?.plans.first?.tasks.first?.extraTargets)
    }

    func testHouseholdsAreTypedOnTheActivityAndCountedByAHouseholdTarget() throws {
        let app = try Harness(sample: false) { directory in
            let task = PlanTask(id: "t-1", title: "入户走访困难家庭", target: Target(kind: .households, value: 36))
            let plan = Plan(id: "p-1", year: 2025, title: "2025年关心下一代计划", category: .youthCare, tasks: [task])
            try? CommunityStore(root: directory).save(Community(id: "c-1", name: "阜新街社区", plans: [plan]))
        }
        app.press(.enter, .tab, .enter, .char("a"), .tab).type("入户走访").press(.tab, .tab, .tab, .tab)
        XCTAssertTrue(app.screen.contains("> 入户数"), app.screen)
        app.type("36").press(.ctrl("s"))
        XCTAssertEqual(app.onDisk.first?.activities.first?.households, 36)
        let row = try XCTUnwrap(app.screen.split(separator: "\n").first { $0.contains("入户走访困难家庭") })
        XCTAssertTrue(row.contains("≥36户") && row.contains("已完成"), String(row))
    }
}
