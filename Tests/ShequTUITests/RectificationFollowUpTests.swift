import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// After approval a clerk records a rectification as done — beside the
/// signed content, so the approval still holds — and the street office
/// verifies it from its queue; past-due ones wait in their own (issue 13).
final class RectificationFollowUpTests: XCTestCase {
    private static let supervisor = Actor(role: .supervisor, name: "街道 王秀英", signer: ReviewSigner.sample)

    /// 阜新街社区's approved 五好 checklist: one item failed, its rectification due `due`.
    private func harness(role: UserRole, due: LocalDate = LocalDate(year: 2025, month: 12, day: 31)!) throws -> Harness
    {
        try Harness(sample: false, role: role) { directory in
            let store = try? CommunityStore(root: directory)
            try? store?.trust(SampleStreet.reviewer)
            var checklist = BuiltInTemplates.fiveGood.instantiate(id: "k-1", period: "2025年", language: .zh)
            for index in checklist.items.indices { checklist.items[index].result = .pass }
            checklist.items[1].result = .fail
            checklist.items[1].rectification = Rectification(action: "补齐五老名册", owner: "社区书记", due: due)
            checklist.state = .submitted
            let time = Date(timeIntervalSince1970: 1_750_000_000)
            if case .success(let approved) = ChecklistWorkflow.approve(
                checklist, in: "c-1", by: Self.supervisor, comment: "", at: time)
            {
                checklist = approved
            }
            try? store?.save(Community(id: "c-1", name: "阜新街社区", street: "阜新街街道", checklists: [checklist]))
        }
    }

    private func checklist(_ app: Harness) throws -> Checklist {
        try XCTUnwrap(app.onDisk.first?.checklists.first)
    }

    func testAClerkRecordsTheFixAndTheApprovalStillHolds() throws {
        let app = try harness(role: .clerk)
        app.press(.enter, .tab, .tab, .tab, .enter, .char("j"))
        app.press(.char("F"))
        XCTAssertTrue(app.screen.contains("登记整改完成"), app.screen)
        app.press(.ctrl("u")).type("2025-09-10").press(.tab, .ctrl("u")).type("五老名册已补齐")
        app.press(.tab).type("名册扫描件").press(.ctrl("s"))
        let saved = try checklist(app)
        XCTAssertEqual(saved.state, .approved)
        XCTAssertEqual(saved.followUp(of: saved.items[1].id)?.action, "五老名册已补齐")
        XCTAssertEqual(
            ApprovalSignature.approvalStatus(of: saved, communityID: "c-1", trusted: app.state.trusted),
            .valid(reviewer: "街道 王秀英"), "the signed content did not change")
        XCTAssertEqual(ChecklistEvaluation.openRectifications(saved), [], "no longer open")
        XCTAssertTrue(app.screen.contains("已整改·待核实"), app.screen)
        app.press(.char("F"))
        XCTAssertTrue(app.screen.contains("这一项没有待完成的整改"), "once only:\n" + app.screen)
    }

    func testTheStreetOfficeVerifiesFromItsQueue() throws {
        let app = try harness(role: .clerk)
        app.press(.enter, .tab, .tab, .tab, .enter, .char("j"), .char("F"), .tab).type("已补齐").press(.ctrl("s"))
        let supervisor = try Harness(sample: false, role: .supervisor) { directory in
            try? FileManager.default.removeItem(at: directory)
            try? FileManager.default.copyItem(at: app.directory, to: directory)
        }
        for _ in 0..<5 { supervisor.press(.tab) }
        XCTAssertTrue(supervisor.screen.contains("待核实 1"), supervisor.screen)
        XCTAssertTrue(supervisor.screen.contains("1项待核实"), supervisor.screen)
        supervisor.press(.enter, .char("j"), .char("V"))
        let verified = try XCTUnwrap(supervisor.onDisk.first?.checklists.first)
        XCTAssertEqual(verified.followUps?.first?.verifiedBy, "街道 王秀英")
        supervisor.press(.enter)
        XCTAssertTrue(
            supervisor.screen.contains("街道 王秀英  2025-09-15 14:00"), "the view says who and when:\n" + supervisor.screen)
        supervisor.press(.escape, .escape)
        XCTAssertTrue(supervisor.screen.contains("待核实 0"), supervisor.screen)
    }

    func testAFixPastItsDueDateWaitsInTheOverdueQueue() throws {
        let app = try harness(role: .supervisor, due: LocalDate(year: 2025, month: 8, day: 31)!)
        XCTAssertTrue(app.screen.contains("整改逾期 1"), app.screen)
        for _ in 0..<4 { app.press(.tab) }
        XCTAssertTrue(app.screen.contains("2025-08-31"), app.screen)
        XCTAssertTrue(app.screen.contains("1项逾期"), app.screen)
    }
}
