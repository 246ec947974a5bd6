import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// What got in a clerk's way entering a year by hand (issue 12), each as
/// the clerk met it on the screens.
final class ClerkFrictionTests: XCTestCase {
    func testEscOnTheHomeScreenNeverQuits() throws {
        let app = try Harness()
        app.press(.escape)
        XCTAssertFalse(app.state.isQuitting)
        XCTAssertTrue(app.screen.contains("按 q 退出"), app.screen)
        app.press(.char("/")).type("城东").press(.enter, .escape)
        XCTAssertFalse(app.state.isQuitting, "Esc clears the filter")
        XCTAssertEqual(app.state.home.filter, "")
        app.press(.char("q"))
        XCTAssertTrue(app.state.isQuitting)
    }

    func testARateWithNoReadingYetShowsADashNotZero() throws {
        let app = try Harness(sample: false) { directory in
            let rate = PlanTask(id: "t-1", title: "健康知识知晓率", target: Target(kind: .rate, value: 85))
            let read = PlanTask(
                id: "t-2", title: "行为形成率", target: Target(kind: .rate, value: 70),
                measurements: [RateReading(date: LocalDate(year: 2025, month: 6, day: 1)!, percent: 35)])
            let plan = Plan(id: "p-1", year: 2025, title: "健康教育计划", category: .health, tasks: [rate, read])
            try? CommunityStore(root: directory).save(Community(id: "c-1", name: "阜新街社区", plans: [plan]))
        }
        app.press(.enter, .tab, .enter)
        let rows = app.screen.split(separator: "\n")
        let unread = try XCTUnwrap(rows.first { $0.contains("健康知识知晓率") })
        XCTAssertTrue(unread.contains("—"), String(unread))
        XCTAssertFalse(unread.contains("0%"), String(unread))
        let read = try XCTUnwrap(rows.first { $0.contains("行为形成率") })
        XCTAssertTrue(read.contains("35%"), String(read))
        app.press(.enter)
        XCTAssertTrue(app.screen.contains("健康知识知晓率"), app.screen)
        XCTAssertFalse(app.screen.contains("(0%)"), app.screen)
    }

    func testLedgerFiltersHaveAYearAndEscTakesThemOffBeforeLeaving() throws {
        let app = try Harness(sample: false) { directory in
            let plans = [2024, 2025].map { year in
                Plan(
                    id: "p-\(year)", year: year, title: "\(year)年健康教育计划", category: .health,
                    tasks: [PlanTask(id: "t-\(year)", title: "健康讲座", target: Target(kind: .sessions, value: 4))])
            }
            let activities = [2024, 2025].flatMap { year in
                (1...3).map { n in
                    Activity(
                        id: "a-\(year)-\(n)", date: LocalDate(year: year, month: n, day: 10)!, title: "健康讲座",
                        kind: .lecture, sessions: 1, participants: 50, taskIDs: ["t-\(year)"])
                }
            }
            try? CommunityStore(root: directory).save(
                Community(id: "c-1", name: "阜新街社区", plans: plans, activities: activities))
        }
        app.press(.enter, .tab, .tab)
        XCTAssertTrue(app.screen.contains("共 6 项活动  6 场次  300 人次，图中 2025 年 3 场次"), app.screen)
        app.press(.char("Y"))
        XCTAssertTrue(app.screen.contains("年份：2025"), app.screen)
        XCTAssertTrue(app.screen.contains("共 3 项活动  3 场次  150 人次"), app.screen)
        XCTAssertFalse(app.screen.contains("图中"), "the totals are the chart's year:\n" + app.screen)
        app.press(.char("T"))
        XCTAssertTrue(app.screen.contains("任务：2025 健康讲座"), "tasks of the year, with it:\n" + app.screen)
        app.press(.char("M"))
        XCTAssertTrue(app.screen.contains("月份：2025-03"), "months of the year:\n" + app.screen)
        app.press(.escape)
        XCTAssertTrue(app.screen.contains("已清除筛选"), app.screen)
        XCTAssertTrue(app.screen.contains("年份：全部  类型：全部  月份：全部  任务：全部"), app.screen)
        XCTAssertTrue(app.screen.contains("活动台账"), "still in the community:\n" + app.screen)
        app.press(.escape)
        XCTAssertTrue(app.screen.contains("个社区"), "the second Esc leaves:\n" + app.screen)
    }

