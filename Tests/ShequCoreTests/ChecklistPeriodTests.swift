import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequText

/// Checklists for a month or a quarter: read from how people write the
/// period, ordered by it, and the latest of a year is what attainment
/// counts (issue 13).
final class ChecklistPeriodTests: XCTestCase {
    func testPeriodsReadAsTheyAreWritten() {
        XCTAssertEqual(ChecklistPeriod("2025年"), ChecklistPeriod(year: 2025, span: .year))
        XCTAssertEqual(ChecklistPeriod("2025年度"), ChecklistPeriod(year: 2025, span: .year))
        XCTAssertEqual(ChecklistPeriod("2025年第三季度"), ChecklistPeriod(year: 2025, span: .quarter, part: 3))
        XCTAssertEqual(ChecklistPeriod("２０２５年第3季度"), ChecklistPeriod(year: 2025, span: .quarter, part: 3))
        XCTAssertEqual(ChecklistPeriod("2025年3月"), ChecklistPeriod(year: 2025, span: .month, part: 3))
        XCTAssertEqual(ChecklistPeriod("2025 Q3"), ChecklistPeriod(year: 2025, span: .quarter, part: 3))
        XCTAssertEqual(ChecklistPeriod("2025-03"), ChecklistPeriod(year: 2025, span: .month, part: 3))
        XCTAssertNil(ChecklistPeriod("2025年上半年"))
        XCTAssertNil(ChecklistPeriod("2025年13月"))
        for period in [
            ChecklistPeriod(year: 2025, span: .year), ChecklistPeriod(year: 2025, span: .quarter, part: 4),
            ChecklistPeriod(year: 2025, span: .month, part: 11),
        ] {
            for language in Language.allCases { XCTAssertEqual(ChecklistPeriod(period.text(language)), period) }
        }
    }

    func testMarchComesBeforeOctoberAndAMonthBeforeItsYear() {
        let texts = ["2025年10月", "2025年", "2025年3月", "2025年第一季度", "2024年12月"]
        let checklists = texts.enumerated().map { index, period in
            Checklist(
                id: "k-\(index)", templateID: "school-safety", title: "学校安全检查表", period: period, scored: false,
                threshold: 100, items: [])
        }
        XCTAssertEqual(
            checklists.latestFirst().map(\.period), ["2025年", "2025年10月", "2025年第一季度", "2025年3月", "2024年12月"])
    }

    func testTheLatestMonthlyCheckOfTheYearIsWhatAttainmentCounts() throws {
        let trusted = TrustedReviewers([SampleStreet.reviewer])
        let supervisor = Actor(role: .supervisor, name: "王秀英", signer: ReviewSigner.sample)
        func check(_ month: Int, passing: Bool) -> Checklist {
            var checklist = BuiltInTemplates.schoolSafety.instantiate(
                id: "k-\(month)", period: "2025年\(month)月", language: .zh)
            for index in checklist.items.indices { checklist.items[index].result = .pass }
            checklist.state = .submitted
            if !passing {
                checklist.items[0].result = .fail
                checklist.items[0].rectification = Rectification(
                    action: "整改", owner: "校长", due: LocalDate(year: 2025, month: 12, day: 1)!)
            }
            guard
                case .success(let approved) = ChecklistWorkflow.approve(
                    checklist, in: "c-1", by: supervisor, comment: "", at: Date(timeIntervalSince1970: 1_750_000_000))
            else { return checklist }
            return approved
        }
        // October (failing) was entered after November (passing): the later month counts, not the later entry.
        let community = Community(
            id: "c-1", name: "阜新街社区", checklists: [check(11, passing: true), check(10, passing: false)])
        XCTAssertTrue(Attainment.attains(community, templateID: "school-safety", year: 2025, trusted: trusted))
    }
}
