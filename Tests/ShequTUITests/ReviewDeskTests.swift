import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// A supervisor's desk for a district of ten streets: queues with counts
/// that always leave rows for the checklists, decisions that name
/// community and standard and take comments, several approvals at once
/// undone together, and the attainment matrix (issue 13).
final class ReviewDeskTests: XCTestCase {
    /// Ten streets of two communities, each with a submitted 五好 checklist, every item passed.
    private func district(columns: Int = 80, rows: Int = 24) throws -> Harness {
        try Harness(columns: columns, rows: rows, sample: false, role: .supervisor) { directory in
            let store = try? CommunityStore(root: directory)
            try? store?.trust(SampleStreet.reviewer)
            let streets = ["安", "白", "城", "东", "方", "港", "和", "江", "南", "秦"].map { $0 + "街道" }
            for (s, street) in streets.enumerated() {
                for n in 1...2 {
                    var checklist = BuiltInTemplates.fiveGood.instantiate(id: "k-1", period: "2025年", language: .zh)
                    for index in checklist.items.indices { checklist.items[index].result = .pass }
                    checklist.state = .submitted
                    checklist.reviews = [
                        Review(
                            time: Date(timeIntervalSince1970: 1_750_000_000 + Double(s * 2 + n) * 3_600),
                            reviewer: "填报员", decision: .submitted)
                    ]
                    try? store?.save(
                        Community(
                            id: "c-\(s)-\(n)", name: street.prefix(1) + "\(n)社区", street: street, district: "崇川区",
                            checklists: [checklist]))
                }
            }
        }
    }

    private func checklist(_ app: Harness, _ id: String) throws -> Checklist {
        try XCTUnwrap(app.onDisk.first { $0.id == id }?.checklists.first)
    }

    func testAtSixtyBySixteenTheQueueHasRowsAndTheCountsShow() throws {
        let app = try district(columns: 60, rows: 16)
        XCTAssertTrue(app.screen.contains("待审 20"), app.screen)
        XCTAssertTrue(app.screen.contains("安1社区"), "the queue gets rows:\n" + app.screen)
        XCTAssertTrue(app.screen.contains("达标 0/20（0.0%）"), app.screen)
        XCTAssertGreaterThanOrEqual(app.state.reviewsTable.visibleRows, 8)
        app.press(.char("a"))
        XCTAssertTrue(app.screen.contains("通过：安1社区 · 五好关工委考评表（2025年）"), app.screen)
    }

    func testSeveralApprovedAtOnceEachSignedAndUndoneTogether() throws {
        let app = try district()
        app.press(.char(" "), .char(" "), .char(" "))  // 安1, 安2, 白1
        XCTAssertTrue(app.screen.contains("已标记3张"), app.screen)
        app.press(.char("a"))
        XCTAssertTrue(app.screen.contains("一并通过3张检查表"), app.screen)
        for name in ["安1社区", "安2社区", "白1社区"] { XCTAssertTrue(app.screen.contains(name), "listed: " + name) }
        app.type("材料齐全").press(.enter)
        let trusted = app.state.trusted
        for id in ["c-0-1", "c-0-2", "c-1-1"] {
            let approved = try checklist(app, id)
            XCTAssertEqual(approved.state, .approved, id)
            XCTAssertEqual(approved.reviews.last?.comment, "材料齐全")
            XCTAssertEqual(
                ApprovalSignature.approvalStatus(of: approved, communityID: id, trusted: trusted),
                .valid(reviewer: "街道 王秀英"), "each gets its own signed review")
        }
        XCTAssertEqual(try checklist(app, "c-1-2").state, .submitted, "not marked, not approved")
        XCTAssertTrue(app.screen.contains("待审 17") && app.screen.contains("已通过 3"), app.screen)
        XCTAssertTrue(app.screen.contains("达标 3/20（15.0%）"), app.screen)
        app.press(.char("u"))
        for id in ["c-0-1", "c-0-2", "c-1-1"] { XCTAssertEqual(try checklist(app, id).state, .submitted, id) }
        app.press(.ctrl("r"))
        XCTAssertEqual(try checklist(app, "c-1-1").state, .approved, "redo approves all three again")
    }

    func testReopenFromTheApprovedQueueTakesAReasonAndTheTrailHasMinutes() throws {
        let app = try district()
        app.press(.char("a"), .enter, .tab, .tab)
        XCTAssertTrue(app.screen.contains("安1社区"), "the approved queue:\n" + app.screen)
        app.press(.char("O"))
        XCTAssertTrue(app.screen.contains("重新打开：安1社区 · 五好关工委考评表（2025年）"), app.screen)
        app.type("名册有误").press(.enter)
        let reopened = try checklist(app, "c-0-1")
        XCTAssertEqual(reopened.state, .returned)
        XCTAssertEqual(reopened.reviews.last?.comment, "名册有误")
        app.press(.backTab)
        XCTAssertTrue(app.screen.contains("名册有误"), "the returned queue shows why:\n" + app.screen)
        app.press(.enter, .char("G"))
        XCTAssertTrue(app.screen.contains("2025-09-15 14:00  街道 王秀英  重新打开"), "to the minute:\n" + app.screen)
    }