    func testAnActivityWhoseNewDateResortsItStaysSelected() throws {
        let app = try Harness(sample: false) { directory in
            let activities = (1...3).map { n in
                Activity(
                    id: "a-\(n)", date: LocalDate(year: 2025, month: n, day: 10)!, title: "讲座\(n)", kind: .lecture)
            }
            try? CommunityStore(root: directory).save(Community(id: "c-1", name: "阜新街社区", activities: activities))
        }
        app.press(.enter, .tab, .tab)  // the ledger, newest first: 讲座3, 讲座2, 讲座1
        app.press(.char("e"), .ctrl("u")).type("2025-01-20").press(.ctrl("s"))
        let page = try XCTUnwrap(app.state.communityPage)
        let rows = app.state.ledgerRows(page)
        XCTAssertEqual(rows.map(\.id), ["a-2", "a-3", "a-1"])
        XCTAssertEqual(rows[page.ledger.list.selected].id, "a-3", "the edited activity, where it went")
    }

    func testAnEmptyChecklistsTabSaysSoAndTheMessageGoesWithTheNextKey() throws {
        let app = try Harness(sample: false) { directory in
            try? CommunityStore(root: directory).save(Community(id: "c-1", name: "阜新街社区"))
        }
        app.press(.enter, .tab, .tab, .tab, .enter)
        XCTAssertFalse(app.screen.contains("未选中任何社区"), app.screen)
        XCTAssertTrue(app.screen.contains("还没有检查表。按 n 按标准新建。"), app.screen)
        let lines = { app.screen.split(separator: "\n").filter { $0.contains("按 n 按标准新建") }.count }
        XCTAssertEqual(lines(), 2, "the tab's text and the message")
        app.press(.char("j"))
        XCTAssertEqual(lines(), 1, "the message went with the next key:\n" + app.screen)
    }

    func testResultsHaveTheirOwnKeysAndAVetoItemIsAskedBeforeNotApplicable() throws {
        let app = try Harness(sample: false) { directory in
            let items = [
                ChecklistItem(id: "i1", group: "领导班子建设好", text: "有班子：关工委组织健全", weight: 10, veto: true),
                ChecklistItem(id: "i2", group: "领导班子建设好", text: "有制度：工作制度上墙", weight: 10),
            ]
            let checklist = Checklist(
                id: "k-1", templateID: "five-good", title: "五好关工委考评表", period: "2025年", scored: true,
                threshold: 80, items: items)
            try? CommunityStore(root: directory).save(
                Community(id: "c-1", name: "阜新街社区", checklists: [checklist]))
        }
        func result(_ id: String) throws -> ItemResult {
            try XCTUnwrap(app.onDisk.first?.checklists.first?.items.first { $0.id == id }).result
        }
        app.press(.enter, .tab, .tab, .tab, .enter)
        XCTAssertTrue(app.screen.contains("有班子"), app.screen)
        app.press(.char("n"))
        XCTAssertTrue(app.screen.contains("是一票否决项，设为不适用将不再否决"), app.screen)
        app.press(.char("n"))
        XCTAssertEqual(try result("i1"), .pending, "no: unchanged")
        app.press(.char("n"), .char("y"))
        XCTAssertEqual(try result("i1"), .notApplicable)
        app.press(.char("p"))
        XCTAssertEqual(try result("i1"), .pass)
        app.press(.char("j"), .char("n"))
        XCTAssertEqual(try result("i2"), .notApplicable, "an ordinary item is not asked")
        app.press(.char("f"))
        XCTAssertEqual(try result("i2"), .fail)
        XCTAssertTrue(app.screen.contains("整改"), "failing opens its rectification:\n" + app.screen)
    }

    func testTheHomeFilterMatchesPinyinInitials() throws {
        let app = try Harness()
        app.press(.char("/")).type("zx")
        XCTAssertTrue(app.screen.contains("钟秀社区"), app.screen)
        XCTAssertFalse(app.screen.contains("北濠桥社区"), app.screen)
    }

