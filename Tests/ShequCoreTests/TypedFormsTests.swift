import XCTest

@testable import ShequDomain
@testable import ShequText

/// What clerks type, read as they mean it (issue 12): dates in every form
/// the sources and input methods produce, a per cent sign after a rate,
/// month ranges, full-width characters anywhere.
final class TypedFormsTests: XCTestCase {
    func testDatesInTheFormsClerksType() {
        let may20 = LocalDate(year: 2023, month: 5, day: 20)
        for typed in [
            "2023-05-20", "2023-5-20", "2023/5/20", "2023.5.20", "2023.05.20", "20230520", "2023年5月20日",
            "２０２３－０５－２０", "２０２３．５．２０", "２０２３／５／２０", " 2023.5.20 ",
        ] {
            XCTAssertEqual(LocalDate.parse(typed), may20, typed)
        }
        for refused in ["2023.5", "202305201", "2023.13.01", "20230230", "明天"] {
            XCTAssertNil(LocalDate.parse(refused), refused)
        }
    }

    func testARateMayBeTypedWithItsPerCentSign() {
        XCTAssertEqual(FieldText.number("96%"), 96)
        XCTAssertEqual(FieldText.number("９６％"), 96)
        XCTAssertEqual(FieldText.number("97.5 %"), 97.5)
        XCTAssertEqual(FieldText.number("1,200"), 1200)
        XCTAssertNil(FieldText.number("%"))
        let task = PlanTask(id: "t-1", title: "知晓率", target: Target(kind: .rate, value: 97))
        let plan = Plan(id: "p-1", year: 2025, title: "计划", category: .health, tasks: [task])
        var draft = ReadingDraft(plan: plan, task: task, date: LocalDate(year: 2025, month: 9, day: 15)!)
        draft[.percent] = "96%"
        XCTAssertEqual(draft.errors(in: Community(id: "c-1", name: "甲", plans: [plan])), [:])
    }

    func testMonthsAsRangesAndLists() {
        let task = PlanTask(id: "t-1", title: "入户走访", target: Target(kind: .sessions, value: 2))
        let plan = Plan(id: "p-1", year: 2023, title: "计划", category: .health, tasks: [task])
        let community = Community(id: "c-1", name: "甲", plans: [plan])
        for (typed, months) in [
            ("5-8", [5, 6, 7, 8]), ("5、6、7、8", [5, 6, 7, 8]), ("1-3、9", [1, 2, 3, 9]), ("５－８", [5, 6, 7, 8]),
            ("5至8", [5, 6, 7, 8]),
        ] {
            var draft = TaskDraft(planID: "p-1", task: task)
            draft[.period] = "halfMonth"
            draft[.months] = typed
            XCTAssertEqual(draft.errors(in: community), [:], typed)
            let saved = draft.applied(to: community, ids: IDGenerator.sequential).community
            XCTAssertEqual(saved.plans[0].tasks[0].recurrence?.months, months, typed)
        }
        for refused in ["8-5", "5-13", "5-", "五月"] {
            var draft = TaskDraft(planID: "p-1", task: task)
            draft[.period] = "halfMonth"
            draft[.months] = refused
            XCTAssertEqual(draft.errors(in: community).mapValues(\.en), [.months: L.badMonths.en], refused)
        }
    }

    func testFullWidthCounts() {
        XCTAssertEqual(try CommunityDraft.count("１，２００").get(), 1200)
        XCTAssertEqual(try CommunityDraft.count("　36　").get(), 36)
    }
}
