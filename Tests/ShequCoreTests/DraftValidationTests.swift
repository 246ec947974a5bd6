import XCTest

@testable import ShequDomain
@testable import ShequText

/// Each form refuses what the record rules refuse, on the field it belongs
/// to, and the rules themselves hold for stored records (`check`, `import`).
final class DraftValidationTests: XCTestCase {
    let today = LocalDate(year: 2025, month: 9, day: 15)!
    let task = PlanTask(id: "t-1", title: "知晓率", target: Target(kind: .rate, value: 97))
    var community: Community {
        let plan = Plan(id: "p-1", year: 2025, title: "健康教育计划", category: .health, tasks: [task])
        let item = ChecklistItem(id: "i-1", group: "组", text: "台账齐全", weight: 10, result: .fail)
        let checklist = Checklist(
            id: "k-1", templateID: "t", title: "考评", period: "2025年", scored: true, threshold: 80, items: [item])
        return Community(id: "c-1", name: "甲", population: 1000, plans: [plan], checklists: [checklist])
    }

    /// The draft's errors in English, by field name, with `values` typed in (by field name).
    private func errors(_ draft: some RecordDraft, _ values: [String: String]) -> [String: String] {
        var draft = draft
        for (key, value) in values { draft[FieldKey(key)] = value }
        return Dictionary(uniqueKeysWithValues: draft.errors(in: community).map { ($0.key.name, $0.value.en) })
    }

    func testPlanDraft() {
        let draft = PlanDraft(plan: nil, today: today)
        XCTAssertEqual(errors(draft, ["title": "计划"]), [:])
        XCTAssertEqual(errors(draft, ["title": "计划", "year": "1999"]), ["year": L.badYear.en])
        XCTAssertEqual(errors(draft, ["title": "计划", "year": "二〇二五"]), ["year": L.badYear.en])
        XCTAssertEqual(errors(draft, ["title": "  "]), ["title": L.required.en])
    }

    func testTaskDraft() {
        let draft = TaskDraft(planID: "p-1", task: task)
        XCTAssertEqual(errors(draft, [:]), [:])
        XCTAssertEqual(errors(draft, ["value": "150"]), ["value": L.percentRange.en])
        XCTAssertEqual(errors(draft, ["value": "1e-300"]), ["value": L.atLeast("0.01").en], "too small to divide by")
        XCTAssertEqual(errors(draft, ["value": "多"]), ["value": L.positiveNumber.en])
        XCTAssertEqual(errors(draft, ["title": ""]), ["title": L.required.en])
        XCTAssertEqual(
            errors(draft, ["deadline": "2025-02-30"]), ["deadline": L.noSuchDay(year: 2025, month: 2, day: 30).en])
        XCTAssertEqual(errors(draft, ["deadline": "二月底"]), ["deadline": L.badDate.en])
        XCTAssertEqual(errors(draft, ["deadline": "1990-01-01"]), ["deadline": L.dateOutOfRange.en])
        XCTAssertEqual(errors(draft, ["period": "month", "months": "5、13"]), ["months": L.badMonths.en])
        XCTAssertEqual(errors(draft, ["kind": "count", "value": "200000000"]), ["value": L.atMost("100000000").en])
    }

    func testActivityDraft() {
        let draft = ActivityDraft(activity: nil, community: community, today: today)
        XCTAssertEqual(errors(draft, ["title": "讲座"]), [:])
        XCTAssertEqual(errors(draft, ["title": ""]), ["title": L.required.en])
        XCTAssertEqual(errors(draft, ["title": "讲座", "participants": "-5"]), ["participants": L.mustNotBeNegative.en])
        XCTAssertEqual(errors(draft, ["title": "讲座", "sessions": ""]), ["sessions": L.required.en])
        XCTAssertEqual(errors(draft, ["title": "讲座", "amount": "-1"]), ["amount": L.nonNegativeNumber.en])
        XCTAssertEqual(errors(draft, ["title": "讲座", "amount": "很多"]), ["amount": L.nonNegativeNumber.en])
        XCTAssertEqual(errors(draft, ["title": "讲座", "date": "1999-05-01"]), ["date": L.dateOutOfRange.en])
        XCTAssertEqual(errors(draft, ["title": "讲座", "date": "明天"]), ["date": L.badDate.en])
        XCTAssertEqual(errors(draft, ["title": "讲座", "notes": "带\u{0}来"]), ["notes": L.controlCharacter("U+0000").en])
    }

    func testReadingDraft() {
        let plan = Plan(id: "p-1", year: today.year, title: "计划", category: .health, tasks: [task])
        let draft = ReadingDraft(plan: plan, task: task, date: today)
        XCTAssertEqual(errors(draft, ["percent": "97.5"]), [:])
        XCTAssertEqual(errors(draft, ["percent": "101"]), ["percent": L.percentRange.en])
        XCTAssertEqual(errors(draft, ["percent": "高"]), ["percent": L.percentRange.en])
        XCTAssertEqual(errors(draft, ["percent": "90", "date": ""]), ["date": L.required.en])
    }

