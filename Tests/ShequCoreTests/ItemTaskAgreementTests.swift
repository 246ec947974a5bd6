import Foundation
import XCTest

@testable import ShequDomain

/// A template item that restates a plan target is linked to its task when
/// a checklist is made, and the sample's answers agree with its plans: no
/// item passes whose task is behind (issue 13).
final class ItemTaskAgreementTests: XCTestCase {
    private let today = LocalDate(year: 2025, month: 9, day: 15)!

    func testAnItemIsLinkedToTheTaskOfTheKindItRestatesWithTheClosestTitle() {
        let tasks = [
            PlanTask(id: "t-1", title: "成立健康教育领导小组", target: Target(kind: .done)),
            PlanTask(id: "t-2", title: "召开健康教育专题办公会", target: Target(kind: .sessions, value: 2)),
            PlanTask(id: "t-3", title: "居民健康知识知晓率", target: Target(kind: .rate, value: 97)),
        ]
        let plan = Plan(id: "p-1", year: 2025, title: "计划", category: .health, tasks: tasks)
        let checklist = BuiltInTemplates.healthEducation.instantiate(
            id: "k-1", period: "2025年", language: .zh, plans: [plan])
        let links = Dictionary(uniqueKeysWithValues: checklist.items.map { ($0.text, $0.taskID) })
        XCTAssertEqual(links["召开专题办公会不少于2次"], "t-2")
        XCTAssertEqual(links["居民健康知识知晓率达到97%"], "t-3")
        XCTAssertEqual(links["成立健康教育领导小组，落实经费"], .some(nil), "it names no target")
        XCTAssertEqual(links["健康行为形成率达到80%"], .some(nil), "no task shares enough of its title")
        let other = BuiltInTemplates.healthEducation.instantiate(
            id: "k-2", period: "2024年", language: .zh, plans: [plan])
        XCTAssertTrue(other.items.allSatisfy { $0.taskID == nil }, "only the plans of the checklist's year")
    }

    func testTheSamplePassesNoItemWhoseTaskIsBehind() throws {
        var linked = 0
        for community in SampleStreet.communities(today: today) {
            for checklist in community.checklists {
                for item in checklist.items {
                    guard let taskID = item.taskID,
                        let plan = community.plans.first(where: { $0.tasks.contains { $0.id == taskID } }),
                        let task = plan.tasks.first(where: { $0.id == taskID })
                    else { continue }
                    linked += 1
                    let state = TaskProgress(task: task, plan: plan, community: community, today: today).state
                    if item.result == .pass {
                        XCTAssertFalse(
                            state == .behind || state == .overdue,
                            "\(community.name) \(item.text) passes, task \(state)")
                    }
                }
            }
        }
        XCTAssertGreaterThanOrEqual(linked, 5, "the sample's health check is linked to its plan")
    }
}
