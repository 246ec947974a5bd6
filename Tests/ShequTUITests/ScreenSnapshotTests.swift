import SnapshotTesting
import XCTest

@testable import ShequDomain
@testable import ShequTUI
@testable import ShequText

/// Every screen rendered into the in-memory terminal with the Chinese sample
/// data at 60×16, 80×24 and 120×40, compared with the text in __Snapshots__;
/// for the home, Plan, Checklist and Reviews screens also the colour role of
/// every cell (`roleMap`), so that a lost highlight or an overdue task in the
/// normal colour fails. Run with SNAPSHOT_TESTING_RECORD=all to rewrite them
/// after a deliberate change.
final class ScreenSnapshotTests: XCTestCase {
    static let sizes = [(60, 16), (80, 24), (120, 40)]

    /// Checks the screen at every size, after the same keys.
    private func assertScreens(
        _ name: String, language: Language = .zh, sample: Bool = true, role: UserRole = .clerk, keys: [Key] = [],
        text: String = "", more: [Key] = [], withRoles: Bool = false, file: StaticString = #filePath,
        testName: String = #function, line: UInt = #line
    ) throws {
        for (columns, rows) in Self.sizes {
            let harness = try Harness(columns: columns, rows: rows, language: language, sample: sample, role: role)
            harness.terminal.feed(keys: keys)
            harness.terminal.type(text)
            harness.terminal.feed(keys: more)
            harness.runner.run()
            let roles = withRoles ? "\n\n" + Self.roleMap(try XCTUnwrap(harness.terminal.lastFrame)) : ""
            assertSnapshot(
                of: harness.screen + roles, as: .lines, named: "\(name)-\(columns)x\(rows)", file: file,
                testName: testName, line: line)
            assertFitsInCells(harness, file: file, line: line)
        }
    }

    /// The letter each role is shown with in a role map.
    static let roleLetters: [Role: Character] = [
        .normal: ".", .title: "T", .tab: "b", .header: "H", .selected: "S", .status: "s", .key: "k", .ok: "o",
        .warn: "w", .fail: "f", .progress: "p", .dim: "d", .input: "i",
    ]

    /// The frame's colour roles, one letter per cell (both cells of a wide character).
    static func roleMap(_ frame: ScreenBuffer) -> String {
        (0..<frame.size.rows).map { row in
            String((0..<frame.size.columns).map { roleLetters[frame[$0, row].role] ?? "?" })
        }.joined(separator: "\n")
    }

    /// No row of the frame is wider than the terminal.
    private func assertFitsInCells(_ harness: Harness, file: StaticString, line: UInt) {
        for row in harness.screen.split(separator: "\n", omittingEmptySubsequences: false) {
            XCTAssertLessThanOrEqual(
                DisplayWidth.of(row), harness.terminal.size.columns, String(row), file: file, line: line)
        }
    }

    func testHome() throws {
        try assertScreens("home", withRoles: true)
    }

    func testHomeInEnglish() throws {
        try assertScreens("home-en", language: .en)
    }

    func testHomeFilteredByChineseText() throws {
        try assertScreens("home-filter", keys: [.char("/")], text: "城东")
    }

    func testHomeSortedByPopulation() throws {
        try assertScreens("home-sort", keys: [.char("o"), .char("o")])
    }

    func testHelp() throws {
        try assertScreens("help", keys: [.char("?")])
    }

    func testCommunityOverview() throws {
        try assertScreens("overview", keys: [.char("j"), .char("j"), .char("j"), .char("j"), .enter])
    }

    static let openHaojingyuan: [Key] = [.char("j"), .char("j"), .char("j"), .char("j"), .enter]

    func testPlansTab() throws {
        try assertScreens("plans-tab", keys: Self.openHaojingyuan + [.tab])
    }

    func testPlan() throws {
        try assertScreens("plan", keys: Self.openHaojingyuan + [.tab, .enter], withRoles: true)
    }

    func testPlanInEnglish() throws {
        try assertScreens("plan-en", language: .en, keys: Self.openHaojingyuan + [.tab, .enter])
    }

    func testTaskDetail() throws {
        try assertScreens("task", keys: Self.openHaojingyuan + [.tab, .enter, .char("j"), .char("j"), .enter])
    }

    func testRateTaskDetailWithReadings() throws {
        try assertScreens(
            "task-rate",
            keys: Self.openHaojingyuan + [.tab, .enter, .char("j"), .char("j"), .char("j"), .char("j"), .enter])
    }

    func testActivitiesTab() throws {
        try assertScreens("activities", keys: Self.openHaojingyuan + [.tab, .tab])
    }

    func testActivityForm() throws {
        try assertScreens("activity-form", keys: Self.openHaojingyuan + [.tab, .enter, .char("j"), .char("a")])
    }

    func testTaskFormForARate() throws {
        try assertScreens(
            "task-form",
            keys: Self.openHaojingyuan + [.tab, .enter, .char("j"), .char("j"), .char("j"), .char("j"), .char("e")])
    }

    func testChecklistsTab() throws {
        try assertScreens("checklists-tab", keys: Self.openHaojingyuan + [.backTab])
    }

    func testChecklistFailingOnAVeto() throws {
        try assertScreens("checklist-veto", keys: [.enter, .backTab, .enter], withRoles: true)
    }

    func testReviewsForASupervisor() throws {
        try assertScreens("reviews", role: .supervisor, withRoles: true)
    }

    func testReviewsReturnedQueue() throws {
        try assertScreens("reviews-returned", role: .supervisor, keys: [.tab], withRoles: true)
    }

    func testAttainmentMatrix() throws {
        try assertScreens("attainment", role: .supervisor, keys: [.char("M")], withRoles: true)
    }

    func testBatchApprovalForm() throws {
        try assertScreens("approve-batch", role: .supervisor, keys: [.char(" "), .char(" "), .char("a")])
    }

    func testItemReadInFull() throws {
        // 濠景园社区's health check, its failed item 居民健康知识知晓率 with the rectification.
        try assertScreens(
            "item-view", role: .supervisor,
            keys: [.char("j"), .enter] + Array(repeating: .char("j"), count: 6) + [.enter])
    }

    func testCopyPlanForm() throws {
        try assertScreens("copy-plan", keys: Self.openHaojingyuan + [.tab, .char("c")])
    }

    func testFormWithAnError() throws {
        try assertScreens(
            "form-error", keys: [.char("n")], text: "和平里社区",
            more: [.tab, .tab, .tab, .char("-"), .char("5"), .ctrl("s")])
    }

    func testEditForm() throws {
        try assertScreens("form-edit", keys: [.char("e")])
    }

    func testDeletePrompt() throws {
        try assertScreens("delete-prompt", keys: [.char("d")])
    }

    func testWelcome() throws {
        try assertScreens("welcome", sample: false)
    }

    func testWelcomeInEnglish() throws {
        try assertScreens("welcome-en", language: .en, sample: false)
    }

    func testTooSmall() throws {
        let harness = try Harness(columns: 40, rows: 10)
        assertSnapshot(of: harness.screen, as: .lines, named: "40x10")
    }
}
