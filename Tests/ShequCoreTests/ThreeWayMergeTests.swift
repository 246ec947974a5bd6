import Foundation
import XCTest

@testable import ShequDomain

/// The merge git runs on a community file changed on two machines: every
/// case the sync issue names, on the sample street's data.
final class ThreeWayMergeTests: XCTestCase {
    private let today = LocalDate(year: 2025, month: 9, day: 15)!
    private let morning = Date(timeIntervalSince1970: 1_757_900_000)
    private var later: Date { morning.addingTimeInterval(3_600) }

    /// A sample community with at least one plan, activity and checklist.
    private var base: Community {
        SampleStreet.communities(today: today).first {
            !$0.plans.isEmpty && $0.activities.count > 2 && !$0.checklists.isEmpty
        }!
    }

    private func merged(_ base: Community?, _ ours: Community, _ theirs: Community) -> ThreeWayMerge.Outcome {
        ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
    }

    func testAChangeOnOneSideIsTakenAndBothSidesChangesOfDifferentRecordsMeet() {
        var ours = base
        ours.activities[0].title = "改过的标题"
        ours.activities[0].updatedAt = later
        var theirs = base
        theirs.activities[1].participants = 999
        theirs.activities[1].updatedAt = later
        let new = Activity(id: "a-new", date: today, title: "新增活动", kind: .meeting)
        theirs.activities.append(new)
        let outcome = merged(base, ours, theirs)
        XCTAssertEqual(outcome.conflicts, [])
        XCTAssertEqual(outcome.merged.activities[0].title, "改过的标题")
        XCTAssertEqual(outcome.merged.activities[1].participants, 999)
        XCTAssertEqual(outcome.merged.activities.last, new)
        XCTAssertEqual(outcome.merged.activities.count, base.activities.count + 1)
        XCTAssertEqual(
            merged(base, theirs, ours).merged.activities.map(\.id).sorted(),
            outcome.merged.activities.map(\.id).sorted())
    }

    func testDeletedOnOneSideAndUnchangedOnTheOtherIsDeleted() {
        var ours = base
        let gone = ours.activities.removeFirst()
        var theirs = base
        theirs.checklists.removeAll()
        let outcome = merged(base, ours, theirs)
        XCTAssertFalse(outcome.merged.activities.contains { $0.id == gone.id }, "it does not come back")
        XCTAssertEqual(outcome.merged.checklists, [])
        XCTAssertEqual(outcome.conflicts, [])
    }

    func testChangedOnBothSidesTheLaterWinsAndTheOtherIsNamed() {
        var ours = base
        ours.activities[0].participants = 10
        ours.activities[0].updatedAt = later
        var theirs = base
        theirs.activities[0].participants = 20
        theirs.activities[0].updatedAt = morning
        let outcome = merged(base, ours, theirs)
        XCTAssertEqual(outcome.merged.activities[0].participants, 10)
        XCTAssertEqual(
            outcome.conflicts,
            [
                .init(
                    kind: "activity", id: base.activities[0].id, title: base.activities[0].title, kept: .ours,
                    keptOverDeletion: false)
            ])
        XCTAssertEqual(merged(base, theirs, ours).merged.activities[0].participants, 10, "whichever side is ours")
        XCTAssertEqual(merged(base, theirs, ours).conflicts.first?.kept, .theirs)
    }

    func testTheSameChangeOnBothSidesIsNoConflict() {
        var ours = base
        ours.activities[0].notes = "同样的修改"
        ours.activities[0].updatedAt = morning
        var theirs = ours
        theirs.activities[0].updatedAt = later
        let outcome = merged(base, ours, theirs)
        XCTAssertEqual(outcome.conflicts, [])
        XCTAssertEqual(outcome.merged.activities[0].updatedAt, later)
    }

