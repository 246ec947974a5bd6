import CSV
import Foundation
import SnapshotTesting
import XCTest

@testable import ShequDomain
@testable import ShequExport
@testable import ShequText

#if canImport(FoundationXML)
    import FoundationXML
#endif

/// Every export format from the sample data, pinned to 2025-09-15, in both
/// languages, compared with the files in __Snapshots__ (rewrite them with
/// SNAPSHOT_TESTING_RECORD=all), and checked for the rules of each format.
final class ExportTests: XCTestCase {
    static let today = LocalDate(year: 2025, month: 9, day: 15)!
    static let sample = SampleStreet.communities(today: today)

    private func export(
        _ format: ExportFormat, _ language: Language, communities: [String] = [], street: String? = nil,
        table: CSVSummary.Table = .tasks, from records: [Community] = sample
    ) throws -> Data {
        var request = ExportRequest(year: 2025)
        request.communities = communities
        request.street = street
        request.format = format
        request.language = language
        request.table = table
        return try request.render(
            records, today: Self.today, templates: BuiltInTemplates.all,
            trusted: TrustedReviewers([SampleStreet.reviewer])
        ).get()
    }

    private func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    func testGoldenFilesForEveryFormatInBothLanguages() throws {
        for language in Language.allCases {
            for format in [ExportFormat.txt, .md, .html, .json] {
                assertSnapshot(
                    of: text(try export(format, language, street: "新城桥街道")), as: .lines,
                    named: "street-\(language.rawValue).\(format.rawValue)")
            }
            assertSnapshot(
                of: text(try export(.txt, language, communities: ["濠景园社区"])), as: .lines,
                named: "community-\(language.rawValue).txt")
            for table in CSVSummary.Table.allCases {
                assertSnapshot(
                    of: text(try export(.csv, language, street: "新城桥街道", table: table)), as: .lines,
                    named: "street-\(language.rawValue)-\(table.rawValue).csv")
            }
        }
    }

    func testTheAttainmentMatrixExportsAsCSVWithRatesToOneDecimal() throws {
        let csv = text(try export(.csv, .zh, table: .attainment))
        let lines = csv.split(whereSeparator: \.isNewline).map(String.init)
        XCTAssertTrue(lines[0].contains("街道,五好关工委考评表达标数,五好关工委考评表社区数,五好关工委考评表达标率"), lines[0])
        XCTAssertEqual(lines.dropFirst().map { $0.split(separator: ",")[0] }, ["城东街道", "阜新街街道", "新城桥街道", "崇川区"])
        XCTAssertTrue(lines.last?.hasPrefix("崇川区,1,9,11.1%") ?? false, csv)
    }

    func testCSVSpeaksTheChosenLanguageAndHoldsTheLedger() throws {
        let tasks = text(try export(.csv, .zh, communities: ["c-demo04"]))
        let header = try XCTUnwrap(tasks.split(whereSeparator: \.isNewline).first)
        XCTAssertEqual(header, "\u{FEFF}社区,计划,任务,目标,实际,完成率,状态,责任人,完成时限,缺期")
        for english in ["behind", "overdue", "onTrack", "met,"] { XCTAssertFalse(tasks.contains(english), english) }
        XCTAssertTrue(tasks.contains("滞后"), tasks)
        let checklists = text(try export(.csv, .zh, communities: ["c-demo04"], table: .checklists))
        XCTAssertFalse(checklists.contains("true") || checklists.contains("false") || checklists.contains("submitted"))

        let ledger = text(try export(.csv, .zh, communities: ["c-demo04"], table: .ledger))
        let lines = ledger.components(separatedBy: "\r\n").filter { !$0.isEmpty }
        XCTAssertEqual(lines[0], "\u{FEFF}社区,日期,活动,类型,场次,人次,户数,金额,地点,计入任务")
        let community = try XCTUnwrap(Self.sample.first { $0.id == "c-demo04" })
        XCTAssertEqual(
            lines.count - 1, community.activities.filter { $0.date.year == 2025 }.count, "one row per activity")
        XCTAssertTrue(lines.contains { $0.contains("健康教育专栏每月更换") }, "linked task titles:\n" + ledger)
        XCTAssertEqual(
            lines.dropFirst().map { String($0.split(separator: ",")[1]) },
            lines.dropFirst().map { String($0.split(separator: ",")[1]) }.sorted())

        let english = text(try export(.csv, .en, communities: ["c-demo04"], table: .ledger))
        XCTAssertTrue(english.hasPrefix("\u{FEFF}community,date,title,kind,sessions"), english)
    }

