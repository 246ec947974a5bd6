import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequExport
@testable import ShequText

/// The txt summary as a Chinese printer prints it: every line within 80
/// cells when “” and — take two, Chinese line breaking, tables that repeat
/// their header on a new page and are not split when short, English kept
/// in whole words, signatures never alone, and GB18030 for old printers.
final class TextLayoutTests: XCTestCase {
    static let today = LocalDate(year: 2025, month: 9, day: 15)!

    /// The sample's street, the hard cases, and a plan of 70 tasks whose table runs over pages.
    static var documents: [(name: String, text: String)] {
        var long = SampleStreet.communities(today: today).first { $0.id == "c-demo04" }!
        let health = long.plans.firstIndex { $0.year == 2025 }!
        long.plans[health].tasks += (1...70).map { n in
            PlanTask(
                id: "t-long-\(n)", title: "第\(n)项“补充”任务：组织居民参加健康讲座（含入户宣传）",
                owner: "社区卫生服务站", target: Target(kind: .sessions, value: Double(n)))
        }
        var out: [(String, String)] = []
        for language in Language.allCases {
            for (name, records) in [
                ("sample", SampleStreet.communities(today: today)), ("hard", HonestSummaryTests.hardCases),
                ("long", [long]),
            ] {
                let summary = Summary(
                    communities: records, year: 2025, scope: "崇川区", language: language, today: today,
                    templates: BuiltInTemplates.all, trusted: TrustedReviewers([SampleStreet.reviewer]),
                    unreadable: [HonestSummaryTests.broken])
                out.append(("\(name)-\(language.rawValue)", TextSummary.render(summary, language: language)))
            }
        }
        return out
    }

    private static func pages(_ text: String) -> [[String]] {
        text.split(separator: "\u{0C}").map {
            $0.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        }
    }

    func testEveryLineFitsEightyCellsWithAmbiguousCharactersTwoWide() {
        for (name, text) in Self.documents {
            for line in text.split(separator: "\n") {
                let cells = DisplayWidth.of(line, ambiguousWide: name.hasSuffix("zh"))
                XCTAssertLessThanOrEqual(cells, 80, "\(name): \(line)")
            }
        }
        // The measure itself: the quotes, the dash and the ellipsis are ambiguous; Chinese and ASCII are not.
        XCTAssertEqual(DisplayWidth.of("“—…”", ambiguousWide: true), 8)
        XCTAssertEqual(DisplayWidth.of("“—…”"), 4)
        XCTAssertEqual(DisplayWidth.of("社区ab", ambiguousWide: true), 6)
        XCTAssertEqual(DisplayWidth.of("①×·", ambiguousWide: true), 6)
    }

    func testTheTextExportCountsAmbiguousCharactersAsTheScreenDrawsThemWhenItIsKnown() throws {
        let summary = Summary(
            communities: SampleStreet.communities(today: Self.today), year: 2025, scope: "崇川区", language: .zh,
            today: Self.today, templates: BuiltInTemplates.all, trusted: TrustedReviewers([SampleStreet.reviewer]))
        let narrow = TextSummary.render(summary, language: .zh, ambiguousWide: false)
        let wide = TextSummary.render(summary, language: .zh, ambiguousWide: true)
        XCTAssertEqual(TextSummary.render(summary, language: .zh), wide, "Chinese counts them two by default")
        XCTAssertNotEqual(narrow, wide)
        for (text, ambiguousWide) in [(narrow, false), (wide, true)] {
            let lines = text.split(separator: "\n")
            XCTAssertTrue(lines.allSatisfy { DisplayWidth.of($0, ambiguousWide: ambiguousWide) <= 80 })
            // A ruled line is the full width as the screen counts it.
            let rule = try XCTUnwrap(lines.first { $0.hasPrefix("====") })
            XCTAssertEqual(DisplayWidth.of(rule, ambiguousWide: ambiguousWide), 80)
        }
        // The same title row pads to 80 cells under either count: narrow pads more where it counts less.
        let narrowTop = try XCTUnwrap(narrow.split(separator: "\n").first)
        let wideTop = try XCTUnwrap(wide.split(separator: "\n").first)
        XCTAssertEqual(DisplayWidth.of(narrowTop, ambiguousWide: false), DisplayWidth.of(wideTop, ambiguousWide: true))
    }

