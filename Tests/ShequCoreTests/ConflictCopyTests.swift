import Foundation
import XCTest

@testable import ShequDomain

/// A `conflicts/` copy taken back puts its versions of records into the
/// community as it is now, keeps what it does not have, and never drops a
/// decision the current checklist holds.
final class ConflictCopyTests: XCTestCase {
    func testTheCopysRecordsComeBackAndNothingNewerIsLost() throws {
        let sample = try XCTUnwrap(
            SampleStreet.communities(today: LocalDate(year: 2025, month: 9, day: 15)!).first {
                $0.activities.count >= 2 && $0.checklists.contains { !$0.reviews.isEmpty }
            })
        var copy = sample
        copy.activities[0].title = "本机写的标题"
        copy.activities.remove(at: 1)
        var current = sample
        current.activities.append(
            Activity(
                id: "a-new", date: LocalDate(year: 2025, month: 9, day: 1)!, title: "后来的活动",
                kind: copy.activities[0].kind))
        let index = try XCTUnwrap(current.checklists.firstIndex { !$0.reviews.isEmpty })
        copy.checklists[index].reviews.removeLast()
        copy.checklists[index].items[0].evidence = "副本的佐证"

        let (merged, taken) = ConflictCopy.takeBack(copy, into: current)
        XCTAssertEqual(taken, 1, "only the activity that differs")
        XCTAssertEqual(merged.activities.first { $0.id == copy.activities[0].id }?.title, "本机写的标题")
        XCTAssertNotNil(merged.activities.first { $0.id == sample.activities[1].id }, "what the copy lacks stays")
        XCTAssertNotNil(merged.activities.first { $0.id == "a-new" })
        XCTAssertEqual(merged.checklists[index], current.checklists[index], "a copy that lacks a decision is not taken")
    }
}
