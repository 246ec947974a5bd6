import Foundation
import ShequText
import XCTest

@testable import ShequDomain

/// Each signed decision signs the trail before it, so a trail can only grow:
/// a copy of an old approval appended after a reopening, or a reopening
/// moved before the approval, no longer counts and is reported.
final class ReviewChainTests: XCTestCase {
    private let supervisor = Actor(
        role: .supervisor, name: "街道审核员", signer: ReviewSigner(raw: Data(repeating: 8, count: 32)))
    private var trusted: TrustedReviewers {
        TrustedReviewers([.init(name: "街道审核员", key: supervisor.signer!.publicKeyText)])
    }
    private let now = Date(timeIntervalSince1970: 1_757_916_000)

    /// A submitted checklist of the sample, approved and then reopened.
    private func approvedThenReopened() throws -> (Community, approved: Checklist, reopened: Checklist) {
        let community = try XCTUnwrap(
            SampleStreet.communities(today: LocalDate(year: 2025, month: 9, day: 15)!).first {
                $0.checklists.contains { $0.state == .submitted }
            })
        let submitted = try XCTUnwrap(community.checklists.first { $0.state == .submitted })
        let approved = try ChecklistWorkflow.approve(submitted, in: community.id, by: supervisor, comment: "", at: now)
            .get()
        let reopened = try ChecklistWorkflow.reopen(
            approved, in: community.id, by: supervisor, comment: "台账需补充", at: now.addingTimeInterval(60)
        ).get()
        return (community, approved, reopened)
    }

    private func status(_ checklist: Checklist, _ community: Community) -> ApprovalSignature.Status? {
        ApprovalSignature.approvalStatus(of: checklist, communityID: community.id, trusted: trusted)
    }

    func testAnHonestTrailOfApprovalReopeningAndApprovalVerifies() throws {
        let (community, _, reopened) = try approvedThenReopened()
        var again = reopened
        again.state = .submitted
        again.reviews.append(Review(time: now.addingTimeInterval(120), reviewer: "填报员", decision: .submitted))
        let approved = try ChecklistWorkflow.approve(
            again, in: community.id, by: supervisor, comment: "", at: now.addingTimeInterval(180)
        ).get()
        XCTAssertEqual(status(approved, community), .valid(reviewer: "街道审核员"))
        XCTAssertNotNil(approved.reviews.last?.previous, "the decision names the trail before it")
        for review in approved.reviews where review.signature != nil {
            XCTAssertEqual(
                ApprovalSignature.status(of: review, on: approved, communityID: community.id, trusted: trusted),
                .valid(reviewer: "街道审核员"))
        }
    }

    func testACopyOfTheOldApprovalAppendedAfterTheReopeningDoesNotCount() throws {
        let (community, approved, reopened) = try approvedThenReopened()
        var forged = reopened
        forged.reviews.append(try XCTUnwrap(approved.reviews.last))
        forged.state = .approved
        XCTAssertEqual(status(forged, community), .outOfPlace)
        XCTAssertFalse(ChecklistEvaluation.isAttained(forged, communityID: community.id, trusted: trusted))
        var withCommunity = community
        withCommunity.checklists = [forged]
        XCTAssertFalse(CommunityRules.problems(withCommunity, trusted: trusted).isEmpty, "and check reports it")
    }

    func testAReopeningMovedBeforeTheApprovalBreaksTheApproval() throws {
        let (community, _, reopened) = try approvedThenReopened()
        var forged = reopened
        forged.reviews.swapAt(forged.reviews.count - 1, forged.reviews.count - 2)
        forged.state = .approved
        XCTAssertEqual(status(forged, community), .outOfPlace)
        var withCommunity = community
        withCommunity.checklists = [forged]
        let problems = CommunityRules.problems(withCommunity, trusted: trusted).map(\.message.zh)
        XCTAssertTrue(problems.contains { $0.contains("签名不在原位") }, "\(problems)")
    }

    func testAnEntryRemovedBeforeASignedDecisionBreaksIt() throws {
        let (community, _, reopened) = try approvedThenReopened()
        var forged = reopened
        forged.reviews.remove(at: 0)
        let reopening = try XCTUnwrap(forged.reviews.last)
        XCTAssertEqual(
            ApprovalSignature.status(of: reopening, on: forged, communityID: community.id, trusted: trusted),
            .outOfPlace)
    }

    func testAClockMoreThanADayBehindTheTrailDoesNotSign() throws {
        let (community, approved, _) = try approvedThenReopened()
        let behind = ChecklistWorkflow.reopen(
            approved, in: community.id, by: supervisor, comment: "台账需补充", at: now.addingTimeInterval(-2 * 86_400))
        XCTAssertEqual(behind, .failure(ChecklistWorkflow.Refusal([L.clockBehindTrail])))
    }

    func testTheCommunitysNameIsSignedSoRenamingItAfterwardsShows() throws {
        let community = try XCTUnwrap(
            SampleStreet.communities(today: LocalDate(year: 2025, month: 9, day: 15)!).first {
                $0.checklists.contains { $0.state == .submitted }
            })
        let submitted = try XCTUnwrap(community.checklists.first { $0.state == .submitted })
        let approved = try ChecklistWorkflow.decide(
            .approve, submitted, in: community.id, named: community.name, by: supervisor, comment: "", at: now
        ).get()
        func status(_ checklist: Checklist, _ name: String) -> ApprovalSignature.Status? {
            ApprovalSignature.approvalStatus(of: checklist, communityID: community.id, name: name, trusted: trusted)
        }
        XCTAssertEqual(status(approved, community.name), .valid(reviewer: "街道审核员"))
        XCTAssertEqual(status(approved, "改名后的社区"), .invalid, "renamed after the approval")
        var forged = approved
        forged.reviews[forged.reviews.count - 1].communityName = "改名后的社区"
        XCTAssertEqual(status(forged, "改名后的社区"), .invalid, "and the signed name cannot be edited to match")
        var renamed = community
        renamed.name = "改名后的社区"
        renamed.checklists = [approved]
        XCTAssertFalse(CommunityRules.problems(renamed, trusted: trusted).isEmpty, "check reports it")
    }

    func testAChecklistApprovedInNameWithAReopeningAfterTheApprovalDoesNotCount() throws {
        let (community, _, reopened) = try approvedThenReopened()
        var merged = reopened
        merged.state = .approved  // one side's state, both sides' trails
        XCTAssertEqual(status(merged, community), .outOfPlace)
        XCTAssertFalse(ChecklistEvaluation.isAttained(merged, communityID: community.id, trusted: trusted))
    }
}
