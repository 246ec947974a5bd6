import Foundation
import SnapshotTesting
import XCTest

@testable import ShequDomain
@testable import ShequExport
@testable import ShequText

/// The summary a street office would accept: gaps said as gaps, one rule
/// for 达标 and for rounding, a narrative in the sources' register, and the
/// cases a real district holds (an empty community, a rate never measured,
/// an all-n/a checklist, an approved checklist changed since, a file that
/// cannot be read, a hostile title) in every format's golden file.
final class HonestSummaryTests: XCTestCase {
    static let today = LocalDate(year: 2025, month: 9, day: 15)!
    static let hostile = "=HYPERLINK(\"http://example.com\",\"点我\")"
    static let broken = UnreadableFile(
        file: "communities/c-broken.json",
        problem: FileProblem(
            position: FileProblem.Position(line: 3, column: 7), message: L.notValidJSON(L.jsonEndsBeforeValue))
    )

    /// 阜新街社区, 濠景园社区 and an empty 空白社区, with the hard cases put in.
    static var hardCases: [Community] {
        let sample = SampleStreet.communities(today: today)
        var fuxin = sample.first { $0.id == "c-demo01" }!
        var haojing = sample.first { $0.id == "c-demo04" }!
        fuxin.plans[0].tasks[0].title = hostile
        let health = haojing.plans.firstIndex { $0.year == 2025 }!
        haojing.plans[health].tasks.append(
            PlanTask(id: "t-unread", title: "居民满意度", target: Target(kind: .rate, value: 90)))
        var allNA = haojing.checklists.first { $0.belongs(toYear: 2025) }!
        allNA.id = "k-all-na"
        allNA.title = "全部不适用的检查表"
        allNA.state = .submitted
        allNA.reviews = []
        for index in allNA.items.indices {
            allNA.items[index].result = .notApplicable
            allNA.items[index].rectification = nil
        }
        haojing.checklists.append(allNA)
        let approved = haojing.checklists.firstIndex { $0.state == .approved && $0.belongs(toYear: 2025) }!
        haojing.checklists[approved].items[0].evidence += "（通过后补写）"
        let empty = Community(id: "c-empty", name: "空白社区", street: "新城桥街道", district: "崇川区", population: 3000)
        return [fuxin, haojing, empty]
    }

    private func summary(_ language: Language = .zh, of records: [Community] = hardCases) -> Summary {
        Summary(
            communities: records, year: 2025, scope: "崇川区", language: language, today: Self.today,
            templates: BuiltInTemplates.all, trusted: TrustedReviewers([SampleStreet.reviewer]),
            unreadable: [Self.broken])
    }

    private func export(_ format: ExportFormat, _ language: Language, table: CSVSummary.Table = .tasks) throws -> String
    {
        var request = ExportRequest(year: 2025)
        request.format = format
        request.language = language
        request.table = table
        request.unreadable = [Self.broken]
        let data = try request.render(
            Self.hardCases, today: Self.today, templates: BuiltInTemplates.all,
            trusted: TrustedReviewers([SampleStreet.reviewer])
        ).get()
        return String(decoding: data, as: UTF8.self)
    }

    func testGoldenFilesOfTheHardCasesInEveryFormat() throws {
        for format in [ExportFormat.txt, .md, .html, .json] {
            assertSnapshot(of: try export(format, .zh), as: .lines, named: "hard-zh.\(format.rawValue)")
        }
        assertSnapshot(of: try export(.txt, .en), as: .lines, named: "hard-en.txt")
        for table in [CSVSummary.Table.tasks, .checklists, .communities] {
            assertSnapshot(of: try export(.csv, .zh, table: table), as: .lines, named: "hard-zh-\(table.rawValue).csv")
        }
    }

    func testACommunityWithNothingRecordedIsNotReportedAsAllMet() throws {
        let report = try XCTUnwrap(summary().communities.first { $0.id == "c-empty" })
        XCTAssertFalse(report.hasData)
        XCTAssertEqual(report.narrative, ["2025年度未填报工作计划、活动和检查表，本总结无数据可记。"])
        XCTAssertEqual(report.problems, ["2025年度未填报工作计划、活动和检查表"])
        XCTAssertEqual(report.nextSteps, ["补录2025年度工作计划、活动台账和检查表"])
        let txt = try export(.txt, .zh)
        XCTAssertFalse(txt.contains("各项目标均已"), "no all-clear anywhere in this district:\n" + txt)
        XCTAssertTrue(txt.contains("未填报"), txt)
        let row = try XCTUnwrap(summary().rollup?.rows.first { $0.community == "空白社区" })
        XCTAssertFalse(row.hasData)
    }