    func testPassingAndAttainedAreTwoColumnsAndTheRowsCountAttained() throws {
        // An approved, passing checklist edited after approval: it still passes on score, but no longer counts.
        var communities = Self.sample
        let index = try XCTUnwrap(communities.firstIndex { $0.id == "c-demo04" })
        communities[index].checklists[0].items[0].evidence = "批准后改过"
        let csv = text(try export(.csv, .zh, table: .checklists, from: communities))
        XCTAssertTrue(csv.contains("一票否决,得分合格,达标,状态"), csv)
        let edited = try XCTUnwrap(csv.split(whereSeparator: \.isNewline).first { $0.hasPrefix("濠景园社区,五好关工委考评表") })
        XCTAssertTrue(edited.contains(",否,是,否,已通过,"), "passes on score, not attained:\n" + edited)
        let txt = text(try export(.txt, .zh, from: communities))
        XCTAssertTrue(txt.contains("检查表达标"), "the rows say what they count")
        XCTAssertFalse(txt.contains("检查表通过"))
    }

    func testAYearNoRecordCanHoldIsRefused() {
        for year in [0, 1999, 2101, 20250] {
            var request = ExportRequest(year: year)
            request.format = .txt
            let result = request.render(
                Self.sample, today: Self.today, templates: BuiltInTemplates.all, trusted: TrustedReviewers())
            guard case .failure(let problem) = result else { return XCTFail("\(year) was accepted") }
            XCTAssertEqual(problem.message, L.badYear, "\(year)")
        }
    }

