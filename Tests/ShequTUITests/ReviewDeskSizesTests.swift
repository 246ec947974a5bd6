import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// Every point of the supervisor's desk at 60×16 and at 80×24 on a district
/// of ten streets: queues and counts, a batch listed before approving, an
/// item read in full, a fix verified from its queue, the matrix down to the
/// district row (issue 13).
final class ReviewDeskSizesTests: XCTestCase {
    private static let supervisor = Actor(role: .supervisor, name: "街道 王秀英", signer: ReviewSigner.sample)
    private static let streets = ["安", "白", "城", "东", "方", "港", "和", "江", "南", "秦"].map { $0 + "街道" }

    /// Ten streets of two communities, each with a submitted 五好 checklist;
    /// 安1社区 also has an approved health check whose failed item was fixed
    /// after approval, and 白1社区 one whose fix is past due.
    private func district(columns: Int, rows: Int) throws -> Harness {
        try Harness(columns: columns, rows: rows, sample: false, role: .supervisor) { directory in
            let store = try? CommunityStore(root: directory)
            try? store?.trust(SampleStreet.reviewer)
            let time = Date(timeIntervalSince1970: 1_750_000_000)
            func health(_ id: String, due: LocalDate, fixed: Bool) -> Checklist {
                var checklist = BuiltInTemplates.healthEducation.instantiate(id: "k-h", period: "2025年", language: .zh)
                for index in checklist.items.indices { checklist.items[index].result = .pass }
                checklist.items[6].result = .fail
                checklist.items[6].evidence = String(repeating: "问卷抽样二百份，知晓率九成五。", count: 8)
                checklist.items[6].rectification = Rectification(action: "再次宣传并复测", owner: "社区书记", due: due)
                checklist.state = .submitted
                checklist =
                    (try? ChecklistWorkflow.approve(checklist, in: id, by: Self.supervisor, comment: "", at: time)
                        .get()) ?? checklist
                if fixed {
                    checklist.followUps = [
                        RectificationFollowUp(
                            itemID: checklist.items[6].id, date: LocalDate(year: 2025, month: 9, day: 1)!,
                            action: "复测知晓率97.5%", evidence: "复测问卷", recordedBy: "李梅")
                    ]
                }
                return checklist
            }
            for (s, street) in Self.streets.enumerated() {
                for n in 1...2 {
                    let id = "c-\(s)-\(n)"
                    var fiveGood = BuiltInTemplates.fiveGood.instantiate(id: "k-1", period: "2025年", language: .zh)
                    for index in fiveGood.items.indices { fiveGood.items[index].result = .pass }
                    fiveGood.state = .submitted
                    fiveGood.reviews = [
                        Review(
                            time: time.addingTimeInterval(Double(s * 2 + n) * 3_600), reviewer: "填报员",
                            decision: .submitted)
                    ]
                    var checklists = [fiveGood]
                    if s == 0 && n == 1 {
                        checklists.append(health(id, due: LocalDate(year: 2025, month: 12, day: 31)!, fixed: true))
                    }
                    if s == 1 && n == 1 {
                        checklists.append(health(id, due: LocalDate(year: 2025, month: 6, day: 30)!, fixed: false))
                    }
                    try? store?.save(
                        Community(
                            id: id, name: street.prefix(1) + "\(n)社区", street: street, district: "崇川区",
                            checklists: checklists))
                }
            }
        }
    }

    private func lines(_ app: Harness) -> String {
        app.screen.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.joined()
    }

    func testTheDeskAtBothSizes() throws {
        for (columns, rows) in [(60, 16), (80, 24)] {
            let size = "\(columns)x\(rows)"
            let app = try district(columns: columns, rows: rows)
            for count in ["待审", "已通过", "整改逾期", "待核实"] {
                XCTAssertTrue(app.screen.contains(count), "\(size) \(count):\n" + app.screen)
            }
            XCTAssertTrue(app.screen.contains("待审 20") && app.screen.contains("待核实 1"), app.screen)
            XCTAssertTrue(app.screen.contains("安1社区"), "\(size): the queue has rows")

            // A batch: both listed, and the comment field still shows.
            app.press(.char(" "), .char(" "), .char("a"))
            XCTAssertTrue(app.screen.contains("安1社区 · 五好") && app.screen.contains("安2社区 · 五好"), app.screen)
            XCTAssertTrue(app.screen.contains("> 审核意见"), "\(size):\n" + app.screen)
            app.press(.escape)

            // The overdue fix, then the one to verify: read in full, verified.
            for _ in 0..<4 { app.press(.tab) }
            XCTAssertTrue(app.screen.contains("白1社区"), "\(size) 整改逾期:\n" + app.screen)
            app.press(.tab)
            XCTAssertTrue(app.screen.contains("安1社区"), "\(size) 待核实:\n" + app.screen)
            app.press(.enter)
            for _ in 0..<6 { app.press(.char("j")) }
            app.press(.enter, .char("G"))
            XCTAssertTrue(lines(app).contains("复测知晓率97.5%"), "\(size) the fix, read to the end:\n" + app.screen)
            app.press(.escape, .char("V"))
            XCTAssertTrue(app.screen.contains("已整改·已核实"), "\(size):\n" + app.screen)
            app.press(.escape)
            XCTAssertTrue(app.screen.contains("待核实 0"), "\(size):\n" + app.screen)

            // The matrix down to the district row.
            app.press(.char("M"), .char("G"))
            XCTAssertTrue(app.screen.contains("崇川区"), "\(size):\n" + app.screen)
            XCTAssertTrue(app.screen.contains("秦街道"), "\(size): the last street above it")
        }
    }
}
