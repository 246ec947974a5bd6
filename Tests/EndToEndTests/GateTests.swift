import Foundation
import ShequDomain
import ShequStore
import ShequSync
import XCTest

/// Three machines and the street office's server: the office (root key,
/// roster, its own signing key), an honest clerk with `shequ`, and a
/// dishonest clerk with plain git. The server is a bare repository whose
/// `pre-receive` hook runs the real `shequ gate`; the pusher's identity is
/// what the server says (gitolite's GL_USER; here the hook's environment
/// names it). Every attack is refused at the gate, told in both languages,
/// and the shared history keeps the office's and the honest clerk's work.
final class GateTests: XCTestCase {
    private var root: URL!
    private var server: URL { root.appendingPathComponent("street.git") }
    private var peer: URL { root.appendingPathComponent("zhao") }
    private var fingerprint = ""
    private let now = Date(timeIntervalSince1970: 1_757_916_000)

    override func setUpWithError() throws {
        try XCTSkipUnless(GitRepository.isAvailable, "git is not installed")
        root = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-gate-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        XCTAssertTrue(GitRepository(root: root).run(["init", "-q", "--bare", "-b", "main", server.path]).succeeded)
        let hook = server.appendingPathComponent("hooks/pre-receive")
        try "#!/bin/sh\nexec '\(Tmux.binary)' gate --user \"$SHEQU_PUSHER\"\n".write(
            to: hook, atomically: true, encoding: .utf8)
        chmod(hook.path, 0o755)

        // The street office: its root key, its roster, the sample street (without the sample's key).
        let printed = shequ("office", as: "office", ["roster", "root", "--pin"])
        let start = try XCTUnwrap(printed.range(of: "SHA256:"), printed).lowerBound
        fingerprint = String(printed[start...].prefix { !$0.isWhitespace })
        try fingerprint.write(to: server.appendingPathComponent("shequ-root"), atomically: true, encoding: .utf8)
        let key = try XCTUnwrap(shequ("office", as: "office", ["reviewers", "key"]).split(separator: " ").last)
        shequ(
            "office", as: "office",
            [
                "roster", "add-reviewer", "街道审核员", key.trimmingCharacters(in: .whitespacesAndNewlines), "--user",
                "office",
            ])
        shequ("office", as: "office", ["demo"])
        try FileManager.default.removeItem(at: root.appendingPathComponent("office/reviewers/key-g3k2S6SKmnwT.toml"))
        shequ("office", as: "office", ["roster", "add-clerk", "zhao", "--name", "赵某", "--community", "c-demo07"])
        let others = (1...9).filter { $0 != 7 }.flatMap { ["--community", String(format: "c-demo%02d", $0)] }
        shequ("office", as: "office", ["roster", "add-clerk", "li", "--name", "李梅"] + others)
        shequ("office", as: "office", ["sync", "init", "--remote", server.path, "--name", "街道审核员"])
        shequ("office", as: "office", ["sync"])

        // The honest clerk pins the root the office told them; the dishonest one clones with plain git.
        shequ("li", as: "li", ["sync", "init", "--remote", server.path, "--name", "填报员 李梅", "--root", fingerprint])
        shequ("li", as: "li", ["sync"])
        XCTAssertTrue(GitRepository(root: root).run(["clone", "-q", server.path, peer.path]).succeeded)
        plain(["config", "user.name", "填报员 赵某"])
        plain(["config", "user.email", "zhao@localhost"])
    }

