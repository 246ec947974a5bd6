import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequText

final class CommunityMergeTests: XCTestCase {
    let early = Date(timeIntervalSince1970: 1_700_000_000)
    let late = Date(timeIntervalSince1970: 1_700_100_000)

    private func base() -> Community {
        let plan = Plan(id: "p1", year: 2025, title: "健康教育计划", category: .health)
        let activity = Activity(id: "a1", date: LocalDate(year: 2025, month: 3, day: 1)!, title: "讲座", kind: .lecture)
        let checklist = BuiltInTemplates.peaceBuilding.instantiate(id: "k1", period: "2025年", language: .zh)
        return Community(
            id: "c-a", name: "甲社区", plans: [plan], activities: [activity], checklists: [checklist], updatedAt: early)
    }

    func testTheNewerCopyOfEachRecordWinsEitherWay() {
        var local = base()
        var incoming = base()
        local.plans[0].title = "本地改的计划"
        local.plans[0].updatedAt = late
        incoming.plans[0].title = "外来改的计划"
        incoming.plans[0].updatedAt = early
        incoming.activities[0].title = "外来改的讲座"
        incoming.activities[0].updatedAt = late
        let (merged, report) = CommunityMerge.merge(local: local, incoming: incoming)
        XCTAssertEqual(merged.plans[0].title, "本地改的计划", "the newer local plan stays")
        XCTAssertEqual(merged.activities[0].title, "外来改的讲座", "the newer incoming activity comes in")
        XCTAssertEqual(report.updated.map(\.en), ["activity 外来改的讲座"])
        XCTAssertEqual(report.keptLocal.map(\.en), ["plan 本地改的计划"])
    }

    func testRecordsOnlyOneSideHasAreKept() {
        var local = base()
        var incoming = base()
        local.activities.append(
            Activity(id: "a2", date: LocalDate(year: 2025, month: 4, day: 1)!, title: "本地活动", kind: .visit))
        incoming.activities.append(
            Activity(id: "a3", date: LocalDate(year: 2025, month: 5, day: 1)!, title: "外来活动", kind: .meeting))
        let (merged, report) = CommunityMerge.merge(local: local, incoming: incoming)
        XCTAssertEqual(merged.activities.map(\.id), ["a1", "a2", "a3"])
        XCTAssertEqual(report.added.map(\.en), ["activity 外来活动"])
        XCTAssertEqual(report.summary(.zh), "新增活动“外来活动”")
    }

    func testReviewsAreUnioned() {
        var local = base()
        var incoming = base()
        local.checklists[0].reviews = [Review(time: early, reviewer: "填报员", decision: .submitted)]
        incoming.checklists[0].reviews = [
            Review(time: early, reviewer: "填报员", decision: .submitted),
            Review(time: late, reviewer: "王", decision: .returned, comment: "补材料"),
        ]
        incoming.checklists[0].state = .returned
        incoming.checklists[0].updatedAt = late
        let (merged, report) = CommunityMerge.merge(local: local, incoming: incoming)
        XCTAssertEqual(merged.checklists[0].reviews.map(\.decision), [.submitted, .returned])
        XCTAssertEqual(merged.checklists[0].state, .returned)
        XCTAssertEqual(report.reviewsAdded, 1)
    }

    func testCommunityDetailsFollowTheNewerFile() {
        var local = base()
        var incoming = base()
        incoming.name = "甲社区（更名）"
        incoming.updatedAt = late
        XCTAssertEqual(CommunityMerge.merge(local: local, incoming: incoming).0.name, "甲社区（更名）")
        local.updatedAt = late.addingTimeInterval(10)
        let (kept, report) = CommunityMerge.merge(local: local, incoming: incoming)
        XCTAssertEqual(kept.name, "甲社区")
        XCTAssertEqual(report.keptLocal, [L.mergeCommunityDetails])
    }

    func testIdenticalFilesChangeNothing() {
        let (_, report) = CommunityMerge.merge(local: base(), incoming: base())
        XCTAssertTrue(report.isEmpty)
        XCTAssertEqual(report.summary(.en), "already up to date")
    }

    func testStampsMarkOnlyTheRecordsAChangeTouched() {
        let before = base()
        var after = before
        after.activities[0].participants = 30
        after.plans.append(Plan(id: "p2", year: 2025, title: "新计划", category: .other))
        let stamped = RecordStamps.stamp(after, comparedWith: before, at: late)
        XCTAssertEqual(stamped.updatedAt, late)
        XCTAssertNil(stamped.plans[0].updatedAt, "untouched")
        XCTAssertEqual(stamped.plans[1].updatedAt, late)
        XCTAssertEqual(stamped.activities[0].updatedAt, late)
        XCTAssertNil(stamped.checklists[0].updatedAt)
    }
}
