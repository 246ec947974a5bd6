import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequSync

/// What a dishonest clerk pushes with plain git is not taken by the street
/// office's sync: the office's data stays, and the refusal names the sender.
final class IncomingCheckTests: XCTestCase {
    private var root: URL!
    private var office: URL { root.appendingPathComponent("office") }
    private var peer: URL { root.appendingPathComponent("peer") }
    private let now = Date(timeIntervalSince1970: 1_757_916_000)

    override func setUpWithError() throws {
        try XCTSkipUnless(GitRepository.isAvailable, "git is not installed")
        root = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-incoming-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let bare = root.appendingPathComponent("street.git").path
        XCTAssertTrue(GitRepository(root: root).run(["init", "-q", "--bare", "-b", "main", bare]).succeeded)
        let store = try CommunityStore(root: office)
        for community in SampleStreet.communities(today: LocalDate(year: 2025, month: 9, day: 15)!) {
            try store.save(community)
        }
        XCTAssertNil(sync.setUp(author: "街道 王秀英", driver: "false", remote: bare))
        XCTAssertNil(sync.run().failure)
        // The dishonest clerk works with plain git.
        XCTAssertTrue(GitRepository(root: root).run(["clone", "-q", bare, peer.path]).succeeded)
        plain(["config", "user.name", "填报员 赵某"])
        plain(["config", "user.email", "zhao@localhost"])
    }

