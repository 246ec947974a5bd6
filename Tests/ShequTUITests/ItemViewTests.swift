import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// A supervisor reads any item in full — its text, evidence and
/// rectification wrapped and scrolled — rather than being told that
/// supervisors may not edit (issue 13).
final class ItemViewTests: XCTestCase {
    private let evidence = String(repeating: "五老名册、活动照片和签到表均已归档，", count: 6) + "详见台账第三册。"

    private func harness(role: UserRole) throws -> Harness {
        try Harness(columns: 60, rows: 16, sample: false, role: role) { directory in
            var checklist = BuiltInTemplates.fiveGood.instantiate(id: "k-1", period: "2025年", language: .zh)
            for index in checklist.items.indices { checklist.items[index].result = .pass }
            checklist.items[0].result = .fail
            checklist.items[0].evidence = self.evidence
            checklist.items[0].rectification = Rectification(
                action: "补齐关工委会议记录并报街道复查", owner: "社区书记", due: LocalDate(year: 2025, month: 12, day: 31)!)
            checklist.state = .submitted
            checklist.reviews = [
                Review(time: Date(timeIntervalSince1970: 1_750_000_000), reviewer: "李梅", decision: .submitted)
            ]
            try? CommunityStore(root: directory).save(
                Community(id: "c-1", name: "阜新街社区", street: "阜新街街道", checklists: [checklist]))
        }
    }

    func testASupervisorOpensAFailedItemAndReadsItAllByScrolling() throws {
        let app = try harness(role: .supervisor)
        app.press(.enter)  // the checklist from the queue
        app.press(.enter)  // its first item
        XCTAssertFalse(app.screen.contains("审核人员只能审核"), app.screen)
        XCTAssertTrue(app.screen.contains("佐证材料"), app.screen)
        XCTAssertTrue(app.screen.contains("不合格"), app.screen)
        let shown = app.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        XCTAssertTrue(shown.contains("五老名册、活动照片和签到表均已归档"), app.screen)
        app.press(.char("G"))
        let end = app.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        XCTAssertTrue(end.contains("补齐关工委会议记录并报街道复查"), "the rectification, after scrolling:\n" + app.screen)
        XCTAssertTrue(end.contains("2025-12-31"), app.screen)
        XCTAssertTrue(end.contains("详见台账第三册。"), "the evidence's end:\n" + app.screen)
        app.press(.escape)
        guard case .checklist = app.state.pages.last else { return XCTFail("Esc goes back to the checklist") }
    }

    func testOnASubmittedChecklistEnterReadsTheItemForAClerkToo() throws {
        let app = try harness(role: .clerk)
        app.press(.enter, .tab, .tab, .tab, .enter)  // 阜新街社区, its Checklists tab, the checklist (submitted)
        app.press(.enter)
        guard case .item = app.state.pages.last else { return XCTFail("a submitted checklist is read, not edited") }
    }
}