    func testARateNeverMeasuredIsADashAndAProblemNotZero() throws {
        let report = try XCTUnwrap(summary().communities.first { $0.id == "c-demo04" })
        let task = try XCTUnwrap(report.plans.flatMap(\.tasks).first { $0.id == "t-unread" })
        XCTAssertEqual(task.actualText, "—")
        XCTAssertEqual(task.percentText, "—")
        XCTAssertNil(task.percent)
        XCTAssertTrue(report.problems.contains("“居民满意度”未填报读数，无法考核"), report.problems.joined(separator: "\n"))
        XCTAssertTrue(report.nextSteps.contains("组织测评“居民满意度”，及时填报读数"))
        let csv = try export(.csv, .zh)
        let line = try XCTUnwrap(csv.components(separatedBy: "\r\n").first { $0.contains("居民满意度") })
        XCTAssertTrue(line.contains(",≥90%,,,"), "actual and percent are empty, not 0: " + line)
    }

    func testAChecklistWithNoApplicableItemHasNoScore() throws {
        let report = try XCTUnwrap(summary().communities.first { $0.id == "c-demo04" })
        let checklist = try XCTUnwrap(report.checklists.first { $0.title == "全部不适用的检查表" })
        XCTAssertNil(checklist.score)
        XCTAssertEqual(checklist.scoreText, "—")
        XCTAssertFalse(checklist.passes)
        XCTAssertTrue(report.problems.contains("“全部不适用的检查表”各项均为不适用，无法评分"))
    }

    func testAnApprovedChecklistChangedSinceCountsNowhereAsAttained() throws {
        let full = summary()
        let report = try XCTUnwrap(full.communities.first { $0.id == "c-demo04" })
        let changed = try XCTUnwrap(report.checklists.first { $0.state == .approved })
        XCTAssertTrue(changed.passes, "the score still passes")
        XCTAssertFalse(changed.attained, "but it is not 达标")
        XCTAssertEqual(full.rollup?.rows.first { $0.community == "濠景园社区" }?.checklistsPassing, 0)
        XCTAssertTrue(report.problems.contains { $0.contains("通过后内容有改动，不计达标") }, report.problems.description)
        XCTAssertTrue(report.narrative.contains { $0.contains("通过后内容有改动，不计达标") })
        let json = try export(.json, .zh)
        XCTAssertTrue(json.contains("\"attained\" : false") && json.contains("\"passes\" : true"))
    }

    func testAnApprovedChecklistFailedByAVetoItemSaysSoInBothLanguages() throws {
        // 90/100 against a mark of 85, but its veto item failed.
        let items = (0..<10).map { index in
            ChecklistItem(
                id: "i\(index)", group: "组", text: "项\(index)", weight: 10, veto: index == 0,
                result: index == 0 ? .fail : .pass,
                rectification: index == 0
                    ? Rectification(action: "补齐", owner: "书记", due: LocalDate(year: 2025, month: 12, day: 31)!) : nil)
        }
        var checklist = Checklist(
            id: "k-veto", templateID: "t", title: "否决项考评表", period: "2025年", scored: true, threshold: 85, items: items)
        let clerk = Actor(role: .clerk, name: "填报员")
        let supervisor = Actor(role: .supervisor, name: "王秀英", signer: ReviewSigner.sample)
        let now = Date(timeIntervalSince1970: 1_750_000_000)
        checklist = try ChecklistWorkflow.submit(checklist, by: clerk, at: now).get()
        checklist = try ChecklistWorkflow.approve(checklist, in: "c-veto", by: supervisor, comment: "", at: now).get()
        let community = Community(id: "c-veto", name: "否决社区", street: "新城桥街道", checklists: [checklist])
        let zh = summary(.zh, of: [community]).communities[0]
        XCTAssertTrue(zh.narrative.contains { $0.contains("得分90/100，经街道审核通过，但有一票否决项不合格，不计达标") }, "\(zh.narrative)")
        let en = summary(.en, of: [community]).communities[0]
        XCTAssertTrue(
            en.narrative.contains { $0.contains("scored 90/100: approved, but a veto item failed") }, "\(en.narrative)")
        XCTAssertFalse(en.narrative.contains { $0.contains("below the pass mark") }, "\(en.narrative)")
    }

