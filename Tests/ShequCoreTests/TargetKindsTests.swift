import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore

/// A target says what it counts (activities, sessions, participants,
/// households, amount), and a task may carry two counted targets; files
/// from before read and write unchanged (issue 12).
final class TargetKindsTests: XCTestCase {
    private let today = LocalDate(year: 2025, month: 12, day: 31)!

    private func progress(_ targets: [Target], _ activities: [Activity]) -> TaskProgress {
        var task = PlanTask(id: "t-1", title: "任务", target: targets[0])
        task.targets = targets
        let plan = Plan(id: "p-1", year: 2025, title: "计划", category: .health, tasks: [task])
        let community = Community(id: "c-1", name: "阜新街社区", plans: [plan], activities: activities)
        return TaskProgress(task: task, plan: plan, community: community, today: today)
    }

    private func activity(_ n: Int, sessions: Int, people: Int, households: Int? = nil, amount: Double? = nil)
        -> Activity
    {
        Activity(
            id: "a-\(n)", date: LocalDate(year: 2025, month: 5, day: n)!, title: "活动", kind: .visit,
            sessions: sessions, participants: people, amount: amount, households: households, taskIDs: ["t-1"])
    }

    func testEachKindCountsWhatItSays() {
        let visits = [activity(1, sessions: 36, people: 40, households: 36, amount: 500)]
        XCTAssertEqual(progress([Target(kind: .activities, value: 2)], visits).actual, 1, "one activity, not 36")
        XCTAssertEqual(progress([Target(kind: .sessions, value: 2)], visits).actual, 36)
        XCTAssertEqual(progress([Target(kind: .participants, value: 2)], visits).actual, 40)
        XCTAssertEqual(progress([Target(kind: .households, value: 36)], visits).state, .met)
        XCTAssertEqual(progress([Target(kind: .amount, value: 1000)], visits).actual, 500)
        XCTAssertEqual(Target(kind: .households, value: 36).text(.zh), "≥36户")
        XCTAssertEqual(Target(kind: .amount, value: 5000).text(.zh), "≥5000元")
        XCTAssertEqual(Target(kind: .activities, value: 12).fullText(.zh), "≥12次（活动次数）")
        XCTAssertEqual(Target(kind: .sessions, value: 4, unit: "场").fullText(.zh), "≥4场（场次）")
    }

    func testATrainingOfFourSessionsAndTwoThousandPeopleIsOneTask() {
        let targets = [Target(kind: .sessions, value: 4, unit: "场"), Target(kind: .participants, value: 2000)]
        let three = (1...3).map { activity($0, sessions: 1, people: 700) }
        var partial = progress(targets, three)
        XCTAssertNotEqual(partial.state, .met, "2100 people but 3 of 4 sessions")
        XCTAssertEqual(partial.percent, 75, "the lower of the two")
        XCTAssertEqual(ProgressText.actual(partial, .zh), "3场、2100人次")
        partial = progress(targets, three + [activity(4, sessions: 1, people: 50)])
        XCTAssertEqual(partial.state, .met)
        var task = PlanTask(id: "t-1", title: "家庭教育培训", target: targets[0])
        task.targets = targets
        XCTAssertEqual(task.targetText(.zh), "≥4场、≥2000人次")
        XCTAssertEqual(RecordRules.task(task), [])
        task.extraTargets?[0].value = 0
        XCTAssertEqual(RecordRules.task(task).map(\.path), ["extraTargets[0].value"])
    }

    func testAFileFromBeforeReadsAsSessionsAndWritesBackUnchanged() throws {
        let old = """
            {"id":"c-1","name":"阜新街社区","schema":1,"plans":[{"id":"p-1","year":2023,"title":"计划",\
            "category":"health","objective":"","safeguards":"","tasks":[{"id":"t-1","title":"培训","owner":"",\
            "target":{"kind":"count","value":4,"unit":"场"},"completed":false,"measurements":[],"notes":""}]}],\
            "activities":[{"id":"a-1","date":"2023-05-20","title":"培训","kind":"training","sessions":2,\
            "participants":300,"location":"","notes":"","taskIDs":["t-1"]}],"checklists":[],"contacts":[]}
            """
        let community = try CommunityFile.decode(Data(old.utf8)).community
        let task = try XCTUnwrap(community.plans.first?.tasks.first)
        XCTAssertEqual(task.target.kind, .sessions, "a count target always added up sessions")
        XCTAssertNil(task.extraTargets)
        XCTAssertNil(community.activities.first?.households)
        let written = String(decoding: try CommunityFile.encode(community), as: UTF8.self)
        XCTAssertTrue(written.contains("\"kind\" : \"count\""), written)
        XCTAssertFalse(written.contains("extraTargets"), written)
        XCTAssertFalse(written.contains("households\" : null"), written)
        XCTAssertEqual(try CommunityFile.decode(Data(written.utf8)).community, community)
    }

    func testTwoTargetsAndHouseholdsSurviveTheFile() throws {
        var task = PlanTask(id: "t-1", title: "培训", target: Target(kind: .sessions, value: 4))
        task.extraTargets = [Target(kind: .participants, value: 2000)]
        let plan = Plan(id: "p-1", year: 2025, title: "计划", category: .health, tasks: [task])
        let community = Community(
            id: "c-1", name: "阜新街社区", plans: [plan],
            activities: [activity(1, sessions: 1, people: 5, households: 36)])
        let read = try CommunityFile.decode(CommunityFile.encode(community)).community
        XCTAssertEqual(read.plans, community.plans)
        XCTAssertEqual(read.activities.first?.households, 36, "read by the fast reader of activities")
    }
}

/// An amount per resident with no population recorded is unknown, shown as
/// "—", never as 0元/人 beside money spent (issue 14).
final class UnknownPopulationTests: XCTestCase {
    func testAnAmountPerResidentWithoutAPopulationIsNotZero() {
        let task = PlanTask(id: "t-1", title: "人均教育经费", target: Target(kind: .amountPerResident, value: 1))
        let plan = Plan(id: "p-1", year: 2025, title: "计划", category: .education, tasks: [task])
        let spent = Activity(
            id: "a-1", date: LocalDate(year: 2025, month: 6, day: 1)!, title: "购置图书", kind: .other, amount: 5200,
            taskIDs: ["t-1"])
        let today = LocalDate(year: 2025, month: 9, day: 15)!
        var community = Community(id: "c-1", name: "阜新街社区", plans: [plan], activities: [spent])
        let unknown = TaskProgress(task: task, plan: plan, community: community, today: today)
        XCTAssertFalse(unknown.measured)
        XCTAssertEqual(ProgressText.actual(unknown, .zh), "—")
        community.population = 5200
        let known = TaskProgress(task: task, plan: plan, community: community, today: today)
        XCTAssertEqual(ProgressText.actual(known, .zh), "1元/人")
    }
}
