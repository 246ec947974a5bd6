import XCTest

@testable import ShequDomain
@testable import ShequTUI

/// Plans, tasks, activities and readings driven by keys, as a clerk works.
final class PlansFlowTests: XCTestCase {
    /// 钟秀社区 has no plans in the sample; it is last in pinyin order.
    private func openZhongxiuPlans() throws -> Harness {
        let app = try Harness()
        app.press(.char("G"), .enter, .tab)
        XCTAssertTrue(app.screen.contains("还没有工作计划"), app.screen)
        return app
    }

    private func zhongxiu(_ app: Harness) throws -> Community {
        try XCTUnwrap(app.onDisk.first { $0.id == "c-demo09" })
    }

    private func progress(_ app: Harness, _ title: String) throws -> TaskProgress {
        let community = try zhongxiu(app)
        let plan = try XCTUnwrap(community.plans.first)
        let task = try XCTUnwrap(plan.tasks.first { $0.title == title })
        return TaskProgress(task: task, plan: plan, community: community, today: Harness.today)
    }

    /// Adds a task through the form: title, then Right presses on the kind, then the target value.
    private func addTask(_ app: Harness, _ title: String, kindSteps: Int, value: String?) {
        app.press(.char("n")).type(title).press(.tab, .tab, .tab)
        for _ in 0..<kindSteps { app.press(.right) }
        if let value { app.press(.tab, .ctrl("u")).type(value) }
        app.press(.ctrl("s"))
    }

    func testAClerkBuildsAPlanWithEveryTargetKindAndRecordsProgress() throws {
        let app = try openZhongxiuPlans()
        app.press(.char("n")).press(.tab).type("2025年度社区教育工作计划").press(.tab, .right, .right, .right, .right, .ctrl("s"))
        var plan = try XCTUnwrap(try zhongxiu(app).plans.first)
        XCTAssertEqual(plan.year, 2025, "the year field starts at this year")
        XCTAssertEqual(plan.category, .education)
        app.press(.enter)
        XCTAssertTrue(app.screen.contains("这个计划还没有任务"), app.screen)

        addTask(app, "社区学校培训", kindSteps: 1, value: "12")
        addTask(app, "培训参与人次", kindSteps: 2, value: "300")
        addTask(app, "居民参训率", kindSteps: 5, value: "45")
        addTask(app, "社区教育经费", kindSteps: 6, value: "1")
        addTask(app, "建立学习小组", kindSteps: 7, value: nil)
        plan = try XCTUnwrap(try zhongxiu(app).plans.first)
        XCTAssertEqual(plan.tasks.map(\.target.kind), [.sessions, .participants, .rate, .amountPerResident, .done])

        // a on the first task logs an activity already counted for it; tick the second task too.
        app.press(.char("g"), .char("a"), .tab).type("消防安全知识培训")
        app.press(.tab, .tab, .ctrl("u")).type("3").press(.tab, .ctrl("u")).type("160").press(.tab, .tab).type("4710")
        app.press(.tab, .tab, .tab)  // location, notes, then the ticked first task
        app.press(.down, .char(" "), .ctrl("s"))
        XCTAssertEqual(try progress(app, "社区学校培训").actual, 3)
        XCTAssertEqual(try progress(app, "培训参与人次").actual, 160)
        XCTAssertTrue(app.screen.contains("25%"), app.screen)

        // m records a reading for the rate target.
        app.press(.char("j"), .char("j"), .char("m"), .tab).type("47.5").press(.ctrl("s"))
        XCTAssertEqual(try progress(app, "居民参训率").state, .met)

        // Space marks the done task.
        app.press(.char("G"), .char(" "))
        XCTAssertEqual(try progress(app, "建立学习小组").state, .met)
        XCTAssertEqual(try progress(app, "社区教育经费").state, .behind, "amount is 0 yuan: no amount was logged against it")
    }

