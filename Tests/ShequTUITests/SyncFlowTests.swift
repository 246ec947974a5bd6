import Foundation
import ShequText
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequSync
@testable import ShequTUI

/// Sync from the screens: a key on the Communities screen runs it in the
/// background, the title says where it stands, and what arrived shows at
/// once (a returned checklist's comment on the clerk's Checklists tab).
final class SyncFlowTests: XCTestCase {
    private var root: URL!
    private let now = Date(timeIntervalSince1970: 1_757_916_000)

    override func setUpWithError() throws {
        try XCTSkipUnless(GitRepository.isAvailable, "git is not installed")
        root = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-syncflow-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        XCTAssertTrue(GitRepository(root: root).run(["init", "-q", "--bare", "-b", "main", "office.git"]).succeeded)
    }

    override func tearDown() {
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    /// Sets `directory` up for sync as `author` and syncs it once.
    private func shared(_ directory: URL, author: String) {
        let sync = GitSync(root: directory, language: .zh)
        XCTAssertNil(
            sync.setUp(author: author, driver: "false", remote: root.appendingPathComponent("office.git").path))
        XCTAssertNil(sync.run().failure)
    }

    /// The street office's machine, set up for sync, takes the first submitted
    /// checklist through `step` and sends it; its store and the community.
    private func officeDecides(_ step: (Checklist, String) throws -> Checklist) throws -> (CommunityStore, Community) {
        let office = root.appendingPathComponent("office")
        shared(office, author: "街道 王秀英")
        let store = try CommunityStore(root: office)
        var community = try XCTUnwrap(
            store.load().communities.first { $0.checklists.contains { $0.state == .submitted } })
        let index = try XCTUnwrap(community.checklists.firstIndex { $0.state == .submitted })
        community.checklists[index] = try step(community.checklists[index], community.id)
        try store.save(community)
        XCTAssertNil(GitSync(root: office, language: .zh).run().failure)
        return (store, community)
    }

    func testTheSyncKeyBringsTheStreetOfficesReturnToTheChecklistsTab() throws {
        var clerkDirectory: URL!
        let app = try Harness(sync: true) { directory in
            clerkDirectory = directory
            self.shared(directory, author: "填报员 李梅")
        }
        XCTAssertTrue(app.screen.contains("上次同步"), "the title says where sync stands:\n" + app.screen)
        XCTAssertTrue(app.screen.contains("s 同步"), app.screen)

        // The street office takes the submitted checklist and returns it.
        let (_, community) = try officeDecides { checklist, id in
            try ChecklistWorkflow.returnForChanges(
                checklist, in: id, by: Actor(role: .supervisor, name: "街道 王秀英", signer: ReviewSigner.sample),
                comment: "请补充活动照片", at: self.now
            ).get()
        }

        app.press(.char("s"))
        XCTAssertTrue(app.screen.contains("同步完成：收到 1 项修改"), app.screen)
        XCTAssertTrue(app.screen.contains("退回"), app.screen)
        XCTAssertEqual(app.state.sync?.running, false)
        app.press(.char("/")).type(community.name).press(.enter, .enter, .tab, .tab, .tab)
        XCTAssertTrue(app.screen.contains("已退回：请补充活动照片"), "at once, on the Checklists tab:\n" + app.screen)
        XCTAssertNotNil(clerkDirectory)

        app.press(.char("H"))
        XCTAssertTrue(app.screen.contains("\(community.name) > 修改历史"), app.screen)
        XCTAssertTrue(app.screen.contains("街道 王秀英"), "who returned it:\n" + app.screen)
        XCTAssertTrue(app.screen.contains("退回 "), app.screen)
        XCTAssertTrue(app.screen.contains("填报员 李梅"), "and who made the community's earlier changes")
        app.press(.escape)
        XCTAssertTrue(app.screen.contains("检查考评"), "back to the community:\n" + app.screen)
    }

    func testAnApprovalBySomeoneTheSyncBroughtIntoTheRosterNamesThemAtOnce() throws {
        let rootKey = ReviewSigner(raw: Data(repeating: 7, count: 32))!
        // Not the sample's key, which no shared directory trusts: every copy of Shequ holds its private half.
        let reviewer = try XCTUnwrap(ReviewSigner(raw: Data(repeating: 8, count: 32)))
        let app = try Harness(sync: true) { directory in
            self.shared(directory, author: "填报员 李梅")
            try? Roster.pin(Roster.fingerprint(ofKey: rootKey.publicKeyText), in: directory)
        }
        // The street office approves a checklist and syncs; its reviewer is not in the roster yet.
        let (store, community) = try officeDecides { checklist, id in
            try ChecklistWorkflow.approve(
                checklist, in: id, by: Actor(role: .supervisor, name: "王秀英", signer: reviewer), comment: "",
                at: self.now
            ).get()
        }
        let office = root.appendingPathComponent("office")
        let title = try XCTUnwrap(
            community.checklists.first { $0.state == .approved && $0.reviews.last?.reviewer == "王秀英" }
        ).title
        func shownState() throws -> String {
            try String(XCTUnwrap(app.screen.split(separator: "\n").first { $0.contains(title) }, app.screen))
        }
        app.press(.char("s"))
        XCTAssertTrue(app.screen.contains("同步完成"), app.screen)
        app.press(.char("/")).type(community.name).press(.enter, .enter, .tab, .tab, .tab)
        XCTAssertTrue(try shownState().contains("已通过 · 审核人未知"), app.screen)

        // Then the roster its root signs names the reviewer; only the roster changes.
        try store.write(
            Roster(
                root: "", issued: now,
                reviewers: [.init(name: "街道审核员 王秀英", key: reviewer.publicKeyText, user: "office")]
            ).signed(by: rootKey, at: now))
        XCTAssertNil(GitSync(root: office, language: .zh).run().failure)
        app.press(.escape, .escape, .char("s"))
        XCTAssertTrue(app.screen.contains("同步完成"), app.screen)
        app.press(.char("/")).type(community.name).press(.enter, .enter, .tab, .tab, .tab)
        XCTAssertFalse(try shownState().contains("审核人未知"), "the roster the sync brought counts at once:\n" + app.screen)
    }

    func testSIsSetUpFromADialogWhenTheDirectoryIsNotSetUpYet() throws {
        let app = try Harness()
        app.press(.char("s"))
        let office = root.appendingPathComponent("office.git").path
        app.type(office).press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("仍信任示例街道的密钥"), "the sample's key is never shared:\n" + app.screen)
        try FileManager.default.removeItem(at: app.directory.appendingPathComponent("reviewers"))
        app.press(.escape)
        XCTAssertFalse(app.screen.contains("s 同步"), "no sync to hint yet:\n" + app.screen)
        app.press(.char("s"))
        XCTAssertTrue(app.screen.contains("设置同步"), app.screen)
        XCTAssertTrue(app.screen.contains("共享仓库"), app.screen)
        guard case .record(let form) = app.state.pages.last, case .syncSetUp(let draft) = form.content else {
            return XCTFail("a dialog of its own:\n" + app.screen)
        }
        XCTAssertEqual(draft[.author], "填报员 李梅", "the name proposed is the user's")
        XCTAssertEqual(draft[.remote], office, "what was typed before the refusal is kept")
        app.press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("已设置同步"), app.screen)
        XCTAssertTrue(app.screen.contains("s 同步"), app.screen)
        XCTAssertNotNil(app.state.sync)
        app.press(.char("s"))
        XCTAssertTrue(app.screen.contains("同步完成"), app.screen)
        let log = GitRepository(root: URL(fileURLWithPath: office)).run(["log", "--format=%an", "main"])
        XCTAssertTrue(log.output.contains("填报员 李梅"), "the street's repository has the changes:\n" + log.output)
    }

    func testTheSetUpDialogPinsTheStreetOfficesRootAndRefusesWhatIsNotAFingerprint() throws {
        let app = try Harness { directory in
            try? FileManager.default.removeItem(at: directory.appendingPathComponent("reviewers"))
        }
        app.press(.char("s"))
        XCTAssertTrue(app.screen.contains("街道根密钥指纹"), app.screen)
        let office = root.appendingPathComponent("office.git").path
        app.type(office).press(.tab, .tab).type("不是指纹").press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("不是密钥指纹"), app.screen)
        XCTAssertNil(app.state.sync, "nothing is set up")
        let fingerprint = Roster.fingerprint(ofKey: ReviewSigner(raw: Data(repeating: 7, count: 32))!.publicKeyText)
        for _ in 0..<4 { app.press(.backspace) }
        app.type(fingerprint).press(.ctrl("s"))
        XCTAssertTrue(app.screen.contains("已设置同步"), app.screen)
        XCTAssertEqual(Roster.pinned(in: app.directory), fingerprint)
        XCTAssertEqual(
            app.state.trusted.problems.map(\.problem.message), [L.rosterMissing], "trust now goes by the roster")
    }
}
