import Foundation
import XCTest

@testable import ShequDomain

/// The words the shared history is written in: a few changed records are
/// each named, with what changed; many are counted.
final class ChangeSummaryTests: XCTestCase {
    private let community = SampleStreet.communities(today: LocalDate(year: 2025, month: 9, day: 15)!).first {
        $0.activities.count > 4
    }!

    func testAnEditedActivityIsNamedWithItsDayAndWhatChanged() throws {
        var after = community
        after.activities[0].participants += 5
        after.activities[0].sessions += 1
        after.activities[0].notes = "补记"
        let activity = community.activities[0]
        let line = try XCTUnwrap(ChangeSummary.line(old: community, new: after, language: .zh))
        XCTAssertEqual(
            line,
            "\(community.name)：修改活动“\(activity.title)”（\(activity.date.month)月\(activity.date.day)日）："
                + "人数 \(activity.participants)→\(activity.participants + 5)，"
                + "场次 \(activity.sessions)→\(activity.sessions + 1)，备注")
        let english = try XCTUnwrap(ChangeSummary.line(old: community, new: after, language: .en))
        XCTAssertTrue(english.contains("edited activity “\(activity.title)”"), english)
        XCTAssertTrue(english.contains("participants \(activity.participants)→\(activity.participants + 5)"), english)
    }

    func testAddedAndDeletedActivitiesAreNamedAndManyAreCounted() throws {
        var after = community
        let removed = after.activities.removeFirst()
        after.activities.append(
            Activity(id: "a-new", date: LocalDate(year: 2025, month: 5, day: 12)!, title: "健康讲座", kind: .lecture))
        let line = try XCTUnwrap(ChangeSummary.line(old: community, new: after, language: .zh))
        XCTAssertTrue(line.contains("登记活动“健康讲座”（5月12日）"), line)
        XCTAssertTrue(line.contains("删除活动“\(removed.title)”"), line)
        var many = community
        for index in 0..<4 { many.activities[index].participants += 1 }
        XCTAssertEqual(
            ChangeSummary.line(old: community, new: many, language: .zh), "\(community.name)：修改活动 4 项")
    }
}