    override func tearDown() {
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    /// Runs shequ on `machine` (its own home and data), pushing as `user`.
    @discardableResult
    private func shequ(
        _ machine: String, as user: String, _ arguments: [String], status expected: Int32 = 0, line: UInt = #line
    ) -> String {
        var status: Int32 = -1
        let home = root.appendingPathComponent(machine + "-home").path
        let output = Tmux.execute(
            ["HOME=" + home, "XDG_CONFIG_HOME=", "SHEQU_PUSHER=" + user, Tmux.binary] + arguments
                + ["--data-dir", root.appendingPathComponent(machine).path, "--lang", "zh"],
            status: &status, withErrors: true)
        XCTAssertEqual(status, expected, output, line: line)
        return output
    }

    @discardableResult
    private func plain(_ arguments: [String], as user: String = "zhao") -> GitRepository.Run {
        GitRepository(root: peer).run(arguments, environment: ["SHEQU_PUSHER": user])
    }

    /// The dishonest clerk commits everything and pushes; the server's
    /// words are returned, and the clone goes back to what the server has.
    private func pushRefused(_ words: String, english: String, line: UInt = #line) {
        XCTAssertTrue(plain(["add", "-A"]).succeeded, line: line)
        XCTAssertTrue(plain(["commit", "-q", "-m", "填写"]).succeeded, line: line)
        let before = GitRepository(root: server).run(["rev-parse", "main"]).output
        let pushed = plain(["push", "-q", "origin", "HEAD:main"])
        XCTAssertFalse(pushed.succeeded, "the server took it", line: line)
        XCTAssertTrue(pushed.error.contains(words), pushed.error, line: line)
        XCTAssertTrue(pushed.error.contains(english), "in English too: " + pushed.error, line: line)
        XCTAssertTrue(pushed.error.contains("赵某") || pushed.error.contains("zhao"), "names the pusher", line: line)
        XCTAssertEqual(GitRepository(root: server).run(["rev-parse", "main"]).output, before, line: line)
        plain(["fetch", "-q", "origin"])
        plain(["reset", "-q", "--hard", "origin/main"])
        plain(["clean", "-q", "-fdx"])
    }

    /// Changes one community of the data directory `directory`, the store
    /// closed again before any shequ runs there.
    private func edit(_ directory: URL, _ id: String, _ change: (inout Community) throws -> Void) throws {
        let store = try CommunityStore(root: directory)
        var community = try XCTUnwrap(store.load().communities.first { $0.id == id })
        try change(&community)
        try store.save(community)
    }

    private func peerCommunity(_ id: String) throws -> Community {
        let file = peer.appendingPathComponent("communities/\(id).json")
        return try CommunityFile.decode(try Data(contentsOf: file), id: id).community
    }

    private func writePeer(_ community: Community) throws {
        try CommunityFile.encode(community).write(to: peer.appendingPathComponent("communities/\(community.id).json"))
    }

    func testEveryAttackIsRefusedAtTheGateAndHonestWorkGoesThrough() throws {
        // An honest change to the clerk's own community goes in.
        var own = try peerCommunity("c-demo07")
        own.notes = "网格员换人"
        try writePeer(own)
        plain(["commit", "-q", "-am", "填写"])
        XCTAssertTrue(plain(["push", "-q", "origin", "HEAD:main"]).succeeded)

        // 1. Making oneself a trusted reviewer: one's own key file, or one's key in the roster.
        let (name, text) = TrustedReviewers.file(
            for: .init(name: "街道审核员", key: ReviewSigner(raw: Data(repeating: 9, count: 32))!.publicKeyText))
        try text.write(to: peer.appendingPathComponent("reviewers/" + name), atomically: true, encoding: .utf8)
        pushRefused("不在街道签名名册中的审核人密钥", english: "outside the roster")
        let rosterFile = peer.appendingPathComponent("reviewers/roster.toml")
        let roster = try String(contentsOf: rosterFile, encoding: .utf8)
        try roster.replacingOccurrences(of: "communities = [\"c-demo07\"]", with: "communities = [\"c-demo01\"]")
            .write(to: rosterFile, atomically: true, encoding: .utf8)
        pushRefused("名册的签名无效", english: "signature is invalid")
        // 2. Someone else's community.
        var theirs = try peerCommunity("c-demo01")
        theirs.notes = "改了别人的"
        try writePeer(theirs)
        pushRefused("名册没有把 communities/c-demo01.json 交给 zhao", english: "does not give")
        // 3 and 4. Shared git settings.
        try "communities/*.json merge=union\n".write(
            to: peer.appendingPathComponent(".gitattributes"), atomically: true, encoding: .utf8)
        pushRefused("不属于社区工作台的文件：.gitattributes", english: "outside Shequ's layout")
        try "communities/*.json\n".write(
            to: peer.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        pushRefused("不属于社区工作台的文件：.gitignore", english: "outside Shequ's layout")
        // 5. Deleting every community.
        try FileManager.default.removeItem(at: peer.appendingPathComponent("communities"))
        pushRefused("一次删除 9 个社区", english: "deleting 9 communities")
        // A file that does not read.
        try "{ broken".write(
            to: peer.appendingPathComponent("communities/c-demo07.json"), atomically: true, encoding: .utf8)
        pushRefused("无法读取", english: "cannot be read")
        // A decision signed by a clock a year ahead, that would win every "later wins" for a year.
        var ahead = try peerCommunity("c-demo07")
        let signer = Actor(role: .supervisor, name: "街道审核员", signer: ReviewSigner(raw: Data(repeating: 9, count: 32))!)
        ahead.checklists[0] = try ChecklistWorkflow.approve(
            ahead.checklists[0], in: "c-demo07", by: signer, comment: "", at: Date().addingTimeInterval(365 * 86_400)
        ).get()
        try writePeer(ahead)
        pushRefused("比本机时钟晚一天以上", english: "the sender's clock runs ahead")
        // A forced push that rewrites the shared history.
        plain(["reset", "-q", "--hard", "HEAD~1"])
        let forced = plain(["push", "-q", "-f", "origin", "HEAD:main"])
        XCTAssertFalse(forced.succeeded)
        XCTAssertTrue(forced.error.contains("改写共享的历史"), forced.error)
        plain(["reset", "-q", "--hard", "origin/main"])
        // Another branch.
        XCTAssertFalse(plain(["push", "-q", "origin", "HEAD:refs/heads/side"]).succeeded)

        // The honest clerk's sync still goes through and brings the honest change.
        shequ("li", as: "li", ["sync"])
        let kept = try XCTUnwrap(
            try CommunityStore(root: root.appendingPathComponent("li"), readOnly: true).load().communities.first {
                $0.id == "c-demo07"
            })
        XCTAssertEqual(kept.notes, "网格员换人")
    }

    func testADroppedReopeningIsRefusedAndAClerksSyncIsToldWhatTheServerSaid() throws {
        // The office approves the clerk's submitted checklist with its own key, then reopens it.
        let office = root.appendingPathComponent("office")
        let signer = try ReviewSigner.loadOrCreate(
            at: root.appendingPathComponent("office-home/.config/shequ/signing-key")
        ).get()
        let supervisor = Actor(role: .supervisor, name: "街道审核员", signer: signer)
        var index = 0
        var approved: Checklist!
        try edit(office, "c-demo07") { community in
            index = try XCTUnwrap(community.checklists.firstIndex { $0.state == .submitted })
            approved = try ChecklistWorkflow.approve(
                community.checklists[index], in: community.id, by: supervisor, comment: "", at: now
            ).get()
            community.checklists[index] = try ChecklistWorkflow.reopen(
                approved, in: community.id, by: supervisor, comment: "台账需补充", at: now.addingTimeInterval(60)
            ).get()
        }
        shequ("office", as: "office", ["sync"])

        // The dishonest clerk takes the reopening out and sets the checklist back to approved.
        plain(["pull", "-q", "origin", "main"])
        var forged = try peerCommunity("c-demo07")
        forged.checklists[index].reviews.removeLast()
        forged.checklists[index].state = .approved
        try writePeer(forged)
        pushRefused("少了已签名的“重新打开”记录", english: "lost a signed reopened decision")
        // Or appends a copy of the old approval after it: it goes in, and counts for nothing anywhere.
        var replayed = try peerCommunity("c-demo07")
        replayed.checklists[index].reviews.append(try XCTUnwrap(approved.reviews.last))
        replayed.checklists[index].state = .approved
        try writePeer(replayed)
        plain(["commit", "-q", "-am", "填写"])
        XCTAssertTrue(plain(["push", "-q", "origin", "HEAD:main"]).succeeded)
        shequ("office", as: "office", ["sync"])
        let listed = shequ("office", as: "office", ["list", "checklists", "--format", "json"])
        XCTAssertTrue(listed.contains("out-of-place"), listed)
        XCTAssertTrue(shequ("office", as: "office", ["check"], status: 1).contains("签名不在原位"))

        // The honest clerk edits a community not given to them: their sync says what the server said.
        try edit(root.appendingPathComponent("li"), "c-demo07") { $0.notes = "顺手改一下" }
        let said = shequ("li", as: "li", ["sync"], status: 4)
        XCTAssertTrue(said.contains("名册没有把 communities/c-demo07.json 交给 li"), said)
        XCTAssertTrue(said.contains("仍在本机"), said)
    }
}
