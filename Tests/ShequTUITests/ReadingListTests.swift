import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// A rate task's readings are a list on its detail: corrected with Enter,
/// deleted with d, added with n or m; a reading outside the plan's year is
/// pointed out (issue 12).
final class ReadingListTests: XCTestCase {
    private func harness() throws -> Harness {
        try Harness(sample: false) { directory in
            let task = PlanTask(
                id: "t-1", title: "健康知识知晓率", target: Target(kind: .rate, value: 85),
                measurements: [
                    RateReading(date: LocalDate(year: 2025, month: 3, day: 1)!, percent: 70, notes: "春季问卷"),
                    RateReading(date: LocalDate(year: 2025, month: 6, day: 1)!, percent: 80, notes: "夏季问卷"),
                ])
            let plan = Plan(id: "p-1", year: 2025, title: "2025年健康教育工作计划", category: .health, tasks: [task])
            try? CommunityStore(root: directory).save(Community(id: "c-1", name: "阜新街社区", plans: [plan]))
        }
    }

    private func readings(_ app: Harness) -> [RateReading] {
        app.onDisk.first?.plans.first?.tasks.first?.measurements ?? []
    }

    func testAReadingIsSelectedCorrectedAndDeleted() throws {
        let app = try harness()
        app.press(.enter, .tab, .enter, .enter)
        XCTAssertTrue(app.screen.contains("2025-06-01  80%  夏季问卷"), app.screen)
        app.press(.char("j"), .enter)
        XCTAssertTrue(app.screen.contains("修改测评：健康知识知晓率"), app.screen)
        app.press(.tab, .ctrl("u")).type("72").press(.ctrl("s"))
        XCTAssertEqual(readings(app).map(\.percent), [72, 80], "the March reading was corrected, not added")
        XCTAssertEqual(readings(app).first?.notes, "春季问卷")

        app.press(.char("k"), .char("d"))
        XCTAssertTrue(app.screen.contains("2025-06-01"), app.screen)
        app.press(.char("y"))
        XCTAssertEqual(readings(app).map(\.percent), [72])
        XCTAssertTrue(app.screen.contains("72%"), app.screen)
        app.press(.char("u"))
        XCTAssertEqual(readings(app).map(\.percent), [72, 80], "undo brings it back")
    }

    func testAReadingOutsideThePlansYearIsPointedOut() throws {
        let app = try harness()
        app.press(.enter, .tab, .enter, .enter, .char("n"))
        XCTAssertTrue(app.screen.contains("2025-09-15"), app.screen)
        app.press(.ctrl("u")).type("2024-12-20")
        XCTAssertTrue(app.screen.contains("不在计划年度2025年内，不计入"), app.screen)
        app.press(.tab).type("90").press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("注意：不在计划年度2025年内"), app.screen)
        XCTAssertEqual(readings(app).count, 3, "a warning refuses nothing")
        XCTAssertTrue(app.screen.contains("2024-12-20  90%    (不在计划年度2025年内，不计入)"), app.screen)
        XCTAssertTrue(app.screen.contains("80%"), "the latest reading of the year still counts")
    }

    func testATaskThatTakesNoReadingsRefusesTheReadingKeys() throws {
        let app = try Harness(sample: false) { directory in
            let task = PlanTask(id: "t-1", title: "健康讲座", target: Target(kind: .sessions, value: 4))
            let plan = Plan(id: "p-1", year: 2025, title: "2025年健康教育工作计划", category: .health, tasks: [task])
            try? CommunityStore(root: directory).save(Community(id: "c-1", name: "阜新街社区", plans: [plan]))
        }
        app.press(.enter, .tab, .enter, .enter, .char("d"))
        XCTAssertTrue(app.screen.contains("只有比率目标可以记录测评"), app.screen)
        XCTAssertEqual(app.onDisk.first?.plans.first?.tasks.count, 1)
    }
}
