import XCTest

@testable import ShequDomain
@testable import ShequExport
@testable import ShequStore
@testable import ShequTUI

/// The review round trip on the in-memory terminal: a clerk fills and
/// submits, a supervisor returns, the clerk fixes and resubmits, the
/// supervisor approves; and the limits of each role.
final class ChecklistFlowTests: XCTestCase {
    private func checklist(_ app: Harness, _ communityID: String, _ index: Int = 0) throws -> Checklist {
        try XCTUnwrap(app.onDisk.first { $0.id == communityID }?.checklists[index])
    }

    func testAClerkFillsAndSubmitsAndIsToldWhatIsMissing() throws {
        let app = try Harness()
        app.press(.char("G"), .enter, .backTab)  // 钟秀社区: no checklists yet
        XCTAssertTrue(app.screen.contains("还没有检查表"), app.screen)
        app.press(.char("n"))
        for _ in 0..<5 { app.press(.right) }  // 平安建设“三无”
        app.press(.ctrl("s"), .enter)
        XCTAssertTrue(app.screen.contains("平安建设“三无”考评表"), app.screen)
        app.press(.char("s"))
        XCTAssertTrue(app.screen.contains("未提交：还有 6 项待查"), app.screen)
        for _ in 0..<6 { app.press(.char(" "), .char("j")) }
        XCTAssertEqual(try checklist(app, "c-demo09").items.map(\.result), Array(repeating: .pass, count: 6))
        // Fail the last item: the rectification form opens at once.
        app.press(.char(" "))
        guard case .record(let form) = app.state.pages.last else {
            return XCTFail("a failed item asks for its rectification")
        }
        guard case .record(let draft) = form.content else { return XCTFail("a record's form") }
        XCTAssertTrue(draft is ItemDraft)
        app.press(.escape, .char("y"))
        app.press(.char("s"))
        XCTAssertTrue(app.screen.contains("需填写整改措施"), app.screen)
        app.press(.char("e"), .tab).type("每月排查并建台账").press(.tab).type("综治专干").press(.tab).type("2025/12/31").press(
            .ctrl("s"))
        let item = try checklist(app, "c-demo09").items[5]
        XCTAssertEqual(
            item.rectification,
            Rectification(action: "每月排查并建台账", owner: "综治专干", due: LocalDate(year: 2025, month: 12, day: 31)!))
        // Submitting takes it out of the clerk's hands: it is asked about first, and n leaves it as it is.
        app.press(.char("s"))
        XCTAssertTrue(app.screen.contains("把钟秀社区的“平安建设“三无”考评表”提交街道审核？"), app.screen)
        app.press(.char("n"))
        XCTAssertEqual(try checklist(app, "c-demo09").state, .draft)
        XCTAssertTrue(app.screen.contains("未提交"), app.screen)
        app.press(.char("s"), .char("y"))
        XCTAssertEqual(try checklist(app, "c-demo09").state, .submitted)
        XCTAssertEqual(try checklist(app, "c-demo09").reviews.last?.reviewer, "填报员 李梅")
        app.press(.char(" "))
        XCTAssertTrue(app.screen.contains("待审核的检查表不能修改"), app.screen)
        app.press(.char("a"))
        XCTAssertTrue(app.screen.contains("只有街道审核人员可以通过"), app.screen)
    }

    func testASupervisorReturnsWithARequiredCommentAndApproves() throws {
        let app = try Harness(role: .supervisor)
        XCTAssertTrue(app.screen.contains("检查表审核"), "a supervisor starts on the Reviews screen")
        XCTAssertTrue(app.screen.contains("德民社区"))
        app.press(.char("r"), .ctrl("s"))
        XCTAssertTrue(app.screen.contains("退回时必须填写意见"), app.screen)
        app.type("请补充五老名册").press(.ctrl("s"))
        XCTAssertEqual(try checklist(app, "c-demo07").state, .returned)
        XCTAssertEqual(try checklist(app, "c-demo07").reviews.last?.comment, "请补充五老名册")
        XCTAssertFalse(
            app.state.reviewEntries(ReviewsPage()).contains { $0.community.id == "c-demo07" }, "no longer waiting")
        XCTAssertTrue(app.screen.contains("已退回 2"), "it is in the returned queue:\n" + app.screen)
        app.press(.enter, .char(" "))
        XCTAssertTrue(app.screen.contains("审核人员只能审核"), app.screen)
        app.press(.escape, .char("a"))
        XCTAssertTrue(app.screen.contains("通过：濠景园社区 · 健康教育工作考核表（2025年）"), "the form names both:\n" + app.screen)
        app.press(.enter)  // no comment: Enter on the one field approves
        let approved = try checklist(app, "c-demo04", 1)
        XCTAssertEqual(approved.state, .approved)
        XCTAssertEqual(
            ApprovalSignature.approvalStatus(of: approved, communityID: "c-demo04", trusted: app.state.trusted),
            .valid(reviewer: "街道 王秀英"), "the approval is signed with the supervisor's key")
        XCTAssertEqual(approved.reviews.last?.reviewer, "街道 王秀英")
        app.press(.char("u"))
        XCTAssertEqual(try checklist(app, "c-demo04", 1).state, .submitted, "undo reverts a decision too")
    }

