import Foundation
import ShequText
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequSync

/// Trust in reviewers comes from the street office's root key pinned on this
/// machine, through the roster it signs: a clerk who writes their own key
/// file, or edits the roster, gains nothing, and is reported.
final class RosterTrustTests: XCTestCase {
    private let directory = TestDirectory()
    private let rootKey = ReviewSigner(raw: Data(repeating: 7, count: 32))!
    private let officeKey = ReviewSigner(raw: Data(repeating: 8, count: 32))!
    private let clerksKey = ReviewSigner(raw: Data(repeating: 9, count: 32))!
    private let now = Date(timeIntervalSince1970: 1_757_916_000)

    private var pinnedRoster: Roster {
        Roster(
            root: "", issued: now, reviewers: [.init(name: "街道审核员", key: officeKey.publicKeyText, user: "office")],
            keepers: [.init(user: "zhao", name: "赵某", communities: ["c-demo06"])]
        ).signed(by: rootKey, at: now)
    }

    /// A shared data directory whose machine pinned the root and holds `roster`.
    private func shared(roster: Roster?) throws -> CommunityStore {
        try FileManager.default.createDirectory(
            at: directory.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        try Roster.pin(Roster.fingerprint(ofKey: rootKey.publicKeyText), in: directory.url)
        let store = try CommunityStore(root: directory.url)
        if let roster { try store.write(roster) }
        return store
    }

    /// A checklist of `community` approved by the holder of `key`, as `name`.
    private func approved(by key: ReviewSigner, as name: String) throws -> (Community, Checklist) {
        let community = try XCTUnwrap(
            SampleStreet.communities(today: LocalDate(year: 2025, month: 9, day: 15)!).first {
                $0.checklists.contains { $0.state == .submitted }
            })
        let checklist = try XCTUnwrap(community.checklists.first { $0.state == .submitted })
        let actor = Actor(role: .supervisor, name: name, signer: key)
        return (
            community, try ChecklistWorkflow.approve(checklist, in: community.id, by: actor, comment: "", at: now).get()
        )
    }

    func testTheRosterTheRootSignedIsTrustedWithItsNames() throws {
        let store = try shared(roster: pinnedRoster)
        let trusted = store.trustedReviewers()
        XCTAssertEqual(trusted.reviewers.map(\.name), ["街道审核员"])
        XCTAssertEqual(trusted.problems, [])
        let (community, checklist) = try approved(by: officeKey, as: "whatever the file says")
        XCTAssertEqual(
            ApprovalSignature.approvalStatus(of: checklist, communityID: community.id, trusted: trusted),
            .valid(reviewer: "街道审核员"), "the name shown is the roster's")
    }

    func testAClerksOwnKeyFileUnderTheReviewersNameCountsForNothingAndIsReported() throws {
        let store = try shared(roster: pinnedRoster)
        // The attack: `shequ reviewers add '街道审核员' <own key>` in the clerk's directory, synced.
        let (name, text) = TrustedReviewers.file(for: .init(name: "街道审核员", key: clerksKey.publicKeyText))
        directory.write(text, to: "reviewers/" + name)
        let trusted = store.trustedReviewers()
        XCTAssertEqual(trusted.reviewers.map(\.key), [officeKey.publicKeyText])
        XCTAssertEqual(trusted.problems.map(\.file), ["reviewers/" + name])
        XCTAssertTrue(trusted.problems[0].problem.message.zh.contains("不在街道签名的名册中"))
        let (community, checklist) = try approved(by: clerksKey, as: "街道审核员")
        XCTAssertEqual(
            ApprovalSignature.approvalStatus(of: checklist, communityID: community.id, trusted: trusted),
            .unknownReviewer)
        XCTAssertFalse(ChecklistEvaluation.isAttained(checklist, communityID: community.id, trusted: trusted))
    }

    func testARosterEditedAfterSigningTrustsNoOne() throws {
        var forged = pinnedRoster
        forged.reviewers.append(.init(name: "街道审核员", key: clerksKey.publicKeyText))
        let store = try shared(roster: forged)
        let trusted = store.trustedReviewers()
        XCTAssertEqual(trusted.reviewers, [])
        XCTAssertEqual(trusted.problems.map(\.problem.message), [L.rosterSignatureInvalid])
    }

    func testTheStreetsLanguageIsSignedWithTheRosterAndWritesTheHistory() throws {
        var roster = pinnedRoster
        roster.language = .zh
        let signed = roster.signed(by: rootKey, at: now)
        let read = try Roster.parse(signed.text).get()
        XCTAssertEqual(read.language, .zh)
        XCTAssertNil(read.refusal(pinned: Roster.fingerprint(ofKey: rootKey.publicKeyText)))
        var changed = read
        changed.language = .en
        XCTAssertNotNil(changed.refusal(pinned: Roster.fingerprint(ofKey: rootKey.publicKeyText)), "it is signed")
        XCTAssertNil(
            pinnedRoster.refusal(pinned: Roster.fingerprint(ofKey: rootKey.publicKeyText)),
            "a roster without a language verifies as before")
        _ = try shared(roster: signed)
        // A clerk who works in English still writes the street's history in Chinese.
        XCTAssertEqual(GitSync(root: directory.url, language: .en).streetLanguage, .zh)
        _ = try shared(roster: changed)
        XCTAssertEqual(GitSync(root: directory.url, language: .en).streetLanguage, .en, "a forged one says nothing")
    }

    func testARosterSignedByAnotherRootTrustsNoOne() throws {
        let store = try shared(roster: pinnedRoster.signed(by: clerksKey, at: now))
        let trusted = store.trustedReviewers()
        XCTAssertEqual(trusted.reviewers, [])
        XCTAssertTrue(trusted.problems[0].problem.message.en.contains("signed by another root key"))
    }

    func testTheSampleKeyIsNeverTrustedThroughARoster() throws {
        var roster = pinnedRoster
        roster.reviewers.append(SampleStreet.reviewer)
        let store = try shared(roster: roster.signed(by: rootKey, at: now))
        XCTAssertEqual(store.trustedReviewers().reviewers.map(\.name), ["街道审核员"])
    }

    func testASharedDirectoryWithNoPinTrustsNoOneAndSaysHowToPin() throws {
        try FileManager.default.createDirectory(
            at: directory.url.appendingPathComponent(".git"), withIntermediateDirectories: true)
        let store = try CommunityStore(root: directory.url)
        try store.trust(.init(name: "街道审核员", key: officeKey.publicKeyText))
        let trusted = store.trustedReviewers()
        XCTAssertEqual(trusted.reviewers, [])
        XCTAssertEqual(trusted.problems.map(\.problem.message), [L.rosterNotPinned])
    }

    func testAnUnsharedDirectoryTrustsItsKeyFilesAsBefore() throws {
        let store = try CommunityStore(root: directory.url)
        try store.trust(SampleStreet.reviewer)
        XCTAssertEqual(store.trustedReviewers().reviewers, [SampleStreet.reviewer])
        XCTAssertNotNil(TrustedReviewers.sampleKeyFile(in: directory.url), "and sync init knows to refuse it")
    }

    func testTheRosterFileReadsBackAsWritten() throws {
        let roster = pinnedRoster
        XCTAssertEqual(try Roster.parse(roster.text).get(), roster)
        XCTAssertNil(
            try Roster.parse(roster.text).get().refusal(pinned: Roster.fingerprint(ofKey: rootKey.publicKeyText)))
        XCTAssertTrue(roster.mayChange("c-demo06", user: "zhao"))
        XCTAssertFalse(roster.mayChange("c-demo01", user: "zhao"))
        XCTAssertTrue(roster.mayChange("c-demo01", user: "office"))
        XCTAssertFalse(roster.mayChange("c-demo06", user: ""))
    }
}
