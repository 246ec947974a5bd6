import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore

/// A supervisor's decisions are signed; what a signature shows after the
/// file is edited, stripped, forged or written by an older Shequ.
final class ApprovalSignatureTests: XCTestCase {
    private let time = Date(timeIntervalSince1970: 1_750_000_000.75)
    private let clerk = Actor(role: .clerk, name: "填报员")
    private let supervisor = Actor(role: .supervisor, name: "王秀英", signer: ReviewSigner.sample)
    private let trusted = TrustedReviewers([SampleStreet.reviewer])

    private func approved() throws -> Checklist {
        let draft = Checklist(
            id: "k", templateID: "t", title: "考评", period: "2025年", scored: false, threshold: 100,
            items: [ChecklistItem(id: "i", group: "组", text: "项", weight: 1, result: .pass, evidence: "照片")])
        let submitted = try ChecklistWorkflow.submit(draft, by: clerk, at: time).get()
        return try ChecklistWorkflow.approve(submitted, in: "c-a", by: supervisor, comment: "同意", at: time).get()
    }

    private func status(_ checklist: Checklist) -> ApprovalSignature.Status? {
        ApprovalSignature.approvalStatus(of: checklist, communityID: "c-a", trusted: trusted)
    }

    func testASignedApprovalSurvivesTheFileAndShowsTheTrustedName() throws {
        let community = Community(id: "c-a", name: "甲", checklists: [try approved()])
        let reread = try CommunityFile.decode(try CommunityFile.encode(community)).community
        XCTAssertEqual(status(reread.checklists[0]), .valid(reviewer: "街道 王秀英"), "the name comes from reviewers/")
        XCTAssertEqual(status(reread.checklists[0])?.label.en, "approved by 街道 王秀英 (signature valid)")
    }

    func testEveryEditAfterSigningBreaksIt() throws {
        let original = try approved()
        var edits: [(String, (inout Checklist) -> Void)] = [
            ("evidence", { $0.items[0].evidence = "后来改的" }),
            ("result", { $0.items[0].result = .notApplicable }),
            ("threshold", { $0.threshold = 50 }),
            ("comment", { $0.reviews[1].comment = "不同意" }),
            ("reviewer", { $0.reviews[1].reviewer = "别人" }),
            ("time", { $0.reviews[1].time.addTimeInterval(1) }),
        ]
        edits.append(("a forged signature", { $0.reviews[1].signature = String(repeating: "A", count: 88) }))
        for (what, edit) in edits {
            var changed = original
            edit(&changed)
            XCTAssertEqual(status(changed), .invalid, what)
        }
    }

    func testWithoutASignatureItIsUnsignedAndAnOldDigestIsLegacy() throws {
        var stripped = try approved()
        stripped.reviews[1].signature = nil
        XCTAssertEqual(status(stripped), .unsigned)
        stripped.reviews[1].signedBy = nil
        stripped.reviews[1].digest = String(repeating: "0", count: 64)
        XCTAssertEqual(status(stripped), .legacy)
        XCTAssertEqual(status(stripped)?.label.en, "unsigned (legacy)")
        let community = Community(id: "c-a", name: "甲", checklists: [stripped])
        XCTAssertFalse(ChecklistEvaluation.isAttained(stripped, communityID: "c-a", trusted: trusted))
        XCTAssertEqual(CommunityRules.problems(community, trusted: trusted), [], "legacy is a note, not a problem")
    }

    func testReturnsAndReopeningsAreSignedToo() throws {
        let reopened = try ChecklistWorkflow.reopen(try approved(), in: "c-a", by: supervisor, comment: "复查", at: time)
            .get()
        let last = try XCTUnwrap(reopened.reviews.last)
        XCTAssertEqual(
            ApprovalSignature.status(of: last, on: reopened, communityID: "c-a", trusted: trusted),
            .valid(reviewer: "街道 王秀英"))
        XCTAssertNil(reopened.reviews[0].signature, "a clerk's submission is not signed")
    }

    func testAKeyIsMadeOnceWithMode0600AndReadBack() throws {
        let directory = TestDirectory()
        let file = directory.url.appendingPathComponent("config/signing-key")
        let first = try ReviewSigner.loadOrCreate(at: file).get()
        let again = try ReviewSigner.loadOrCreate(at: file).get()
        XCTAssertEqual(first, again)
        let mode = try FileManager.default.attributesOfItem(atPath: file.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
        XCTAssertTrue(TrustedReviewers.isPublicKey(first.publicKeyText))
        directory.write("not a key", to: "config/other-key")
        XCTAssertThrowsError(
            try ReviewSigner.loadOrCreate(at: directory.url.appendingPathComponent("config/other-key")).get())
    }

    func testTrustedReviewerFilesAreReadAndBadOnesReported() {
        let directory = TestDirectory()
        let (name, text) = TrustedReviewers.file(for: SampleStreet.reviewer)
        directory.write(text, to: "reviewers/" + name)
        directory.write("name = \"李\"\nkey = \"short\"\n", to: "reviewers/bad.toml")
        let loaded = TrustedReviewers.load(dataDirectory: directory.url)
        XCTAssertEqual(loaded.reviewers, [SampleStreet.reviewer])
        XCTAssertEqual(
            loaded.problems.map { $0.line(.en) }, ["reviewers/bad.toml: key: expected an Ed25519 public key in base64"])
    }
}
