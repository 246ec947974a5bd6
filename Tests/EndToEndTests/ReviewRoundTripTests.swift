import Foundation
import ShequDomain
import ShequStore
import XCTest

/// The whole review round trip with the real binary: a clerk fills and
/// submits, a supervisor (a second run with --role supervisor) returns it,
/// the clerk fixes and resubmits, the supervisor approves with a signature
/// the street trusts; then a hand edit of the file breaks the signature.
final class ReviewRoundTripTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try Tmux.sampleDirectory("shequ-review-")
    }

    override func tearDown() {
        Tmux.remove(directory)
    }

    private var file: URL { directory.appendingPathComponent("communities/c-demo09.json") }

    private func checklist() throws -> Checklist {
        try XCTUnwrap(try CommunityFile.decode(try Data(contentsOf: file)).community.checklists.first)
    }

    func testClerkSubmitsSupervisorReturnsClerkResubmitsSupervisorApproves() throws {
        Tmux.session(in: directory, "") { clerk in
            clerk.press("G", "Enter", "BTab", "n")
            clerk.waitFor("新建检查表")
            clerk.press("C-s")
            clerk.waitFor("已保存：新建检查表")
            clerk.press("Enter")
            clerk.waitFor("还有 12 项待查")
            for _ in 0..<12 { clerk.press("Space", "j") }
            clerk.waitFor("可以提交")
            clerk.press("s")
            clerk.waitFor("提交街道审核？")
            clerk.press("y")
            clerk.waitFor("已保存：提交“五好关工委考评表”")
        }
        XCTAssertEqual(try checklist().state, .submitted)

        try Tmux.trustTheSupervisor(of: directory)
        Tmux.session(in: directory, "--role supervisor") { supervisor in
            supervisor.waitFor("钟秀社区")
            supervisor.press("G", "r")
            supervisor.waitFor("退回：钟秀社区 · 五好关工委考评表（2025年）")
            supervisor.type("请上传五老名册照片")
            supervisor.press("C-s")
            supervisor.waitFor("已保存：退回“钟秀社区 · 五好关工委考评表（2025年）”")
        }
        XCTAssertEqual(try checklist().state, .returned)

        Tmux.session(in: directory, "") { clerk in
            clerk.press("G", "Enter", "BTab", "Enter")
            clerk.waitFor("请上传五老名册照片")
            clerk.press("j", "j", "j", "e")
            clerk.waitFor("佐证材料")
            clerk.type("五老名册照片已上传")
            clerk.press("C-s")
            clerk.waitFor("五老名册照片已上传")
            clerk.press("s")
            clerk.waitFor("提交街道审核？")
            clerk.press("y")
            clerk.waitFor("已保存：提交")
        }
        XCTAssertEqual(try checklist().state, .submitted)

        Tmux.session(in: directory, "--role supervisor") { supervisor in
            supervisor.waitFor("钟秀社区")
            supervisor.press("G", "a")
            supervisor.waitFor("通过：钟秀社区 · 五好关工委考评表（2025年）")
            supervisor.type("名册齐全")
            supervisor.press("Enter")
            supervisor.waitFor("已保存：通过")
            XCTAssertTrue(supervisor.screen().contains("达标 2/9（22.2%）"), supervisor.screen())
            supervisor.press("M")
            supervisor.waitFor("达标情况")
            let row = supervisor.screen().split(separator: "\n").first { $0.contains("城东街道") } ?? ""
            XCTAssertTrue(row.contains("1/3 33.3%"), "钟秀社区 now attains:\n" + supervisor.screen())
        }
        let approved = try checklist()
        XCTAssertEqual(approved.state, .approved)
        XCTAssertEqual(approved.reviews.map(\.decision), [.submitted, .returned, .submitted, .approved])
        XCTAssertEqual(approved.reviews.last?.comment, "名册齐全")
        XCTAssertEqual(
            ApprovalSignature.approvalStatus(
                of: approved, communityID: "c-demo09",
                trusted: TrustedReviewers.load(dataDirectory: directory)),
            .valid(reviewer: "王秀英"))

        // A hand edit of the approved content is noticed everywhere.
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "五老名册照片已上传", with: "后来手工改的").write(
            to: file, atomically: true, encoding: .utf8)
        var status: Int32 = -1
        let check = Tmux.execute([Tmux.binary, "check", "--data-dir", directory.path], status: &status)
        XCTAssertEqual(status, 1)
        XCTAssertTrue(
            check.contains(
                "communities/c-demo09.json: checklists[0]: \"五好关工委考评表\" is approved, "
                    + "but the approval is signature invalid"), check)
        Tmux.session(in: directory, "") { clerk in
            clerk.press("G", "Enter", "BTab")
            clerk.waitFor("已通过 · 签名无效")
        }
    }
}