    func testCSVCarriesEveryTargetsFigureAndRoundsAsTheOtherFormats() throws {
        func rows(_ records: [Community]) throws -> [String] {
            let data = try ExportFormat.csv.render(summary(.zh, of: records), language: .zh)
            return String(decoding: data, as: UTF8.self).components(separatedBy: "\r\n")
        }
        let sample = SampleStreet.communities(today: Self.today)
        let twoTargets = try XCTUnwrap(try rows(sample).first { $0.contains(",家庭教育培训,") })
        XCTAssertTrue(twoTargets.contains(",≥4场、≥2000人次,3场、1530人次,75.0%,"), twoTargets)
        // A rate read as 91.25% is 91.3 in the CSV as everywhere else.
        let rate = PlanTask(
            id: "t-rate", title: "知晓率", target: Target(kind: .rate, value: 90),
            measurements: [RateReading(date: LocalDate(year: 2025, month: 6, day: 1)!, percent: 91.25)])
        let community = Community(
            id: "c-rate", name: "读数社区",
            plans: [Plan(id: "p-1", year: 2025, title: "计划", category: .health, tasks: [rate])])
        let row = try XCTUnwrap(try rows([community]).first { $0.contains(",知晓率,") })
        XCTAssertTrue(row.contains(",≥90%,91.3,"), row)
    }

    func testAnUnreadableFileIsNamedInEverySummaryOfSeveral() throws {
        for format in [ExportFormat.txt, .md, .html] {
            let text = try export(format, .zh)
            XCTAssertTrue(text.contains("以下1个数据文件无法读取"), format.rawValue)
            XCTAssertTrue(text.contains("communities/c-broken.json: 第3行第7列: 不是有效的 JSON"), format.rawValue)
        }
        var named = ExportRequest(year: 2025)
        named.communities = ["空白社区"]
        named.unreadable = [Self.broken]
        XCTAssertTrue(named.leftOut.isEmpty, "a community asked for by name was read")
    }

    func testAHostileTitleCannotRunInASpreadsheet() throws {
        let csv = try export(.csv, .zh)
        XCTAssertTrue(csv.contains("\"'=HYPERLINK(\"\"http://example.com\"\",\"\"点我\"\")\""), csv)
        XCTAssertFalse(csv.contains(",=HYPERLINK"))
        let html = try export(.html, .zh)
        XCTAssertTrue(html.contains("=HYPERLINK(&quot;http://example.com&quot;,&quot;点我&quot;)"))
    }

    func testOneRoundingRuleHalfUpToOneDecimal() {
        XCTAssertEqual(Percentage.text(2300.0 / 3000 * 100, short: true), "76.7%")
        XCTAssertEqual(Percentage.text(1, of: 3), "33.3%")
        XCTAssertEqual(Percentage.text(2, of: 3), "66.7%")
        XCTAssertEqual(Percentage.text(1, of: 16), "6.3%", "a true half rounds up, not to even")
        XCTAssertEqual(Percentage.text(10, of: 11), "90.9%")
        XCTAssertEqual(Percentage.text(99.96, short: true), "99.9%", "short of the target never reads 100.0%")
        XCTAssertEqual(Percentage.text(99.96), "100.0%")
        XCTAssertEqual(Percentage.text(0, of: 0), "—")
        XCTAssertEqual(Attainment.Row(name: "街", attained: 1, total: 3).percentText, "33.3%")
    }

    func testFiguresAreWrittenOneWayInEachLanguage() {
        XCTAssertEqual(Language.zh.figure(6860), "6860")
        XCTAssertEqual(Language.en.figure(6860), "6,860")
        XCTAssertEqual(Language.en.figure(1_234_567.5), "1,234,567.5")
        XCTAssertEqual(Language.en.figure(-1200), "-1,200")
        XCTAssertEqual(Target(kind: .participants, value: 2000).text(.en), "≥2,000 people")
        XCTAssertEqual(Target(kind: .participants, value: 2000).text(.zh), "≥2000人次")
    }

