import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// A hand-edited file with absurd figures opens on every screen without
/// trapping (it used to crash the Plans tab, the Plan screen and the ledger).
final class ExtremeFiguresScreenTests: XCTestCase {
    func testEveryScreenOfAnAbsurdCommunityDraws() throws {
        let day = LocalDate(year: 2025, month: 3, day: 1)!
        let tasks = [
            PlanTask(id: "t-tiny", title: "极小目标", target: Target(kind: .sessions, value: 1e-300)),
            PlanTask(
                id: "t-rate", title: "知晓率", target: Target(kind: .rate, value: 97),
                measurements: [RateReading(date: day, percent: 1e300)]),
            PlanTask(id: "t-money", title: "经费", target: Target(kind: .amountPerResident, value: 1)),
            PlanTask(
                id: "t-months", title: "怪月份", target: Target(kind: .sessions, value: 2),
                recurrence: Recurrence(period: .month, months: [0, 13, -7])),
        ]
        let activities = (0..<2).map {
            Activity(
                id: "a-\($0)", date: day, title: "巨量", kind: .lecture, sessions: .max, participants: .max,
                amount: 1e308, taskIDs: tasks.map(\.id))
        }
        let community = Community(
            id: "c-aaaa", name: "阿极端社区", population: 1,
            plans: [
                Plan(id: "p-1", year: 2025, title: "计划", category: .health, tasks: tasks),
                Plan(id: "p-2", year: 10_000, title: "万年", category: .other, tasks: [tasks[3]]),
            ],
            activities: activities)
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-extreme-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = try Harness(sample: false, exportFolder: folder.path) { directory in
            let files = directory.appendingPathComponent("communities")
            try? FileManager.default.createDirectory(at: files, withIntermediateDirectories: true)
            try? CommunityFile.encode(community).write(to: files.appendingPathComponent("c-aaaa.json"))
        }
        XCTAssertTrue(app.screen.contains("阿极端社区"), app.screen)
        app.press(.enter, .tab)  // Plans
        XCTAssertTrue(app.screen.contains("万年"), app.screen)  // year 10000 sorts first
        app.press(.char("j"), .enter)  // the 2025 plan
        XCTAssertTrue(app.screen.contains("极小目标"), app.screen)
        for _ in 0..<4 { app.press(.enter, .escape, .char("j")) }  // every task's detail
        app.press(.escape, .tab)  // the ledger, with its totals and chart
        XCTAssertTrue(app.screen.contains("巨量"), app.screen)
        app.press(.tab, .tab, .tab)
        app.press(.escape, .char("x"), .ctrl("s"))  // and the export dialog's default export
        let written = try FileManager.default.contentsOfDirectory(atPath: folder.path)
        XCTAssertEqual(written.count, 1, app.screen)
    }
}