    func testTheMatrixHasEveryStreetInPinyinOrderOneDecimalAndTheRule() throws {
        let app = try district(columns: 60, rows: 16)
        app.press(.char("a"), .enter, .char("a"), .enter, .char("a"), .enter)  // 安1, 安2, 白1
        app.press(.char("M"))
        let joined = app.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
        XCTAssertTrue(joined.contains("只计已通过且通过后未改动的检查表；没有检查表的社区计为未达标"), "the rule:\n" + app.screen)
        let lines = app.screen.split(separator: "\n")
        let streets = lines.compactMap { line in ["安街道", "白街道", "城街道"].first { line.contains($0) } }
        XCTAssertEqual(streets, ["安街道", "白街道", "城街道"], app.screen)
        XCTAssertTrue(lines.first { $0.contains("安街道") }?.contains("2/2 100.0%") ?? false, app.screen)
        XCTAssertTrue(lines.first { $0.contains("白街道") }?.contains("1/2 50.0%") ?? false, app.screen)
        app.press(.char("G"))
        XCTAssertTrue(app.screen.contains("崇川区"), "the district row after scrolling:\n" + app.screen)
        XCTAssertTrue(app.screen.contains("3/20 15.0%"), app.screen)
        app.press(.right)
        XCTAssertTrue(app.screen.contains("标准 2–"), "Left/Right bring the other standards:\n" + app.screen)
    }

    func testTheMatrixShowsTheLatestYearWithChecklistsAndYGoesBack() throws {
        let app = try Harness(sample: false, role: .supervisor) { directory in
            let checklists = ["2023年", "2024年"].enumerated().map { index, period in
                BuiltInTemplates.fiveGood.instantiate(id: "k-\(index)", period: period, language: .zh)
            }
            try? CommunityStore(root: directory).save(
                Community(id: "c-1", name: "阜新街社区", street: "阜新街街道", checklists: checklists))
        }
        XCTAssertTrue(app.screen.contains("2024年五好关工委考评表达标 0/1"), "not 2025, which has none:\n" + app.screen)
        app.press(.char("M"))
        XCTAssertTrue(app.screen.contains("2024年达标情况"), app.screen)
        app.press(.char("Y"))
        XCTAssertTrue(app.screen.contains("2023年达标情况"), app.screen)
        app.press(.char("Y"))
        XCTAssertTrue(app.screen.contains("2024年达标情况"), "round to the latest again:\n" + app.screen)
    }

    /// The headline tells the standard communities have begun, not 五好 at 0/1 that no one started (issue 26).
    func testTheHeadlineTellsAStandardSomeoneBegan() throws {
        let app = try Harness(sample: false, role: .supervisor) { directory in
            let checklist = BuiltInTemplates.healthEducation.instantiate(id: "k-1", period: "2025年", language: .zh)
            try? CommunityStore(root: directory).save(
                Community(id: "c-1", name: "阜新街社区", street: "阜新街街道", checklists: [checklist]))
            try? CommunityStore(root: directory).save(Community(id: "c-2", name: "濠景园社区", street: "阜新街街道"))
        }
        XCTAssertFalse(app.screen.contains("五好关工委"), app.screen)
        XCTAssertTrue(app.screen.contains("健康教育") && app.screen.contains("达标 0/2"), app.screen)
        let none = try Harness(sample: false, role: .supervisor) { directory in
            try? CommunityStore(root: directory).save(Community(id: "c-2", name: "濠景园社区", street: "阜新街街道"))
        }
        XCTAssertTrue(none.screen.contains("尚无社区开始任何考评标准"), none.screen)
    }

    func testADecisionOnAChecklistDecidedMeanwhileChangesNothingAndSaysSo() throws {
        let app = try district()
        app.press(.char("a"))  // the approval form for 安1社区
        // Meanwhile the file is read again with the checklist already approved elsewhere.
        let supervisor = Actor(role: .supervisor, name: "街道 王秀英", signer: ReviewSigner.sample)
        var community = try XCTUnwrap(app.state.community(id: "c-0-1"))
        community.checklists[0] = try ChecklistWorkflow.approve(
            community.checklists[0], in: "c-0-1", by: supervisor, comment: "", at: Date()
        ).get()
        app.runner.send(
            .communityReloaded(id: "c-0-1", .success(CommunityFile.Contents(community: community, schema: 1))))
        app.press(.enter)
        XCTAssertTrue(app.screen.contains("已不在可作此决定的状态"), app.screen)
        XCTAssertEqual(try checklist(app, "c-0-1").state, .submitted, "the file is as it was")
    }

    func testRatesRoundHalfUpToOneDecimal() {
        func text(_ attained: Int, _ total: Int) -> String {
            Attainment.Row(name: "", attained: attained, total: total).percentText
        }
        XCTAssertEqual(text(1, 3), "33.3%")
        XCTAssertEqual(text(2, 3), "66.7%")
        XCTAssertEqual(text(10, 11), "90.9%")
        XCTAssertEqual(text(1, 8), "12.5%")
        XCTAssertEqual(text(1, 16), "6.3%", "6.25 rounds half up")
        XCTAssertEqual(text(0, 0), "—")
    }
}