    /// The note of issue 14 quotes these two plans' paragraphs.
    func testTheNarrativeLeadsWithAchievementsInTheSourcesRegister() throws {
        let records = SampleStreet.communities(today: Self.today).filter { ["c-demo01", "c-demo04"].contains($0.id) }
        let zh = summary(of: records)
        let demo01 = try XCTUnwrap(zh.communities.first { $0.id == "c-demo01" })
        XCTAssertTrue(demo01.narrative[0].hasPrefix("全年共开展活动"), demo01.narrative[0])
        let coBuilding = demo01.narrative[1]
        XCTAssertTrue(coBuilding.hasPrefix("2025年度社区与教育局共驻共建计划：全年开展相关活动"), coBuilding)
        XCTAssertTrue(coBuilding.contains("”已完成"), "counts under way, with units: " + coBuilding)
        XCTAssertFalse(coBuilding.contains("≥"), coBuilding)
        let health = try XCTUnwrap(zh.communities.first { $0.id == "c-demo04" })
        XCTAssertTrue(health.narrative[1].contains("以上的目标"), health.narrative[1])
        XCTAssertTrue(health.narrative.contains { $0.hasPrefix("检查考评方面，") })
        XCTAssertTrue(health.nextSteps.contains { $0.hasPrefix("加快推进“") }, health.nextSteps.description)
        let en = summary(.en, of: records)
        let english = try XCTUnwrap(en.communities.first { $0.id == "c-demo01" }?.narrative[1])
        XCTAssertTrue(english.contains("so far"), english)
        let healthEnglish = try XCTUnwrap(en.communities.first { $0.id == "c-demo04" }?.narrative[1])
        XCTAssertTrue(healthEnglish.contains("above the target of"), healthEnglish)
    }

    /// 二 adds up households and money with their coverage; 四 compares the
    /// year with the last where last year's records exist, and a year of
    /// activities without a plan still has its 小结 (issue 26, point 9).
    func testTheSummaryAddsUpHouseholdsAndMoneyAndComparesWithLastYear() throws {
        var community = try XCTUnwrap(SampleStreet.communities(today: Self.today).first { $0.id == "c-demo04" })
        community.households = 1500
        let thisYear = community.activities.filter { $0.date.year == 2025 }
        community.activities = thisYear.enumerated().map { index, activity in
            var activity = activity
            activity.households = index < 4 ? 100 : nil
            activity.amount = index < 2 ? 2150 : nil
            return activity
        }
        // Last year: two activities fewer and no plan.
        community.activities += thisYear.dropFirst(2).map { activity in
            var earlier = activity
            earlier.id += "-2024"
            earlier.date = LocalDate(year: 2024, month: activity.date.month, day: min(activity.date.day, 28))!
            earlier.taskIDs = []
            return earlier
        }
        let report = try XCTUnwrap(summary(of: [community]).communities.first)
        XCTAssertEqual(report.activityTotal.households, 400)
        XCTAssertEqual(report.activityTotal.amount, 4300)
        let people = thisYear.total(\.participants) - thisYear.dropFirst(2).total(\.participants)
        XCTAssertEqual(
            report.narrative[0],
            "全年共开展活动\(thisYear.count)次、\(thisYear.total(\.sessions))场次，参与居民\(thisYear.total(\.participants))人次，"
                + "入户400户（覆盖率26.7%），投入经费4300元，比上年增加2次、\(people)人次。")
        let text = TextSummary.render(summary(of: [community]), language: .zh)
        XCTAssertTrue(text.contains("入户数"), text)
        let lastYear = Summary(
            communities: [community], year: 2024, scope: "崇川区", language: .zh, today: Self.today,
            templates: BuiltInTemplates.all, trusted: TrustedReviewers([SampleStreet.reviewer]))
        let earlier = try XCTUnwrap(lastYear.communities.first?.narrative.first)
        XCTAssertTrue(earlier.hasPrefix("全年共开展活动\(thisYear.count - 2)次"), "a 2024 小结 is not empty: " + earlier)
        XCTAssertFalse(earlier.contains("比上年"), "2023 holds nothing to compare with")
        // The district page compares the year with the last where last year's data exists.
        let other = try XCTUnwrap(SampleStreet.communities(today: Self.today).first { $0.id == "c-demo01" })
        let district = try XCTUnwrap(summary(of: [community, other]).rollup?.againstLastYear)
        let sessions = (community.activities + other.activities).filter { $0.date.year == 2025 }.total(\.sessions)
        let before = thisYear.dropFirst(2).total(\.sessions)
        XCTAssertTrue(district.hasPrefix("比上年：场次 \(sessions)（上年 \(before)）；"), district)
        XCTAssertTrue(district.contains("完成率"), district)
        XCTAssertNil(lastYear.rollup, "one community has no district page")
        XCTAssertNil(summary(of: SampleStreet.communities(today: Self.today)).rollup?.againstLastYear, "no 2024 data")
    }