    func testItemDraftOfAFailedItemNeedsItsRectification() throws {
        let item = try XCTUnwrap(community.checklists.first?.items.first)
        let draft = ItemDraft(checklistID: "k-1", item: item, today: today)
        XCTAssertEqual(
            errors(draft, ["due": "2025-12-31"]), ["action": L.required.en, "owner": L.required.en])
        XCTAssertEqual(errors(draft, ["action": "补台账", "owner": "书记", "due": ""]), ["due": L.required.en])
        XCTAssertEqual(errors(draft, ["action": "补台账", "owner": "书记", "due": "2025/12/31"]), [:])
    }

    func testChecklistDraftNeedsAPeriod() {
        let draft = ChecklistDraft(templates: BuiltInTemplates.all, today: today, language: .zh)
        XCTAssertEqual(errors(draft, [:]), [:])
        XCTAssertEqual(errors(draft, ["year": " "]), ["year": L.badYear.en])
        XCTAssertEqual(errors(draft, ["span": "month", "month": "13"]), ["month": L.badMonth.en])
        XCTAssertEqual(errors(draft, ["span": "quarter", "quarter": "四"]), ["quarter": L.badQuarter.en])
        XCTAssertEqual(errors(draft, ["template": "nothing-like-it"]), ["template": L.required.en])
    }

    func testStoredRecordsMeetTheSameRulesWithTheirPaths() {
        var broken = community
        broken.plans[0].year = 10_000
        broken.plans[0].tasks[0].target.value = 1e-300
        broken.plans[0].tasks[0].recurrence = Recurrence(period: .month, months: [0, 13])
        broken.plans[0].tasks[0].measurements = [RateReading(date: today, percent: .infinity)]
        broken.activities = [Activity(id: "a-1", date: today, title: "讲座", kind: .lecture, participants: -1)]
        broken.population = -3
        XCTAssertEqual(
            RecordRules.all(broken).map(\.path),
            [
                "population", "plans[0].year", "plans[0].tasks[0].target.value", "plans[0].tasks[0].recurrence.months",
                "plans[0].tasks[0].measurements[0].percent", "activities[0].participants",
            ])
        XCTAssertEqual(RecordRules.all(community), [], "the valid community has no problems")
        XCTAssertTrue(
            SampleStreet.communities(today: today).allSatisfy { RecordRules.all($0).isEmpty }, "the sample is valid")
    }

    func testPlanProgressAveragesTasksCappedAtAHundred() {
        let tasks = [
            PlanTask(id: "t-a", title: "宣传", target: Target(kind: .sessions, value: 2)),
            PlanTask(id: "t-b", title: "讲座", target: Target(kind: .sessions, value: 4)),
            PlanTask(id: "t-c", title: "培训", target: Target(kind: .sessions, value: 10)),
        ]
        let plan = Plan(id: "p-1", year: 2025, title: "计划", category: .health, tasks: tasks)
        let activities = [
            Activity(id: "a-1", date: today, title: "宣传", kind: .publicity, sessions: 4, taskIDs: ["t-a"]),
            Activity(id: "a-2", date: today, title: "讲座", kind: .lecture, sessions: 2, taskIDs: ["t-b"]),
            Activity(
                id: "a-3", date: LocalDate(year: 2024, month: 5, day: 1)!, title: "旧", kind: .lecture,
                sessions: 9, taskIDs: ["t-c"]),
        ]
        let community = Community(id: "c-1", name: "甲", plans: [plan], activities: activities)
        let progress = PlanProgress(plan: plan, community: community, today: today)
        XCTAssertEqual(progress.tasks.map(\.percent), [200, 50, 0], "another year's activity does not count")
        XCTAssertEqual(progress.met, 1)
        XCTAssertEqual(progress.percent, 50, "(100 + 50 + 0) / 3: a task over its target counts as 100")
        XCTAssertEqual(
            PlanProgress(
                plan: Plan(id: "p", year: 2025, title: "空", category: .other), community: community, today: today
            ).percent, 0)
    }
}

/// Trimming, which every form and the rules do on each key.
final class TrimmingTests: XCTestCase {
    func testOnlyTheWhiteSpaceAtTheEndsGoes() {
        XCTAssertEqual("  濠景园 社区\u{3000}\n".trimmed, "濠景园 社区")
        XCTAssertEqual(" \t\n ".trimmed, "")
        XCTAssertEqual("".trimmed, "")
        XCTAssertEqual("e\u{301} ".trimmed, "e\u{301}")
        XCTAssertEqual("中".trimmed, "中")
    }
}