    func testNoLineStartsWithClosingPunctuation() {
        for (name, text) in Self.documents where name.hasSuffix("zh") {
            for line in text.split(separator: "\n") {
                // Each cell of a table row is a line of its own: look at every run after column padding.
                for part in line.split(separator: "  ", omittingEmptySubsequences: true) {
                    let first = part.trimmingCharacters(in: .whitespaces).first
                    XCTAssertFalse(
                        first.map { "，。、；：？！）》」』】”’".contains($0) } ?? false, "\(name): \(line)")
                }
            }
        }
    }

    func testChineseLineBreakingRules() {
        // Twelve cells a line: "，" would start the second line, so "区" comes down with it.
        XCTAssertEqual(DisplayWidth.wrap("阜新街道社区，居民", to: 12), ["阜新街道社", "区，居民"])
        // An opening bracket never ends a line.
        XCTAssertEqual(DisplayWidth.wrap("社区学校（分校）", to: 10), ["社区学校", "（分校）"])
        // A paragraph's last line is not one character.
        XCTAssertEqual(DisplayWidth.wrap("荣辱观及预防未成年人犯罪讲座", to: 26), ["荣辱观及预防未成年人犯罪", "讲座"])
        XCTAssertEqual(DisplayWidth.wrap("the target was overdue", to: 18), ["the target was", "overdue"])
    }

    func testALongTableRepeatsItsHeaderOnEveryPageItRunsOnto() throws {
        let text = try XCTUnwrap(Self.documents.first { $0.name == "long-zh" }?.text)
        let pages = Self.pages(text)
        let continued = pages.filter { $0.count > 2 && $0[2].hasPrefix("第") && $0[2].contains("项“补充”任务") }
        XCTAssertTrue(continued.isEmpty, "a continued table starts with its header, not a row")
        let headed = pages.filter { $0.count > 3 && $0[2].hasPrefix("任务") && $0[3].hasPrefix("-----") }
        XCTAssertGreaterThanOrEqual(headed.count, 1, "the table runs onto a page and repeats its header")
    }

    func testShortTablesAndTheSignaturesStayWithTheirPage() throws {
        for (name, text) in Self.documents {
            for page in Self.pages(text) {
                let body = page.dropFirst(2).filter { !$0.isEmpty }
                XCTAssertFalse(
                    body.first?.hasPrefix("填报人") == true || body.first?.hasPrefix("Prepared by") == true,
                    "\(name): the signatures are never alone at the top of a page")
                if page.contains(where: { $0.hasPrefix("月份  ") || $0.hasPrefix("Month  ") }) {
                    XCTAssertTrue(
                        page.contains { $0.hasPrefix("12月") || $0.hasPrefix("Dec") },
                        "\(name): the months stay on one page")
                }
            }
        }
    }

    func testEnglishColumnsKeepTheirWordsWhole() throws {
        let table = PrintTable(
            header: ["Task", "State", "Owner"],
            rows: [["A very long task title that has to wrap somewhere", "overdue", "Community health station"]],
            columns: [.wraps(minimum: 8), .whole, .wraps(minimum: 8)])
        let lines = table.lines(width: 40, ambiguousWide: false).map(\.text)
        XCTAssertTrue(lines.contains { $0.contains("overdue") }, lines.joined(separator: "\n"))
        for line in lines { XCTAssertLessThanOrEqual(DisplayWidth.of(line), 40, line) }
        let words = Set(lines.joined(separator: " ").split(separator: " ").map(String.init))
        for word in ["title", "wrap", "somewhere", "Community", "health", "station"] {
            XCTAssertTrue(words.contains(word), "\(word) is whole in:\n" + lines.joined(separator: "\n"))
        }
    }

    func testGB18030ForPrintersThatNeedIt() throws {
        XCTAssertEqual(Array(try TextEncoding.gb18030.encode(Data("阜新".utf8))), [0xB8, 0xB7, 0xD0, 0xC2])
        XCTAssertEqual(
            try TextEncoding.gb18030.encode(Data([0xEF, 0xBB, 0xBF]) + Data("a,b".utf8)), Data("a,b".utf8),
            "no UTF-8 byte-order mark in a GB18030 file")
        var request = ExportRequest(year: 2025)
        request.format = .html
        request.encoding = .gb18030
        XCTAssertEqual(
            request.select(from: SampleStreet.communities(today: Self.today)).failureMessage,
            L.encodingNotForFormat("html"))
    }
}

extension Result where Failure == ExportRequest.Problem {
    fileprivate var failureMessage: Localized? {
        if case .failure(let problem) = self { return problem.message }
        return nil
    }
}