    /// The register of the printed words (issue 26, point 10): ≥ as Chinese
    /// writes it, English units and plurals, money spent rather than done,
    /// quotes nested, no doubled verb, a Latin name apart from the year, a
    /// list apart from its table, no stale decision beside 待审核.
    func testTheWordsReadAsTheDocumentsWriteThem() throws {
        XCTAssertEqual(Target(kind: .sessions, value: 6, unit: "场").text(.zh), "≥6场")
        XCTAssertEqual(Target(kind: .sessions, value: 6, unit: "场").text(.en), "≥6 sessions")
        XCTAssertEqual(Target(kind: .activities, value: 6, unit: "期").text(.en), "≥6")
        XCTAssertEqual(Target(kind: .activities, value: 6, unit: "issues").text(.en), "≥6 issues")
        XCTAssertEqual(ProgressText.actual(9.26, .amountPerResident, .en), "9.26 yuan/resident")
        XCTAssertEqual(L.summaryTitle("Riverside Garden", 2025).zh, "Riverside Garden 2025年度工作总结")
        XCTAssertEqual(L.summaryTitle("阜新街社区", 2025).zh, "阜新街社区2025年度工作总结")
        let money = PlanTask(id: "t1", title: "落实健康教育工作经费", target: Target(kind: .amount, value: 5000))
        let quoted = PlanTask(id: "t2", title: "创建“三无”小区", target: Target(kind: .sessions, value: 2))
        let people = PlanTask(id: "t3", title: "Health talks", target: Target(kind: .participants, value: 100))
        let plan = Plan(
            id: "p1", year: 2025, title: "2025年度健康教育工作计划", category: .health, tasks: [money, quoted, people])
        let day = LocalDate(year: 2025, month: 3, day: 1)!
        var checklist = BuiltInTemplates.healthEducation.instantiate(id: "k-1", period: "2025年", language: .zh)
        checklist.state = .submitted
        checklist.reviews = [
            Review(
                time: Date(timeIntervalSince1970: 1_740_000_000), reviewer: "街道王科长", decision: .returned, comment: "补材料"
            ),
            Review(time: Date(timeIntervalSince1970: 1_741_000_000), reviewer: "阜新街社区", decision: .submitted),
        ]
        let community = Community(
            id: "c-1", name: "阜新街社区", plans: [plan],
            activities: [
                Activity(id: "a1", date: day, title: "经费", kind: .other, amount: 4300, taskIDs: ["t1"]),
                Activity(id: "a2", date: day, title: "创建", kind: .meeting, participants: 99, taskIDs: ["t2", "t3"]),
            ],
            checklists: [checklist])
        let zh = try XCTUnwrap(summary(of: [community]).communities.first)
        let said = (zh.narrative + zh.nextSteps).joined(separator: "\n")
        XCTAssertTrue(said.contains("“落实健康教育工作经费”已投入4300元"), said)
        XCTAssertTrue(said.contains("“创建‘三无’小区”"), said)
        XCTAssertFalse(said.contains("落实“落实"), said)
        XCTAssertNil(zh.checklists.first?.reviewer, "the return before the resubmission is not the current decision")
        XCTAssertNil(zh.checklists.first?.comment)
        let en = try XCTUnwrap(summary(.en, of: [community]).communities.first)
        XCTAssertTrue(en.nextSteps.contains { $0.contains("Health talks: 1 person more") }, en.nextSteps.description)
        let markdown = MarkdownSummary.render(summary(of: [community]), language: .zh).components(separatedBy: "\n")
        for (above, line) in zip(markdown, markdown.dropFirst()) where line.hasPrefix("- ") {
            XCTAssertFalse(above.hasPrefix("|"), "a list straight after a table: " + line)
        }
    }

