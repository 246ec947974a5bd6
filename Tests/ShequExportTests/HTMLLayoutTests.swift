import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequExport

/// The HTML summary's print rules that hold without a browser: bars
/// coloured by the same state as their rows, drawn to the exact value,
/// long labels cut with "…", attainment shown as a rate, short tables kept
/// whole, page numbers in the page margin.
final class HTMLLayoutTests: XCTestCase {
    static let today = LocalDate(year: 2025, month: 9, day: 15)!

    private func html(_ records: [Community]) -> String {
        let summary = Summary(
            communities: records, year: 2025, scope: "崇川区", language: .zh, today: Self.today,
            templates: BuiltInTemplates.all, trusted: TrustedReviewers([SampleStreet.reviewer]))
        return HTMLSummary.render(summary, language: .zh)
    }

    func testEachBarHasTheColourOfItsRowsState() throws {
        let records = SampleStreet.communities(today: Self.today)
        let summary = Summary(
            communities: records, year: 2025, scope: "崇川区", language: .zh, today: Self.today,
            templates: BuiltInTemplates.all, trusted: TrustedReviewers([SampleStreet.reviewer]))
        let page = HTMLSummary.render(summary, language: .zh)
        for task in summary.communities.flatMap(\.plans).flatMap(\.tasks) {
            let bar = "<title>\(HTMLSummary.escape(task.title))</title>"
            let start = try XCTUnwrap(page.range(of: bar), task.title)
            let rest = page[start.upperBound...]
            let fills = rest.components(separatedBy: "fill=\"").dropFirst().prefix(2).map { $0.prefix(7) }
            XCTAssertEqual(fills.last.map(String.init), HTMLSummary.colour(task.state), task.title)
        }
    }

    func testBarsAreDrawnToTheExactValueAndAttainmentShowsItsRate() {
        let bars = HTMLSummary.barChart(
            [HTMLSummary.Bar(label: "安全讲座参与人次", percent: 2300.0 / 3000 * 100, figure: "76.7%")], label: "图",
            language: .zh)
        XCTAssertTrue(bars.contains("width=\"276\""), "76.67% of 360 is 276.0, not 273.6 from a truncated 76%")
        let page = html(SampleStreet.communities(today: Self.today))
        XCTAssertTrue(page.contains("1/9 11.1%"), "the district's attainment as a rate")
    }

    func testLongChartLabelsEndWithAnEllipsisAndKeepTheWholeTitle() {
        let title = "组织辖区居民参加健康教育讲座及入户宣传并建立台账归档备查"
        let chart = HTMLSummary.barChart(
            [HTMLSummary.Bar(label: title, percent: 50, figure: "50.0%")], label: "图", language: .zh)
        XCTAssertTrue(chart.contains("<title>\(title)</title>"))
        XCTAssertTrue(chart.contains("…</text>"), chart)
        XCTAssertFalse(chart.contains(">\(title)</text>"))
    }

    func testPrintRulesAreInTheStylesheet() {
        let page = html(SampleStreet.communities(today: Self.today).filter { $0.id == "c-demo01" })
        XCTAssertTrue(page.contains("@bottom-center { content: \"第 \" counter(page) \" 页 共 \" counter(pages) \" 页\""))
        XCTAssertTrue(page.contains("<table class=\"short\">"))
        XCTAssertTrue(page.contains("<div class=\"closing\">"))
        XCTAssertFalse(page.contains("overflow-wrap: anywhere"), "dates and percentages do not break")
        XCTAssertTrue(page.contains("<td class=\"whole\">已退回</td>"))
    }
}