    func testAChangeWinsOverADeletionAndSaysSo() {
        var ours = base
        ours.activities.removeFirst()
        var theirs = base
        theirs.activities[0].notes = "改了"
        theirs.activities[0].updatedAt = later
        let outcome = merged(base, ours, theirs)
        XCTAssertEqual(outcome.merged.activities.first { $0.id == base.activities[0].id }?.notes, "改了")
        XCTAssertEqual(outcome.conflicts.map(\.keptOverDeletion), [true])
        XCTAssertEqual(outcome.conflicts.map(\.kept), [.theirs])
    }

    func testADeletionMadeAfterTheChangeStandsAndTheChangeIsTheVersionNotKept() {
        var ours = base
        ours.activities[0].notes = "改了"
        ours.activities[0].updatedAt = morning
        var theirs = base
        theirs.activities.removeFirst()
        theirs.updatedAt = later  // the deleting machine's change to the community came after
        let outcome = merged(base, ours, theirs)
        XCTAssertFalse(outcome.merged.activities.contains { $0.id == base.activities[0].id }, "the deletion stands")
        XCTAssertEqual(outcome.conflicts.map(\.lostToDeletion), [true])
        XCTAssertEqual(outcome.conflicts.map(\.kept), [.theirs])
        // The other way round, the change came later: it is kept, as before.
        ours.activities[0].updatedAt = later.addingTimeInterval(60)
        XCTAssertEqual(merged(base, ours, theirs).conflicts.map(\.keptOverDeletion), [true])
    }

    func testAReturnMadeThereIsNotUndoneByAnItemEditedHereLater() {
        var base = self.base
        base.checklists[0].state = .submitted
        base.checklists[0].reviews = [Review(time: morning, reviewer: "填报员 李梅", decision: .submitted)]
        var office = base
        office.checklists[0].reviews.append(
            Review(time: later, reviewer: "街道 王秀英", decision: .returned, comment: "请补充照片"))
        office.checklists[0].state = .returned
        office.checklists[0].updatedAt = later
        var clerk = base
        clerk.checklists[0].items[0].evidence = "补充了台账"
        clerk.checklists[0].updatedAt = later.addingTimeInterval(600)
        for outcome in [merged(base, clerk, office), merged(base, office, clerk)] {
            let checklist = outcome.merged.checklists[0]
            XCTAssertEqual(checklist.reviews.last?.decision, .returned)
            XCTAssertEqual(checklist.state, .returned, "the state follows the trail")
            XCTAssertEqual(checklist.items[0].evidence, "补充了台账", "the clerk's later edit is kept")
        }
    }

    func testPlansOfOneTitleAndYearMadeOnBothSidesArePointedOut() throws {
        let plan = try XCTUnwrap(base.plans.first)
        var ours = base
        var copied = plan
        copied.id = "p-ours-2026"
        copied.year = 2026
        ours.plans.append(copied)
        var theirs = base
        copied.id = "p-theirs-2026"
        theirs.plans.append(copied)
        let outcome = merged(base, ours, theirs)
        XCTAssertEqual(outcome.merged.plans.count, base.plans.count + 2, "both are kept: nothing typed is lost")
        XCTAssertEqual(outcome.duplicatePlans, [.init(year: 2026, title: plan.title)])
        XCTAssertEqual(merged(base, ours, base).duplicatePlans, [])
    }

    func testReviewsAreUnionedAndTheChecklistsOtherChangesMerge() {
        var ours = base
        ours.checklists[0].items[0].evidence = "补充了台账"
        ours.checklists[0].updatedAt = morning
        var theirs = base
        let returned = Review(time: later, reviewer: "街道 王秀英", decision: .returned, comment: "请补充照片")
        theirs.checklists[0].reviews.append(returned)
        theirs.checklists[0].state = .returned
        theirs.checklists[0].updatedAt = later
        let outcome = merged(base, ours, theirs)
        let checklist = outcome.merged.checklists[0]
        XCTAssertTrue(checklist.reviews.contains(returned), "the supervisor's decision is kept")
        XCTAssertEqual(checklist.reviews.count, base.checklists[0].reviews.count + 1)
        XCTAssertEqual(checklist.state, .returned, "the later side's fields")
        XCTAssertEqual(outcome.conflicts.map(\.kind), ["checklist"])
    }