    func testTextIsEightyColumnsInDisplayCellsWithPagesOfAtMostSixtyLines() throws {
        for language in Language.allCases {
            let output = text(try export(.txt, language))
            let pages = output.split(separator: "\u{0C}", omittingEmptySubsequences: false)
            XCTAssertGreaterThan(pages.count, 9, "a first page and at least a page per community")
            for (index, page) in pages.enumerated() {
                let lines = page.split(separator: "\n", omittingEmptySubsequences: false).dropLast()
                XCTAssertLessThanOrEqual(lines.count, 60, "page \(index + 1)")
                XCTAssertTrue(
                    lines.first?.hasSuffix(
                        language == .zh ? "第 \(index + 1) 页，共 \(pages.count) 页" : "page \(index + 1) of \(pages.count)")
                        ?? false, String(lines.first ?? ""))
                for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 80, String(line)) }
            }
        }
    }

    func testTextTablesAlignInDisplayCells() throws {
        let output = text(try export(.txt, .zh, communities: ["濠景园社区"]))
        let rows = output.split(separator: "\n").filter { $0.contains("≥") && !$0.contains("目标") }
        XCTAssertGreaterThan(rows.count, 4)
        let targetColumns = Set(rows.map { DisplayWidth.of($0[..<$0.range(of: "≥")!.lowerBound]) })
        XCTAssertEqual(targetColumns, [28], "every target starts in the same cell:\n" + rows.joined(separator: "\n"))
    }

    func testEachCommunityStartsOnANewPage() throws {
        let output = text(try export(.txt, .zh, street: "新城桥街道"))
        for name in ["北濠桥社区", "濠景园社区", "文峰社区"] {
            XCTAssertTrue(
                output.contains("\u{0C}" + "新城桥街道2025年度工作汇总")
                    && output.contains("                           \(name)2025年度工作总结"), name)
        }
    }

    func testHTMLIsWellFormedSelfContainedAndPrintsOnA4() throws {
        let html = text(try export(.html, .zh))
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        XCTAssertTrue(parser.parse(), "well-formed: \(String(describing: parser.parserError))")
        for rule in [
            "@page { size: A4", "thead { display: table-header-group; }",
            "tr { break-inside: avoid; page-break-inside: avoid; }",
            "section.community", "break-before: page",
        ] {
            XCTAssertTrue(html.contains(rule), rule)
        }
        XCTAssertFalse(html.contains("<script"), "no scripts")
        XCTAssertFalse(html.contains("src=\"http"), "nothing from the network")
        XCTAssertFalse(html.contains("href=\"http"), "nothing from the network")
        XCTAssertEqual(html.components(separatedBy: "<section class=\"community\"").count - 1, 9)
        XCTAssertTrue(html.contains("aria-label=\"2025年每月活动场次\""), "a month chart per community")
        XCTAssertTrue(html.contains("aria-label=\"目标完成情况：2025年度健康教育工作计划\""), "an attainment chart per plan")
        XCTAssertGreaterThanOrEqual(html.components(separatedBy: "<svg").count - 1, 9 + 6)
    }

    func testCSVNeutralisesFormulasAndEndsEveryRowInCRLF() throws {
        var hostile = Self.sample[0]
        hostile.plans[0].tasks[0].title = "=HYPERLINK(\"http://example.invalid\",\"点击\")"
        hostile.plans[0].tasks[1].title = "@SUM(1+1)"
        hostile.plans[0].tasks[2].title = "-2+3+cmd|' /C calc'!A0"
        hostile.plans[0].tasks[3].owner = "+86 13962811520"
        var request = ExportRequest(year: 2025)
        request.format = .csv
        let data = try request.render(
            [hostile], today: Self.today, templates: BuiltInTemplates.all,
            trusted: TrustedReviewers([SampleStreet.reviewer])
        ).get()
        let csv = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(csv.contains("\"'=HYPERLINK(\"\"http://example.invalid\"\",\"\"点击\"\")\""), csv)
        XCTAssertTrue(csv.contains("'@SUM(1+1)"))
        XCTAssertTrue(csv.contains("'-2+3+cmd|"))
        XCTAssertTrue(csv.contains("'+86 13962811520"))
        let cells = csv.split(separator: ",", omittingEmptySubsequences: false)
        XCTAssertFalse(cells.contains { $0.hasPrefix("=") || $0.hasPrefix("@") }, "no cell starts a formula")
        let bytes = [UInt8](data)
        let lineFeeds = bytes.indices.filter { bytes[$0] == 0x0A }
        XCTAssertGreaterThan(lineFeeds.count, 1)
        XCTAssertTrue(lineFeeds.allSatisfy { $0 > 0 && bytes[$0 - 1] == 0x0D }, "every row ends in CRLF")
        XCTAssertEqual(CSVDocument.neutralized("-3"), "-3", "numbers stay numbers")
        XCTAssertEqual(CSVDocument.neutralized("-"), "-")
        XCTAssertEqual(CSVDocument.neutralized("\tx"), "'\tx")
        XCTAssertEqual(CSVDocument.neutralized("健康教育"), "健康教育")
    }

    func testMarkdownKeepsDataInsideItsHeadingsRowsAndParagraphs() throws {
        var hostile = Self.sample[0]
        hostile.name = "甲社区\n# 假标题"
        hostile.plans[0].title = "计划\r\n## 注入的小节"
        hostile.plans[0].tasks[0].title = "<img src=x onerror=alert(1)>任务"
        hostile.plans[0].tasks[1].owner = "张|李\r王"
        hostile.plans[0].tasks[2].title = "- 1. *粗体* [链接](http://example.invalid)"
        var request = ExportRequest(year: 2025)
        request.format = .md
        let md = text(
            try request.render(
                [hostile], today: Self.today, templates: BuiltInTemplates.all,
                trusted: TrustedReviewers([SampleStreet.reviewer])
            ).get())
        let lines = md.components(separatedBy: "\n")
        XCTAssertFalse(md.contains("\r"), "a CR cannot break a row")
        XCTAssertFalse(lines.contains { $0.hasPrefix("# 假标题") || $0.hasPrefix("## 注入的小节") }, "no heading from the data")
        XCTAssertTrue(md.contains("# 甲社区 # 假标题"), md)
        XCTAssertFalse(md.contains("<img"), "HTML is shown as text")
        XCTAssertTrue(
            md.contains("&lt;img src=x onerror=alert(1)&gt;任务") || md.contains("&lt;img src=x onerror=alert(1)>任务"))
        XCTAssertTrue(md.contains("张\\|李 王"), "a pipe in a cell is escaped")
        XCTAssertTrue(md.contains("\\*粗体\\* \\[链接\\](http://example.invalid)"))
        for row in lines where row.hasPrefix("| ") && row.contains("办公会") {
            let pipes = row.replacingOccurrences(of: "\\|", with: "").filter { $0 == "|" }.count
            XCTAssertEqual(pipes, 8, "seven cells: " + row)
        }
    }

    func testControlCharactersInTheDataAreShownNotSentInEveryPrintableFormat() throws {
        var hostile = Self.sample[0]
        hostile.name = "甲\u{1B}[2J\u{1B}]52;c;aGk=\u{07}社区"
        hostile.plans[0].tasks[0].title = "任务\u{9B}31m\u{0}"
        XCTAssertEqual(VisibleText.of("甲\u{1B}]0;t\u{07}"), "甲\\x1b]0;t\\x07")
        XCTAssertEqual(VisibleText.of("a\nb\tc"), "a b c")
        XCTAssertEqual(VisibleText.of("a\nb", keepingLineBreaks: true), "a\nb")
        for format in [ExportFormat.txt, .md, .csv, .html] {
            var request = ExportRequest(year: 2025)
            request.format = format
            let data = try request.render(
                [hostile], today: Self.today, templates: BuiltInTemplates.all,
                trusted: TrustedReviewers([SampleStreet.reviewer])
            ).get()
            let bytes = [UInt8](data)
            XCTAssertFalse(bytes.contains(0x1B) || bytes.contains(0x07) || bytes.contains(0x00), "\(format)")
            XCTAssertFalse(text(data).unicodeScalars.contains("\u{9B}"), "\(format): no C1 control")
            let shown = format == .md ? "\\\\x1b\\[2J" : "\\x1b[2J"  // Markdown escapes the backslash and [ too
            XCTAssertTrue(text(data).contains(shown), "\(format) shows the escape")
            if format == .html {
                let parser = XMLParser(
                    data: Data(text(data).replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
                XCTAssertTrue(parser.parse(), "well-formed: \(String(describing: parser.parserError))")
            }
        }
        var request = ExportRequest(year: 2025)
        request.format = .json
        let json = text(
            try request.render(
                [hostile], today: Self.today, templates: BuiltInTemplates.all,
                trusted: TrustedReviewers([SampleStreet.reviewer])
            ).get())
        XCTAssertTrue(json.contains("\\u001b[2J"), "JSON keeps the data exactly, escaped by the encoder")
    }

    func testHTMLEscapesMarkupInTheData() throws {
        var hostile = Self.sample[0]
        hostile.name = "<b>甲&乙\"社区\"</b>"
        hostile.plans[0].title = "<script>alert(1)</script>计划"
        hostile.plans[0].tasks[0].title = "任务 <img src=x onerror=alert(2)>"
        var request = ExportRequest(year: 2025)
        request.communities = [hostile.id]
        request.format = .html
        let html = text(
            try request.render(
                [hostile], today: Self.today, templates: BuiltInTemplates.all,
                trusted: TrustedReviewers([SampleStreet.reviewer])
            ).get())
        let parser = XMLParser(data: Data(html.replacingOccurrences(of: "<!DOCTYPE html>", with: "").utf8))
        XCTAssertTrue(parser.parse(), "still well-formed: \(String(describing: parser.parserError))")
        XCTAssertTrue(html.contains("&lt;b&gt;甲&amp;乙&quot;社区&quot;&lt;/b&gt;"), "the name is text, not markup")
        XCTAssertTrue(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;计划"))
        XCTAssertFalse(html.contains("<script"), "no markup from the data gets through")
        XCTAssertFalse(html.contains("<img"))
        XCTAssertFalse(html.contains("<b>"))
    }

    func testCSVHasAByteOrderMarkAndReadsBackWithChinese() throws {
        let data = try export(.csv, .zh, table: .tasks)
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let reader = try CSVReader(string: String(decoding: data.dropFirst(3), as: UTF8.self), hasHeaderRow: true)
        XCTAssertEqual(reader.headerRow, ["社区", "计划", "任务", "目标", "实际", "完成率", "状态", "责任人", "完成时限", "缺期"])
        var rows: [[String]] = []
        while let row = reader.next() { rows.append(row) }
        XCTAssertEqual(rows.count, Self.sample.flatMap(\.plans).flatMap(\.tasks).count)
        XCTAssertTrue(rows.contains { $0[0] == "濠景园社区" && $0[2] == "居民健康知识知晓率" && $0[4] == "93.4" })
    }

    func testFiguresAgreeAcrossFormats() throws {
        let json = try JSONSerialization.jsonObject(with: try export(.json, .zh)) as? [String: Any]
        let communities = try XCTUnwrap(json?["communities"] as? [[String: Any]])
        let txt = text(try export(.txt, .zh))
        let csv = text(try export(.csv, .zh))
        let md = text(try export(.md, .zh))
        for community in communities {
            for plan in community["plans"] as? [[String: Any]] ?? [] {
                for task in plan["tasks"] as? [[String: Any]] ?? [] {
                    let title = try XCTUnwrap(task["title"] as? String)
                    let progress = try XCTUnwrap(Self.progress(title))
                    if progress.measured {
                        XCTAssertEqual(task["percent"] as? Double ?? -1, progress.exactPercent, accuracy: 1e-9, title)
                    } else {
                        XCTAssertNil(task["percent"] as? Double, title)
                    }
                    XCTAssertEqual(task["state"] as? String, progress.state.rawValue, title)
                    let percent = try XCTUnwrap(task["percentText"] as? String)
                    XCTAssertEqual(percent, ProgressText.percent(progress))
                    let firstLine = DisplayWidth.wrap(title, to: 12)[0]
                    XCTAssertTrue(
                        txt.split(separator: "\n").contains { $0.hasPrefix(firstLine) && $0.contains(" \(percent)") },
                        "txt: \(title)")
                    let csvPercent = progress.measured ? percent : ""
                    XCTAssertTrue(
                        csv.contains(",\(title),") && csv.contains(",\(csvPercent),\(progress.state.label.zh),"),
                        "csv: \(title)")
                    XCTAssertTrue(md.contains("| \(title) |") && md.contains("| \(percent) |"), "md: \(title)")
                }
            }
        }
    }

    /// The progress the rules give a task of the sample, by title.
    static func progress(_ title: String) -> TaskProgress? {
        for community in sample {
            for plan in community.plans {
                if let task = plan.tasks.first(where: { $0.title == title }) {
                    return TaskProgress(task: task, plan: plan, community: community, today: today)
                }
            }
        }
        return nil
    }

    func testUnknownCommunityStreetAndYearAreClearErrors() {
        var request = ExportRequest(year: 2025)
        request.communities = ["不存在社区"]
        XCTAssertEqual(request.select(from: Self.sample).failureMessage, L.unknownCommunity("不存在社区"))
        request = ExportRequest(year: 2025)
        request.street = "无名街道"
        XCTAssertEqual(request.select(from: Self.sample).failureMessage, L.unknownStreet("无名街道"))
        request = ExportRequest(year: 2019)
        XCTAssertEqual(request.select(from: Self.sample).failureMessage, L.noDataForYear(2019))
    }
}

private extension Result where Failure == ExportRequest.Problem {
    var failureMessage: Localized? {
        if case .failure(let problem) = self { return problem.message }
        return nil
    }
}