    func testInvalidActivityIsRefusedWithTheReason() throws {
        let app = try Harness()
        app.press(.char("G"), .enter, .tab, .tab, .char("n"), .ctrl("u")).type("2023-02-30").press(.tab).type("走访")
            .press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("没有这一天：2023年2月30日"), app.screen)
        XCTAssertEqual(try zhongxiu(app).activities, [])
        app.press(.up, .ctrl("u")).type("2025年3月8日").press(.ctrl("s"))
        XCTAssertEqual(try zhongxiu(app).activities.map(\.date.description), ["2025-03-08"])
    }

    func testDeletingATaskKeepsItsActivitiesAndUndoRestoresTheLinks() throws {
        let app = try Harness()
        app.press(.char("j"), .char("j"), .char("j"), .enter, .tab, .enter)  // 阜新街社区's co-building plan
        app.press(.char("d"), .char("y"))
        XCTAssertTrue(app.screen.contains("已删除任务“家庭教育培训”，3 项相关活动保留在台账中"), app.screen)
        var community = try XCTUnwrap(app.onDisk.first { $0.id == "c-demo01" })
        XCTAssertEqual(community.activities.filter { $0.title == "家庭教育培训" }.count, 3)
        XCTAssertFalse(community.activities.contains { $0.taskIDs.contains("t-01-1") })
        app.press(.char("u"))
        community = try XCTUnwrap(app.onDisk.first { $0.id == "c-demo01" })
        XCTAssertEqual(community.activities.filter { $0.taskIDs.contains("t-01-1") }.count, 3)
        XCTAssertEqual(community.plans.first?.tasks.first?.title, "家庭教育培训")
    }

    func testDeletingAndUndoingAnActivityAndAPlan() throws {
        let app = try Harness()
        app.press(.char("j"), .char("j"), .char("j"), .char("j"), .enter, .tab, .tab)
        let before = try XCTUnwrap(app.onDisk.first { $0.id == "c-demo04" }).activities.count
        app.press(.char("d"), .char("y"))
        XCTAssertEqual(try XCTUnwrap(app.onDisk.first { $0.id == "c-demo04" }).activities.count, before - 1)
        app.press(.char("u"))
        XCTAssertEqual(try XCTUnwrap(app.onDisk.first { $0.id == "c-demo04" }).activities.count, before)
        app.press(.backTab, .char("d"), .char("y"))
        XCTAssertEqual(try XCTUnwrap(app.onDisk.first { $0.id == "c-demo04" }).plans.count, 0)
        app.press(.char("u"))
        XCTAssertEqual(try XCTUnwrap(app.onDisk.first { $0.id == "c-demo04" }).plans.count, 1)
    }

    func testLedgerFiltersByKindMonthTaskAndTextWithTotals() throws {
        let app = try Harness()
        app.press(.char("j"), .char("j"), .char("j"), .enter, .tab, .tab)  // 阜新街社区
        XCTAssertTrue(app.screen.contains("共 14 项活动"), "activities up to the pinned today, 2025-09-15:\n" + app.screen)
        app.press(.char("K"))  // 讲座 comes first after 全部
        XCTAssertTrue(app.screen.contains("类型：讲座"), app.screen)
        XCTAssertTrue(app.screen.contains("共 3 项活动  3 场次  2000 人次"), app.screen)
        for _ in 0..<9 { app.press(.char("K")) }
        XCTAssertTrue(app.screen.contains("类型：全部"), app.screen)
        app.press(.char("M"))
        XCTAssertTrue(app.screen.contains("月份：2025-09"), app.screen)
        XCTAssertTrue(app.screen.contains("共 1 项活动"), app.screen)
        app.press(
            .char("M"), .char("M"), .char("M"), .char("M"), .char("M"), .char("M"), .char("M"), .char("M"), .char("M"),
            .char("T"))
        XCTAssertTrue(app.screen.contains("任务：2025 家庭教育培训"), "the plan's year with the task:\n" + app.screen)
        XCTAssertTrue(app.screen.contains("共 3 项活动  3 场次  1530 人次"), app.screen)
        app.press(.char("T"), .char("T"), .char("T"), .char("T"))  // through the plan's four tasks, back to all
        app.press(.char("/")).type("汇演").press(.enter)
        XCTAssertTrue(app.screen.contains("共 8 项活动"), app.screen)
        XCTAssertFalse(app.screen.contains("家庭教育培训"))
    }

    func testPlanScreenMarksOverdueBehindAndMissingPeriods() throws {
        let app = try Harness()
        app.press(.char("j"), .char("j"), .char("j"), .char("j"), .enter, .tab, .enter)
        XCTAssertTrue(app.screen.contains("逾期"), app.screen)
        XCTAssertTrue(app.screen.contains("滞后"), app.screen)
        XCTAssertTrue(app.screen.contains("缺1期"), app.screen)
        app.press(.char("j"), .char("j"), .enter)
        XCTAssertTrue(app.screen.contains("缺少的时段  7月"), app.screen)
    }

    func testReadingOnlyForRatesAndToggleOnlyForDone() throws {
        let app = try Harness()
        app.press(.char("j"), .char("j"), .char("j"), .char("j"), .enter, .tab, .enter, .char("j"), .char("m"))
        XCTAssertTrue(app.screen.contains("只有比率目标可以记录测评"), app.screen)
        app.press(.char(" "))
        XCTAssertTrue(app.screen.contains("只有“完成与否”的任务可以标记完成"), app.screen)
    }

    func testEscOnAChangedRecordFormAsks() throws {
        let app = try Harness()
        app.press(.char("j"), .char("j"), .char("j"), .char("j"), .enter, .tab, .char("n")).press(.tab).type("新计划")
            .press(.escape)
        XCTAssertTrue(app.screen.contains("放弃未保存的修改？(y/n)"), app.screen)
        app.press(.char("y"))
        guard case .community = app.state.pages.last else { return XCTFail("back on the community") }
    }
}

final class PlanKeysTests: XCTestCase {
    /// Keys that lead to each screen from the home screen (濠景园社区, then its first plan).
    static let routes: [(String, [Key], KeyTable<CommunityAction>?, KeyTable<PlanAction>?)] = [
        ("plans tab", [.char("j"), .char("j"), .char("j"), .char("j"), .enter, .tab], AppState.plansTabKeys, nil),
        ("plan", [.char("j"), .char("j"), .char("j"), .char("j"), .enter, .tab, .enter], nil, AppState.planKeys),
        (
            "task",
            [
                .char("j"), .char("j"), .char("j"), .char("j"), .enter, .tab, .enter, .char("j"), .char("j"),
                .char("j"), .char("j"), .enter,
            ], nil, AppState.taskKeys
        ),
    ]

    func testEveryHintedKeyDoesSomething() throws {
        for (name, route, communityTable, planTable) in Self.routes {
            let hinted =
                (communityTable?.bindings.filter(\.hint).map { $0.keys[0] } ?? [])
                + (planTable?.bindings.filter(\.hint).map { $0.keys[0] } ?? [])
            for key in hinted {
                let app = try Harness()
                app.terminal.feed(keys: route)
                app.runner.run()
                let before = app.screen
                app.press(key)
                XCTAssertNotEqual(app.screen, before, "\(name): \(key) changed nothing")
            }
        }
    }

    func testHelpOfThePlanScreenComesFromItsKeyTable() throws {
        let app = try Harness()
        app.press(.char("j"), .char("j"), .char("j"), .char("j"), .enter, .tab, .enter, .char("?"))
        for binding in AppState.planKeys.bindings {
            XCTAssertTrue(app.screen.contains(binding.label), binding.label)
        }
    }
}