    /// The targets the documents use print in every format (issue 26, point 9).
    /// `community`'s 2025 summary in every format, as text.
    private func everyFormat(_ community: Community) throws -> [(ExportFormat, String)] {
        try ExportFormat.allCases.map { format in
            var request = ExportRequest(year: 2025)
            request.format = format
            let data = try request.render(
                [community], today: Self.today, templates: BuiltInTemplates.all, trusted: TrustedReviewers()
            ).get()
            return (format, String(decoding: data, as: UTF8.self))
        }
    }

    func testKindsAndADayArePrintedInEveryFormat() throws {
        let varied = PlanTask(id: "t1", title: "形式多样的健康教育活动", target: Target(kind: .kinds, value: 3))
        let day = PlanTask(
            id: "t2", title: "世界无烟日控烟宣传", deadline: LocalDate(year: 2025, month: 5, day: 30),
            target: Target(kind: .heldOnDay))
        let plan = Plan(id: "p1", year: 2025, title: "2025年度健康教育工作计划", category: .health, tasks: [varied, day])
        let activities = [
            Activity(
                id: "a1", date: LocalDate(year: 2025, month: 5, day: 30)!, title: "无烟日宣传", kind: .publicity,
                taskIDs: ["t1", "t2"]),
            Activity(
                id: "a2", date: LocalDate(year: 2025, month: 6, day: 3)!, title: "讲座", kind: .lecture,
                taskIDs: ["t1"]),
        ]
        let community = Community(id: "c-1", name: "阜新街社区", plans: [plan], activities: activities)
        for (format, text) in try everyFormat(community) {
            XCTAssertTrue(text.contains("5月30日举办"), "\(format): " + text)
            XCTAssertTrue(text.contains("≥3种形式"), "\(format)")
            // The CSV's 实际 is a number to compute with: 1 for held, as for a done task.
            XCTAssertTrue(text.contains(format == .csv ? "5月30日举办,1," : "已举办"), "\(format): " + text)
        }
    }

    func testARiseOnLastYearAndARangeArePrintedInEveryFormat() throws {
        let title = "居民健康知识知晓率"
        let last = PlanTask(
            id: "t25", title: title, target: Target(kind: .rate, value: 80),
            measurements: [RateReading(date: LocalDate(year: 2024, month: 11, day: 1)!, percent: 82)])
        let rise = PlanTask(
            id: "t1", title: title, target: Target(kind: .rate, value: 5, rise: .by),
            measurements: [RateReading(date: LocalDate(year: 2025, month: 11, day: 1)!, percent: 88)])
        let range = PlanTask(id: "t2", title: "健康讲座", target: Target(kind: .participants, value: 30, atMost: 50))
        let plans = [
            Plan(id: "p0", year: 2024, title: "2024年度健康教育工作计划", category: .health, tasks: [last]),
            Plan(id: "p1", year: 2025, title: "2025年度健康教育工作计划", category: .health, tasks: [rise, range]),
        ]
        let lecture = Activity(
            id: "a1", date: LocalDate(year: 2025, month: 6, day: 3)!, title: "讲座", kind: .lecture, participants: 60,
            taskIDs: ["t2"])
        let community = Community(id: "c-1", name: "阜新街社区", plans: plans, activities: [lecture])
        for (format, wrapped) in try everyFormat(community) {
            // The text format wraps its paragraphs; a sentence is looked for with the wrapping undone.
            let text = wrapped.replacingOccurrences(of: "\n  ", with: "")
            XCTAssertTrue(text.contains("比上年提高5个百分点（≥87%）"), "\(format): " + text)
            XCTAssertTrue(text.contains("30～50人次"), "\(format)")
            if format != .csv && format != .json {
                XCTAssertTrue(text.contains("超出30～50人次的目标范围"), "\(format): " + text)
                XCTAssertTrue(text.contains("“居民健康知识知晓率”达到88%，实现87%以上的目标"), "\(format): " + text)
            }
        }
    }
}