    override func tearDown() {
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    private var sync: GitSync { GitSync(root: office, language: .zh) }

    @discardableResult
    private func plain(_ arguments: [String]) -> GitRepository.Run {
        GitRepository(root: peer).run(arguments)
    }

    /// The peer commits everything and pushes.
    private func push(_ message: String) {
        XCTAssertTrue(plain(["add", "-A"]).succeeded)
        XCTAssertTrue(plain(["commit", "-q", "-m", message]).succeeded)
        XCTAssertTrue(plain(["push", "-q", "origin", "HEAD:main"]).succeeded)
    }

    private func officeFiles() -> [String: Data] {
        let folder = office.appendingPathComponent("communities")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return Dictionary(
            uniqueKeysWithValues: names.map {
                ($0, (try? Data(contentsOf: folder.appendingPathComponent($0))) ?? Data())
            })
    }

    private func assertRefused(
        _ words: String, file: StaticString = #filePath, line: UInt = #line
    ) {
        let before = officeFiles()
        let outcome = sync.run()
        guard case .refused(let why)? = outcome.failure else {
            return XCTFail("taken: \(String(describing: outcome.failure))", file: file, line: line)
        }
        XCTAssertTrue(why.contains("填报员 赵某"), "says who sent it: " + why, file: file, line: line)
        XCTAssertTrue(why.contains(words), why, file: file, line: line)
        XCTAssertEqual(officeFiles(), before, "the office's data is unchanged", file: file, line: line)
    }

    func testSharedGitSettingsAreRefused() throws {
        try "communities/*.json merge=union\n".write(
            to: peer.appendingPathComponent(".gitattributes"), atomically: true, encoding: .utf8)
        push("cleanup")
        assertRefused("不属于社区工作台的文件：.gitattributes")
    }

    func testDeletingEveryCommunityIsRefused() throws {
        try FileManager.default.removeItem(at: peer.appendingPathComponent("communities"))
        push("cleanup")
        assertRefused("一次删除 9 个社区")
    }

    func testAnUnreadableCommunityFileIsRefused() throws {
        try "{ broken".write(
            to: peer.appendingPathComponent("communities/c-demo01.json"), atomically: true, encoding: .utf8)
        push("fix")
        assertRefused("communities/c-demo01.json 无法读取")
    }

    func testAnOfficeDecisionDroppedByAPeerIsRefused() throws {
        // The office reopens an approved checklist, signed, and sends it.
        let store = try CommunityStore(root: office)
        var community = try XCTUnwrap(
            store.load().communities.first { $0.checklists.contains { $0.state == .approved } })
        let index = try XCTUnwrap(community.checklists.firstIndex { $0.state == .approved })
        let supervisor = Actor(role: .supervisor, name: "街道 王秀英", signer: ReviewSigner.sample)
        community.checklists[index] = try ChecklistWorkflow.reopen(
            community.checklists[index], in: community.id, by: supervisor, comment: "台账需补充", at: now
        ).get()
        try store.save(community)
        XCTAssertNil(sync.run().failure)
        // The clerk takes the reopening out and sets the checklist back to approved.
        plain(["pull", "-q", "origin", "main"])
        let file = peer.appendingPathComponent("communities/\(community.id).json")
        var forged = try CommunityFile.decode(try Data(contentsOf: file), id: community.id).community
        forged.checklists[index].reviews.removeLast()
        forged.checklists[index].state = .approved
        try CommunityFile.encode(forged).write(to: file)
        push("填写")
        assertRefused("少了已签名的“重新打开”记录")
        let kept = try XCTUnwrap(try CommunityStore(root: office).load().communities.first { $0.id == community.id })
        XCTAssertEqual(kept.checklists[index].reviews.last?.decision, .reopened)
    }

    /// The peer reopens an approved checklist, signed at `time`, and pushes it.
    private func pushReopening(signedAt time: Date) throws {
        plain(["pull", "-q", "origin", "main"])
        let community = try XCTUnwrap(
            try CommunityStore(root: office).load().communities.first {
                $0.checklists.contains { $0.state == .approved }
            })
        let index = try XCTUnwrap(community.checklists.firstIndex { $0.state == .approved })
        let file = peer.appendingPathComponent("communities/\(community.id).json")
        var reopened = try CommunityFile.decode(try Data(contentsOf: file), id: community.id).community
        let supervisor = Actor(role: .supervisor, name: "街道 王秀英", signer: ReviewSigner.sample)
        reopened.checklists[index] = try ChecklistWorkflow.reopen(
            reopened.checklists[index], in: community.id, by: supervisor, comment: "重新核查", at: time
        ).get()
        try CommunityFile.encode(reopened).write(to: file)
        push("填写")
    }

    func testADecisionSignedByAClockAYearAheadIsRefused() throws {
        // The peer's clock runs a year ahead: its reopening would win every "later wins" for a year.
        try pushReopening(signedAt: Date().addingTimeInterval(365 * 86_400))
        assertRefused("比本机时钟晚一天以上（发送方时钟超前）")
    }

    func testADecisionSignedWithinADayAheadIsTaken() throws {
        try pushReopening(signedAt: Date().addingTimeInterval(3_600))
        XCTAssertNil(sync.run().failure)
    }

    func testAnHonestChangeAndOneDeletionAreTakenTheDeletedFileKeptInTrash() throws {
        let file = peer.appendingPathComponent("communities/c-demo02.json")
        var edited = try CommunityFile.decode(try Data(contentsOf: file), id: "c-demo02").community
        edited.notes = "居委会换届"
        try CommunityFile.encode(edited).write(to: file)
        try FileManager.default.removeItem(at: peer.appendingPathComponent("communities/c-demo03.json"))
        push("edit")
        XCTAssertNil(sync.run().failure)
        let communities = try CommunityStore(root: office).load().communities
        XCTAssertEqual(communities.first { $0.id == "c-demo02" }?.notes, "居委会换届")
        XCTAssertNil(communities.first { $0.id == "c-demo03" })
        let trash = (try? FileManager.default.contentsOfDirectory(atPath: office.appendingPathComponent("trash").path))
        XCTAssertEqual(trash?.count, 1, "a deletion from elsewhere can be taken back")
        XCTAssertTrue(trash?.first?.hasPrefix("c-demo03-") == true && trash?.first?.contains("赵某") == true)
    }

    func testShequsOwnSettingsAreUnsharedAndAnIgnoreFileCannotHideACommunity() throws {
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: office.appendingPathComponent(".git/info/attributes").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: office.appendingPathComponent(".gitattributes").path))
        try "communities/*.json\n".write(
            to: office.appendingPathComponent(".gitignore"), atomically: true, encoding: .utf8)
        try CommunityStore(root: office).save(Community(id: "c-new", name: "新社区"))
        XCTAssertNil(sync.run().failure)
        plain(["pull", "-q", "origin", "main"])
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: peer.appendingPathComponent("communities/c-new.json").path))
        XCTAssertFalse(FileManager.default.fileExists(atPath: peer.appendingPathComponent(".gitignore").path))
    }

    /// The office pins its root and sends a roster it signed, issued at `time`.
    private func signedRoster(at time: Date) throws -> Roster {
        let rootKey = ReviewSigner(raw: Data(repeating: 7, count: 32))!
        let roster = Roster(
            root: "", issued: time,
            reviewers: [.init(name: "街道审核员", key: ReviewSigner(raw: Data(repeating: 8, count: 32))!.publicKeyText)]
        ).signed(by: rootKey, at: time)
        try Roster.pin(Roster.fingerprint(ofKey: rootKey.publicKeyText), in: office)
        try CommunityStore(root: office).write(roster)
        return roster
    }

    func testWithTheRootPinnedAPeersOwnKeyFileIsRefused() throws {
        _ = try signedRoster(at: now)
        XCTAssertNil(sync.run().failure)
        plain(["pull", "-q", "origin", "main"])
        let (name, text) = TrustedReviewers.file(
            for: .init(name: "街道审核员", key: ReviewSigner(raw: Data(repeating: 9, count: 32))!.publicKeyText))
        try text.write(to: peer.appendingPathComponent("reviewers/" + name), atomically: true, encoding: .utf8)
        push("填写")
        assertRefused("不在街道签名名册中的审核人密钥：reviewers/" + name)
    }

    func testAnOlderRosterReplayedIsRefused() throws {
        let older = try signedRoster(at: now)
        XCTAssertNil(sync.run().failure)
        _ = try signedRoster(at: now.addingTimeInterval(3600))
        XCTAssertNil(sync.run().failure)
        plain(["pull", "-q", "origin", "main"])
        try older.text.write(
            to: peer.appendingPathComponent("reviewers/roster.toml"), atomically: true, encoding: .utf8)
        push("填写")
        assertRefused("比本机的名册更早签发")
    }

    func testWhatCameInIsToldInShequsWordsNotThePeersSubject() throws {
        let file = peer.appendingPathComponent("communities/c-demo02.json")
        var edited = try CommunityFile.decode(try Data(contentsOf: file), id: "c-demo02").community
        edited.notes = "居委会换届"
        try CommunityFile.encode(edited).write(to: file)
        push("cleanup")
        let received = try XCTUnwrap(sync.run().exchange?.received)
        XCTAssertEqual(received.count, 1)
        XCTAssertFalse(received[0].contains("cleanup"), received[0])
        XCTAssertTrue(received[0].hasPrefix("填报员 赵某：团结西路社区"), received[0])
        let history = sync.history(communityID: "c-demo02")
        XCTAssertEqual(history.first?.author, "填报员 赵某")
        XCTAssertFalse(history.first?.change.contains("cleanup") ?? true, "\(history)")
        XCTAssertTrue(history.first?.change.hasPrefix("团结西路社区") ?? false, "\(history)")
    }

    func testACommunityDeletedThereButChangedHereIsKeptAndTheSyncSaysSo() throws {
        try FileManager.default.removeItem(at: peer.appendingPathComponent("communities/c-demo03.json"))
        push("delete")
        let store = try CommunityStore(root: office)
        var community = try XCTUnwrap(store.load().communities.first { $0.id == "c-demo03" })
        community.notes = "本机刚改过"
        try store.save(community)
        let outcome = sync.run()
        XCTAssertNil(outcome.failure)
        let said = outcome.exchange?.conflicts ?? []
        XCTAssertTrue(said.contains { $0.contains("新村路社区在别处被删除，但本机改过它") }, "\(said)")
        let kept = try CommunityStore(root: office).load().communities.first { $0.id == "c-demo03" }
        XCTAssertEqual(kept?.notes, "本机刚改过")
        plain(["pull", "-q", "origin", "main"])
        XCTAssertTrue(
            FileManager.default.fileExists(atPath: peer.appendingPathComponent("communities/c-demo03.json").path),
            "and it is shared again")
    }

    func testAMergeThatLeavesAFileUnreadableIsUndoneAndNothingIsSent() throws {
        // A merge driver that writes what does not parse, as a peer's union attribute once made git do.
        XCTAssertNil(sync.setUp(author: "街道 王秀英", driver: "printf '{ broken' > %A", remote: nil))
        let file = peer.appendingPathComponent("communities/c-demo02.json")
        var theirs = try CommunityFile.decode(try Data(contentsOf: file), id: "c-demo02").community
        theirs.notes = "那边的备注"
        try CommunityFile.encode(theirs).write(to: file)
        push("填写")
        let store = try CommunityStore(root: office)
        var mine = try XCTUnwrap(store.load().communities.first { $0.id == "c-demo02" })
        mine.residentGroups = 10
        try store.save(mine)
        let serverBefore = plain(["ls-remote", "origin", "main"]).output
        let outcome = sync.run()
        guard case .mergeFailed(let why)? = outcome.failure else {
            return XCTFail("taken: \(String(describing: outcome.failure))")
        }
        XCTAssertTrue(why.contains("合并后的 communities/c-demo02.json 无法读取"), why)
        let kept = try XCTUnwrap(try CommunityStore(root: office).load().communities.first { $0.id == "c-demo02" })
        XCTAssertEqual(kept.residentGroups, 10, "the office's own change is still there, readable")
        XCTAssertEqual(plain(["ls-remote", "origin", "main"]).output, serverBefore, "and nothing broken was sent")
    }
}