    func testPlansMergeByTaskAndReadingsAsASet() throws {
        var ours = base
        var theirs = base
        let task = PlanTask(id: "t-new", title: "新任务", target: .init(kind: .sessions, value: 3, unit: "场"))
        ours.plans[0].tasks.append(task)
        ours.plans[0].updatedAt = morning
        theirs.plans[0].tasks[0].notes = "对方改了备注"
        theirs.plans[0].updatedAt = later
        let outcome = merged(base, ours, theirs)
        let plan = try XCTUnwrap(outcome.merged.plans.first)
        XCTAssertTrue(plan.tasks.contains(task))
        XCTAssertEqual(plan.tasks[0].notes, "对方改了备注")
        XCTAssertEqual(outcome.conflicts, [])

        var withReadings = base
        withReadings.plans[0].tasks[0].measurements = [RateReading(date: today, percent: 50)]
        var ours2 = withReadings
        ours2.plans[0].tasks[0].measurements.append(RateReading(date: today, percent: 60))
        ours2.plans[0].updatedAt = morning
        var theirs2 = withReadings
        theirs2.plans[0].tasks[0].measurements = [RateReading(date: today, percent: 70)]
        theirs2.plans[0].updatedAt = later
        let readings = merged(withReadings, ours2, theirs2).merged.plans[0].tasks[0].measurements.map(\.percent)
        XCTAssertEqual(readings.sorted(), [60, 70], "one added here, one replaced there")
    }

    func testTheCommunitysOwnDetailsAndAFileAddedOnBothSides() {
        var ours = base
        ours.population = 1
        ours.updatedAt = morning
        var theirs = base
        theirs.population = 2
        theirs.updatedAt = later
        let outcome = merged(base, ours, theirs)
        XCTAssertEqual(outcome.merged.population, 2)
        XCTAssertEqual(outcome.conflicts.map(\.kind), ["community"])
        XCTAssertEqual(outcome.merged.updatedAt, later)

        var added = base
        added.activities = [Activity(id: "a-x", date: today, title: "这边", kind: .visit)]
        var addedThere = base
        addedThere.activities = [Activity(id: "a-y", date: today, title: "那边", kind: .visit)]
        XCTAssertEqual(merged(nil, added, addedThere).merged.activities.map(\.id), ["a-x", "a-y"])
    }

    func testAStampFromAClockAYearAheadDoesNotWinAndIsSaidToHaveLost() {
        var ours = base
        ours.activities[0].title = "本机今天改的"
        ours.activities[0].updatedAt = later
        var theirs = base
        theirs.activities[0].title = "时钟快一年的机器改的"
        theirs.activities[0].updatedAt = later.addingTimeInterval(365 * 86_400)
        let outcome = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs, now: later)
        XCTAssertEqual(outcome.merged.activities[0].title, "本机今天改的")
        XCTAssertEqual(outcome.conflicts.map(\.lostForFutureStamp), [true])
        // Without the clock, as before: the later stamp wins.
        XCTAssertEqual(merged(base, ours, theirs).merged.activities[0].title, "时钟快一年的机器改的")
    }

}

/// The community's own details merge field by field.
final class DetailsMergeTests: XCTestCase {
    func testDifferentFieldsChangedOnEachSideAreBothKept() {
        let base = Community(id: "c-a", name: "甲社区", population: 100, notes: "")
        var ours = base
        ours.residentGroups = 12
        ours.updatedAt = Date(timeIntervalSince1970: 2_000)
        var theirs = base
        theirs.notes = "那边的备注"
        theirs.updatedAt = Date(timeIntervalSince1970: 1_000)
        let outcome = ThreeWayMerge.merge(base: base, ours: ours, theirs: theirs)
        XCTAssertEqual(outcome.merged.residentGroups, 12)
        XCTAssertEqual(outcome.merged.notes, "那边的备注")
        XCTAssertEqual(outcome.conflicts, [])
    }

}