    func testLoggingForATaskOfLastYearsPlanCountsForIt() throws {
        let app = try Harness(sample: false) { directory in
            let task = PlanTask(id: "t-1", title: "家庭教育培训", target: Target(kind: .sessions, value: 4))
            let plan = Plan(id: "p-1", year: 2024, title: "2024年健康教育计划", category: .health, tasks: [task])
            try? CommunityStore(root: directory).save(Community(id: "c-1", name: "阜新街社区", plans: [plan]))
        }
        app.press(.enter, .tab, .enter, .char("a"))  // today is 2025-09-15; the plan is 2024's
        XCTAssertTrue(app.screen.contains("2024-09-15"), "dated in the plan's year:\n" + app.screen)
        app.press(.tab).type("家庭教育讲座").press(.ctrl("s"))
        let activity = try XCTUnwrap(app.onDisk.first?.activities.first)
        XCTAssertEqual(activity.date, LocalDate(year: 2024, month: 9, day: 15))
        XCTAssertEqual(activity.taskIDs, ["t-1"], "counted for the task it was logged for")
    }

    func testThePlansTitleShowsEvenWhenALongCommunityNameFillsTheBreadcrumb() throws {
        let app = try Harness(columns: 60, rows: 16, sample: false) { directory in
            let plan = Plan(id: "p-1", year: 2023, title: "社区健康教育计划", category: .health)
            try? CommunityStore(root: directory).save(
                Community(id: "c-1", name: "崇川区新城桥街道阜新街社区居民委员会第一网格", plans: [plan]))
        }
        app.press(.enter, .tab, .enter)
        let lines = app.screen.split(separator: "\n")
        XCTAssertFalse(lines[0].contains("社区健康教育计划"), "the breadcrumb is cut:\n" + app.screen)
        XCTAssertTrue(lines[1].contains("社区健康教育计划"), app.screen)
    }

    func testMoneyShowsInTheLedgerAndUnderAnAmountTarget() throws {
        let app = try Harness(sample: false) { directory in
            let task = PlanTask(id: "t-1", title: "人均教育经费", target: Target(kind: .amountPerResident, value: 2))
            let plan = Plan(id: "p-1", year: 2025, title: "共驻共建计划", category: .other, tasks: [task])
            let spent = Activity(
                id: "a-1", date: LocalDate(year: 2025, month: 6, day: 1)!, title: "购置图书", kind: .other,
                amount: 1200, taskIDs: ["t-1"])
            try? CommunityStore(root: directory).save(
                Community(id: "c-1", name: "阜新街社区", population: 1000, plans: [plan], activities: [spent]))
        }
        app.press(.enter, .tab, .tab)
        XCTAssertTrue(app.screen.contains("金额"), app.screen)
        let row = try XCTUnwrap(app.screen.split(separator: "\n").first { $0.contains("购置图书") })
        XCTAssertTrue(row.contains("1200"), String(row))
        app.press(.backTab, .enter, .enter)  // the plan, then the task
        XCTAssertTrue(app.screen.contains("1200 元"), "what it spent, not sessions:\n" + app.screen)
        XCTAssertFalse(app.screen.contains("0人次"), app.screen)
    }

    func testANewCommunityTakesSeveralContactsInOneForm() throws {
        let app = try Harness(sample: false)
        app.press(.char("e"))  // welcome: start empty
        app.press(.char("n")).type("阜新街社区")
        for _ in 0..<5 { app.press(.tab) }
        XCTAssertTrue(app.screen.contains("联系人1 职务"), app.screen)
        XCTAssertFalse(app.screen.contains("联系人2"), "one blank row to start with")
        let people = [("党委书记", "王芳", "13906281234"), ("居委会主任", "陈志刚", "0513-85123456"), ("社区民警", "李军", "110")]
        for (role, name, phone) in people {
            app.press(.tab).type(role).press(.tab).type(name).press(.tab).type(phone)
        }
        XCTAssertTrue(app.screen.contains("联系人4 职务"), "a blank row follows the last one typed:\n" + app.screen)
        app.press(.ctrl("s"))
        let saved = try XCTUnwrap(app.onDisk.first { $0.name == "阜新街社区" })
        XCTAssertEqual(saved.contacts.map(\.name), ["王芳", "陈志刚", "李军"])
        XCTAssertEqual(saved.contacts.map(\.phone), ["13906281234", "0513-85123456", "110"])
    }
}
