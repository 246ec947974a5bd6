import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore

/// What changed between a return and the resubmission: kept with the
/// signed return, shown item by item, and refused when the kept items were
/// edited afterwards.
final class ReturnChangesTests: XCTestCase {
    private let time = Date(timeIntervalSince1970: 1_750_000_000)
    private let clerk = Actor(role: .clerk, name: "填报员")
    private let supervisor = Actor(role: .supervisor, name: "王秀英", signer: ReviewSigner.sample)
    private let trusted = TrustedReviewers([SampleStreet.reviewer])

    /// A checklist submitted, returned with a comment, fixed as `fix` says and submitted again.
    private func resubmitted(_ fix: (inout Checklist) -> Void) throws -> Checklist {
        let draft = Checklist(
            id: "k", templateID: "t", title: "五好关工委考评", period: "2025年", scored: true, threshold: 80,
            items: [
                ChecklistItem(id: "i1", group: "领导班子建设好", text: "班子健全", weight: 50, result: .pass, evidence: "名单"),
                ChecklistItem(
                    id: "i2", group: "活动经常效果好", text: "活动经常", weight: 50, result: .fail,
                    rectification: Rectification(
                        action: "补开展主题活动", owner: "李", due: LocalDate(year: 2025, month: 12, day: 31)!)),
            ])
        let submitted = try ChecklistWorkflow.submit(draft, by: clerk, at: time).get()
        var returned = try ChecklistWorkflow.returnForChanges(
            submitted, in: "c-a", by: supervisor, comment: "活动记录不全", at: time.addingTimeInterval(60)
        ).get()
        fix(&returned)
        return try ChecklistWorkflow.submit(returned, by: clerk, at: time.addingTimeInterval(120)).get()
    }

    func testTheResubmissionIsShownAgainstWhatWasReturned() throws {
        let checklist = try resubmitted {
            $0.items[1].result = .pass
            $0.items[1].evidence = "活动台账12次"
        }
        let reread = try CommunityFile.decode(
            try CommunityFile.encode(Community(id: "c-a", name: "甲", checklists: [checklist]))
        ).community.checklists[0]
        let changes = try XCTUnwrap(ReturnChanges(reread, communityID: "c-a", trusted: trusted))
        XCTAssertTrue(changes.holds)
        XCTAssertEqual(changes.returned.comment, "活动记录不全")
        XCTAssertEqual(changes.changes.map(\.number), [2])
        XCTAssertEqual(changes.changes[0].text(.zh), "不合格 → 合格；佐证已改")
        XCTAssertEqual(changes.changes[0].text(.en), "fail → pass; evidence changed")
    }

    func testNothingChangedIsSaidAndANeverReturnedChecklistHasNoChanges() throws {
        let unchanged = try resubmitted { _ in }
        XCTAssertEqual(ReturnChanges(unchanged, communityID: "c-a", trusted: trusted)?.changes, [])
        var first = unchanged
        first.reviews = [first.reviews[0]]
        XCTAssertNil(ReturnChanges(first, communityID: "c-a", trusted: trusted))
    }

    func testItemsKeptWithTheReturnCannotBeRewrittenToHideAChange() throws {
        var forged = try resubmitted { $0.items[1].result = .pass }
        // The clerk edits the kept copy so that the pass seems to have been there at the return.
        forged.reviews[1].returnedItems?[1].result = .pass
        let changes = try XCTUnwrap(ReturnChanges(forged, communityID: "c-a", trusted: trusted))
        XCTAssertFalse(changes.holds)
        XCTAssertEqual(changes.changes, [])
    }

    func testAddedAndRemovedItemsAreNamed() {
        let before = [
            ChecklistItem(id: "a", group: "组", text: "甲", weight: 1),
            ChecklistItem(id: "b", group: "组", text: "乙", weight: 1),
        ]
        let after = [before[0], ChecklistItem(id: "c", group: "组", text: "丙", weight: 1)]
        let changes = ReturnChanges.changes(from: before, to: after)
        XCTAssertEqual(changes.map { $0.text(.zh) }, ["新增条目", "条目已删除"])
        XCTAssertEqual(changes.map(\.itemText), ["丙", "乙"])
    }
}
