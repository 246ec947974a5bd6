import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequText

/// The edges of a data directory: links, sizes and states a file should
/// not hold are reported by file and never taken for data.
final class DataDirectoryEdgesTests: XCTestCase {
    let directory = TestDirectory()

    func testSymbolicLinksInCommunitiesAreNeverLoadedAndSaidToBeLinks() throws {
        let store = try CommunityStore(root: directory.url)
        try store.save(Community(id: "c-a", name: "甲社区"))
        let outside = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-outside-\(UUID()).json")
        defer { try? FileManager.default.removeItem(at: outside) }
        try CommunityFile.encode(Community(id: "c-out", name: "外面的社区")).write(to: outside)
        let folder = directory.url.appendingPathComponent("communities")
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("c-out.json").path, withDestinationPath: outside.path)
        try FileManager.default.createSymbolicLink(
            atPath: folder.appendingPathComponent("c-gone.json").path, withDestinationPath: "/nonexistent/c-gone.json")
        let snapshot = try CommunityStore(root: directory.url, readOnly: true).load()
        XCTAssertEqual(snapshot.communities.map(\.id), ["c-a"], "a link reaching outside is not data")
        XCTAssertEqual(snapshot.unreadable.map(\.file).sorted(), ["communities/c-gone.json", "communities/c-out.json"])
        XCTAssertTrue(snapshot.unreadable.allSatisfy { $0.problem.message == L.isASymbolicLink })
    }

    func testASaveTheStoreCouldNotReadBackIsRefused() throws {
        let store = try CommunityStore(root: directory.url)
        var community = Community(id: "c-a", name: "甲社区")
        try store.save(community)
        let written = try XCTUnwrap(directory.contents("communities/c-a.json"))
        // Notes of the longest text allowed, in Chinese: three bytes a character, past the 32 MB read limit.
        let notes = String(repeating: "记", count: RecordRules.textLength)
        let day = try XCTUnwrap(LocalDate(year: 2025, month: 3, day: 1))
        community.activities = (0..<180).map {
            Activity(id: "a-\($0)", date: day, title: "活动", kind: .meeting, notes: notes)
        }
        XCTAssertThrowsError(try store.save(community)) { error in
            XCTAssertEqual(error as? StoreError, .tooLarge(file: "communities/c-a.json"))
        }
        XCTAssertEqual(directory.contents("communities/c-a.json"), written, "the file as it was")
    }

    func testAnApprovedStateWithoutAnApprovalIsReportedAndDoesNotCount() {
        let item = ChecklistItem(id: "i-1", group: "组", text: "有班子", weight: 100, result: .pass)
        let checklist = Checklist(
            id: "k-1", templateID: "t", title: "五好关工委考评表", period: "2025年", scored: true, threshold: 80,
            items: [item], state: .approved)
        let community = Community(id: "c-a", name: "甲社区", checklists: [checklist])
        let problems = CommunityRules.problems(community, trusted: TrustedReviewers())
        XCTAssertEqual(problems.map(\.message), [L.approvedWithoutApproval("五好关工委考评表")])
        XCTAssertFalse(ChecklistEvaluation.isAttained(checklist, communityID: "c-a", trusted: TrustedReviewers()))
    }
}