    func testAttainmentOnTheReviewsScreenFollowsApprovals() throws {
        let app = try Harness(role: .supervisor)
        XCTAssertTrue(app.screen.contains("五好关工委考评表达标 1/9（11.1%）"), app.screen)
        app.press(.char("a")).type("材料齐全").press(.enter)  // 德民社区's 五好, passing
        XCTAssertTrue(app.screen.contains("五好关工委考评表达标 2/9（22.2%）"), app.screen)
        XCTAssertEqual(try checklist(app, "c-demo07").reviews.last?.comment, "材料齐全", "approval takes a comment")
        app.press(.char("M"))
        let row = try XCTUnwrap(app.screen.split(separator: "\n").first { $0.contains("城东街道") }, app.screen)
        XCTAssertTrue(row.contains("1/3 33.3%"), String(row))
    }

    func testAHandEditAfterApprovalBreaksTheSignature() throws {
        let app = try Harness { directory in
            let file = directory.appendingPathComponent("communities/c-demo04.json")
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            let edited = text.replacingOccurrences(of: "\"result\" : \"pass\"", with: "\"result\" : \"fail\"")
            try? edited.write(to: file, atomically: true, encoding: .utf8)
        }
        app.press(.char("j"), .char("j"), .char("j"), .char("j"), .enter, .backTab)
        XCTAssertTrue(app.screen.contains("已通过 · 签名无效"), app.screen)
        app.press(.char("j"), .enter)
        XCTAssertTrue(app.screen.contains("签名无效"), app.screen)
    }

    func testAnApprovalWithoutItsSignatureOrByAnUntrustedKeyDoesNotCount() throws {
        let unsigned = try Harness(role: .supervisor) { directory in
            let file = directory.appendingPathComponent("communities/c-demo04.json")
            let text = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
            let edited = text.replacingOccurrences(
                of: #"\n *"signature" : "[^"]*","#, with: "", options: .regularExpression)
            try? edited.write(to: file, atomically: true, encoding: .utf8)
        }
        unsigned.press(.char("M"))
        let street = try XCTUnwrap(unsigned.screen.split(separator: "\n").first { $0.contains("新城桥街道") })
        XCTAssertTrue(street.contains("0/3 0.0%"), unsigned.screen)
        let untrusted = try Harness(role: .supervisor) { directory in
            try? FileManager.default.removeItem(at: directory.appendingPathComponent("reviewers"))
        }
        XCTAssertTrue(untrusted.screen.contains("达标 0/9（0.0%）"), untrusted.screen)
        untrusted.press(.char("Q"))
        let clerk = try Harness { directory in
            try? FileManager.default.removeItem(at: directory.appendingPathComponent("reviewers"))
        }
        clerk.press(.char("j"), .char("j"), .char("j"), .char("j"), .enter, .backTab)
        XCTAssertTrue(clerk.screen.contains("已通过 · 审核人未知"), clerk.screen)
    }

    func testOpeningAChecklistShowsItsReviewHistory() throws {
        let app = try Harness(role: .supervisor)
        app.press(.escape, .char("j"), .char("j"), .char("j"), .enter, .backTab, .enter, .char("G"))  // 阜新街社区, returned
        XCTAssertTrue(app.screen.contains("审核记录"), app.screen)
        XCTAssertTrue(app.screen.contains("街道 王秀英  退回：“有经费”一项缺少预算文件"), app.screen)
        XCTAssertFalse(app.screen.contains("可以提交"), "readiness is the clerk's business")
    }

    func testReopenIsForSupervisorsAndRecorded() throws {
        let app = try Harness(role: .supervisor)
        app.press(
            .escape, .char("j"), .char("j"), .char("j"), .char("j"), .enter, .backTab, .char("j"), .enter, .char("O"))
        app.press(.enter)
        XCTAssertTrue(app.screen.contains("重新打开必须说明理由"), "a reason is required:\n" + app.screen)
        XCTAssertEqual(try checklist(app, "c-demo04").state, .approved)
        app.type("台账需补充").press(.enter)
        let reopened = try checklist(app, "c-demo04")
        XCTAssertEqual(reopened.state, .returned)
        XCTAssertEqual(reopened.reviews.last?.decision, .reopened)
        let clerk = try Harness()
        clerk.press(.char("R"))
        XCTAssertTrue(clerk.screen.contains("只有街道审核人员"), clerk.screen)
    }
}

final class ExportDialogTests: XCTestCase {
    /// A district's export runs in the background: keys typed meanwhile
    /// act at once, the message line shows how far it has come, and the
    /// file arrives.
    func testADistrictExportLeavesTheKeysLive() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-x-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = try Harness(exportFolder: folder.path) { directory in
            // The sample street twelve times over: 108 communities, a district's size.
            guard let store = try? CommunityStore(root: directory) else { return }
            for copy in 1..<12 {
                for var community in SampleStreet.communities(today: Harness.today) {
                    community.id += "-\(copy)"
                    community.name += "\(copy)"
                    try? store.save(community)
                }
            }
        }
        XCTAssertTrue(app.screen.contains("108 个社区"), app.screen)
        app.press(.char("x"))
        app.terminal.keepsFrames = true
        app.press(.ctrl("s"), .escape, .char("j"), .char("j"))
        let midway = app.terminal.frames.filter { $0.contains("正在导出") }
        XCTAssertTrue(
            midway.contains { !$0.contains("导出工作总结") && $0.contains("> ") },
            "the dialog closed and the list moved while the export ran:\n" + (midway.last ?? "no frame"))
        XCTAssertTrue(midway.contains { $0.contains("[") && $0.contains("/108") }, "with its progress")
        XCTAssertTrue(app.screen.contains("已导出到 " + folder.path + "/崇川区-2025"), app.screen)
        let written = try String(contentsOf: folder.appendingPathComponent("崇川区-2025.html"), encoding: .utf8)
        XCTAssertTrue(written.contains("阜新街社区11"), "every community is in it")
        XCTAssertNil(app.state.exporting)
    }

