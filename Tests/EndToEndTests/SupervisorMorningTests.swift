import Foundation
import ShequDomain
import ShequStore
import XCTest

/// A street-office supervisor's morning with the real binary, as the issue
/// lists it: open, work the queue (approve two at once with a comment,
/// return one, reopen one with a reason), read an item's evidence, verify
/// a rectification the clerk recorded, read the matrix.
final class SupervisorMorningTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try Tmux.sampleDirectory("shequ-morning-")
        try Tmux.trustTheSupervisor(of: directory)
    }

    override func tearDown() {
        Tmux.remove(directory)
    }

    private func checklists(_ id: String) throws -> [Checklist] {
        let file = directory.appendingPathComponent("communities/\(id).json")
        return try CommunityFile.decode(try Data(contentsOf: file)).community.checklists
    }

    func testASupervisorsMorning() throws {
        Tmux.session(in: directory, "--role supervisor") { desk in
            desk.waitFor("待审 3")
            desk.press("Space", "Space", "a")  // 德民社区 and 濠景园社区, the two oldest
            desk.waitFor("一并通过2张检查表")
            desk.type("材料齐全，同意")
            desk.press("Enter")
            desk.waitFor("已保存：一并通过2张检查表")
            desk.waitFor("待审 1")
            desk.press("r")  // 城东社区, the one left
            desk.waitFor("退回：城东社区")
            desk.type("请补充康复台账")
            desk.press("C-s")
            desk.waitFor("待审 0")
            desk.press("Tab", "Tab")  // 已通过, the latest approval first
            desk.waitFor("团结西路社区")
            desk.press("G", "O")  // the oldest approval: 濠景园社区's 五好
            desk.waitFor("重新打开：")
            desk.type("评分有误，重新核对")
            desk.press("Enter")
            desk.waitFor("已保存：重新打开")
            desk.press("M")
            desk.waitFor("达标情况")
            XCTAssertTrue(desk.screen().contains("只计已通过且通过后未改动的检查表"), desk.screen())
        }
        XCTAssertEqual(try checklists("c-demo07").first?.reviews.last?.comment, "材料齐全，同意")
        XCTAssertEqual(try checklists("c-demo04")[1].state, .approved, "濠景园社区's 健康教育 approved in the batch")
        XCTAssertEqual(try checklists("c-demo01").last?.state, .returned)
        XCTAssertEqual(try checklists("c-demo04").first?.reviews.last?.comment, "评分有误，重新核对")

        Tmux.session(in: directory, "") { clerk in  // 濠景园社区's clerk records the rectification as done
            clerk.press("/")
            clerk.type("濠景")
            clerk.press("Enter", "Enter", "BTab", "Enter")  // the latest checklist first
            clerk.waitFor("健康教育工作考核表")
            for _ in 0..<6 { clerk.press("j") }  // 居民健康知识知晓率, failed
            clerk.press("F")
            clerk.waitFor("登记整改完成")
            clerk.press("Tab", "C-u")
            clerk.type("问卷复测知晓率97.5%")
            clerk.press("Tab")
            clerk.type("复测问卷200份")
            clerk.press("C-s")
            clerk.waitFor("已整改·待核实")
        }

        Tmux.session(in: directory, "--role supervisor") { desk in
            desk.waitFor("待核实 1")
            for _ in 0..<5 { desk.press("Tab") }
            desk.waitFor("1项待核实")
            desk.press("Enter")
            for _ in 0..<6 { desk.press("j") }
            desk.press("Enter")
            desk.waitFor("复测问卷200份")  // the evidence, read in full
            desk.press("Escape", "V")
            desk.waitFor("已整改·已核实")
        }
        let health = try checklists("c-demo04")[1]
        XCTAssertEqual(health.followUps?.first?.verifiedBy, "街道审核员", "the name the supervisor works under")
        XCTAssertEqual(health.state, .approved)
    }
}