    func testXOnAPlanExportsThatCommunityAndSaysWhere() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-x-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = try Harness(exportFolder: folder.path)
        app.press(.char("j"), .char("j"), .char("j"), .char("j"), .enter, .tab, .enter, .char("x"))
        XCTAssertTrue(app.screen.contains("导出工作总结：濠景园社区"), app.screen)
        XCTAssertTrue(app.screen.contains("2025"), "preset to the plan's year")
        app.press(.tab, .left, .ctrl("s"))  // html → txt
        let file = folder.appendingPathComponent("濠景园社区-2025.txt")
        XCTAssertTrue(app.screen.contains("已导出到 " + file.path), app.screen)
        let text = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(text.contains("濠景园社区2025年度工作总结"))
    }

    func testTheProposedFileFollowsTheYearAndAFailedWriteKeepsTheDialog() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-x-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let app = try Harness(exportFolder: folder.path)
        var file: String? {
            guard case .record(let form) = app.state.pages.last, case .export(let export) = form.content else {
                return nil
            }
            return export[.file]
        }
        app.press(.char("x"))
        XCTAssertEqual(file, folder.path + "/崇川区-2025")
        app.press(.ctrl("u"))
        app.type("2024")
        XCTAssertEqual(file, folder.path + "/崇川区-2024", "the proposed file follows the year")
        app.press(.ctrl("u"))
        app.type("2025")
        // A folder that does not exist: the write fails, and the dialog keeps what was typed.
        app.press(.tab, .left, .tab, .ctrl("u"))
        app.type(folder.path + "/no/such/place")
        app.press(.ctrl("s"))
        XCTAssertEqual(file, folder.path + "/no/such/place", "the dialog is still there with what was typed")
        app.press(.ctrl("u"))
        app.type(folder.path + "/区")
        app.press(.ctrl("s"))
        let written = folder.appendingPathComponent("区.txt")
        XCTAssertTrue(app.screen.contains("已导出到 " + written.path), app.screen)
        XCTAssertNil(file, "the dialog closes once the file is written")
        let mode = try XCTUnwrap(FileManager.default.attributesOfItem(atPath: written.path)[.posixPermissions] as? Int)
        let mask = umask(0)
        umask(mask)
        XCTAssertEqual(mode, 0o666 & ~Int(mask), "an export takes the umask's permissions, to be handed on")
    }

    func testExportsGoToTheDocumentsFolderAndTildeIsHome() throws {
        let home = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-home-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: home) }
        try FileManager.default.createDirectory(at: home, withIntermediateDirectories: true)
        let environment = ["HOME": home.path]
        XCTAssertEqual(ExportFolder.standard(environment: environment, currentDirectory: "/work"), "/work")
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("Documents"), withIntermediateDirectories: true)
        XCTAssertEqual(
            ExportFolder.standard(environment: environment, currentDirectory: "/work"), home.path + "/Documents")
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent(".config"), withIntermediateDirectories: true)
        try FileManager.default.createDirectory(
            at: home.appendingPathComponent("文档"), withIntermediateDirectories: true)
        try "XDG_DOCUMENTS_DIR=\"$HOME/文档\"\n".write(
            to: home.appendingPathComponent(".config/user-dirs.dirs"), atomically: true, encoding: .utf8)
        XCTAssertEqual(ExportFolder.standard(environment: environment, currentDirectory: "/work"), home.path + "/文档")
        XCTAssertEqual(ExportFolder.expandingTilde("~/summary", home: "/home/clerk"), "/home/clerk/summary")
        XCTAssertEqual(ExportFolder.expandingTilde("~", home: "/home/clerk"), "/home/clerk")
        XCTAssertEqual(ExportFolder.expandingTilde("a/~/b", home: "/home/clerk"), "a/~/b")
    }
}
