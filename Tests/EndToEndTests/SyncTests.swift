import Foundation
import ShequDomain
import ShequStore
import ShequSync
import XCTest

/// A clerk and the street office sharing one history through a real git
/// repository (a bare one in a temporary folder standing for the street
/// office's server), with the real `shequ sync`, `shequ log` and merge
/// driver; the people's steps are made through the domain, as the screens
/// make them.
final class SyncTests: XCTestCase {
    private var root: URL!
    private let clerk = Actor(role: .clerk, name: "填报员 李梅")
    private let supervisor = Actor(role: .supervisor, name: "街道 王秀英", signer: ReviewSigner.sample)
    private let now = Date(timeIntervalSince1970: 1_757_916_000)

    override func setUpWithError() throws {
        try XCTSkipUnless(GitRepository.isAvailable, "git is not installed")
        root = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-sync-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        XCTAssertTrue(GitRepository(root: root).run(["init", "-q", "--bare", "-b", "main", "office.git"]).succeeded)
    }

    override func tearDown() {
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    private var office: String { root.appendingPathComponent("office.git").path }

    /// Runs shequ on the machine whose data directory is `machine`.
    @discardableResult
    private func shequ(_ machine: String, _ arguments: [String], status expected: Int32 = 0, line: UInt = #line)
        -> String
    {
        var status: Int32 = -1
        // Each machine has its settings, where `sync init --name` records whose machine it is.
        let settings = "XDG_CONFIG_HOME=" + root.appendingPathComponent(machine + "-settings").path
        let output = Tmux.execute(
            [settings, Tmux.binary] + arguments + [
                "--data-dir", root.appendingPathComponent(machine).path, "--lang", "zh",
            ], status: &status, withErrors: true)
        XCTAssertEqual(status, expected, output, line: line)
        return output
    }

    /// A machine set up for sync: the sample street for the clerk, nothing for the office.
    private func machine(_ name: String, author: String, sample: Bool) {
        if sample {
            shequ(name, ["demo"])
            // The sample's reviewer key is not shared: anyone can sign with it.
            let sampleKey = root.appendingPathComponent(name + "/reviewers")
            try? FileManager.default.removeItem(at: sampleKey)
        }
        shequ(name, ["sync", "init", "--remote", office, "--name", author])
    }

    /// Changes one community on `machine` as a session would, stamped.
    private func edit(_ machine: String, _ id: String, _ change: (inout Community) throws -> Void) throws {
        let store = try CommunityStore(root: root.appendingPathComponent(machine))
        var community = try XCTUnwrap(store.load().communities.first { $0.id == id })
        let before = community
        try change(&community)
        try store.save(RecordStamps.stamp(community, comparedWith: before, at: now.addingTimeInterval(Double(stamps))))
        stamps += 60
    }
    private var stamps = 0

    private func community(_ machine: String, _ id: String) throws -> Community {
        try XCTUnwrap(
            try CommunityStore(root: root.appendingPathComponent(machine), readOnly: true).load().communities.first {
                $0.id == id
            })
    }

    func testAChecklistGoesToTheStreetOfficeAndBackUntilApproved() throws {
        machine("clerk", author: "填报员 李梅", sample: true)
        XCTAssertTrue(shequ("clerk", ["sync"]).contains("已发送到远程仓库"))
        // The clerk's checklist to submit: a draft of the sample street, every item answered.
        let sample = try CommunityStore(root: root.appendingPathComponent("clerk"), readOnly: true).load()
        let (communityID, checklistID) = try XCTUnwrap(
            sample.communities.lazy.flatMap { c in c.checklists.map { (c.id, $0) } }
                .first { $0.1.state == .draft }.map { ($0.0, $0.1.id) })
        try edit("clerk", communityID) { c in
            let index = try XCTUnwrap(c.checklists.firstIndex { $0.id == checklistID })
            for item in c.checklists[index].items.indices { c.checklists[index].items[item].result = .pass }
            c.checklists[index] = try ChecklistWorkflow.submit(c.checklists[index], by: clerk, at: now).get()
        }
        let title = try community("clerk", communityID).checklists.first { $0.id == checklistID }!.title
        let name = try community("clerk", communityID).name
        XCTAssertTrue(shequ("clerk", ["sync"]).contains("\(name)：提交 \(title)"))

        machine("office", author: "街道 王秀英", sample: false)
        let received = shequ("office", ["sync"])
        XCTAssertTrue(received.contains("填报员 李梅：\(name)：提交 \(title)"), received)
        try edit("office", communityID) { c in
            let index = try XCTUnwrap(c.checklists.firstIndex { $0.id == checklistID })
            c.checklists[index] = try ChecklistWorkflow.returnForChanges(
                c.checklists[index], in: c.id, by: supervisor, comment: "请补充照片", at: now
            ).get()
        }
        shequ("office", ["sync"])

        let back = shequ("clerk", ["sync"])
        XCTAssertTrue(back.contains("街道 王秀英：\(name)：退回 \(title)（请补充照片）"), back)
        let returned = try community("clerk", communityID).checklists.first { $0.id == checklistID }!
        XCTAssertEqual(returned.state, .returned)
        XCTAssertEqual(returned.reviews.last?.comment, "请补充照片")
        try edit("clerk", communityID) { c in
            let index = try XCTUnwrap(c.checklists.firstIndex { $0.id == checklistID })
            c.checklists[index].items[0].evidence = "照片已补充"
            c.checklists[index] = try ChecklistWorkflow.submit(c.checklists[index], by: clerk, at: now).get()
        }
        shequ("clerk", ["sync"])

        shequ("office", ["sync"])
        try edit("office", communityID) { c in
            let index = try XCTUnwrap(c.checklists.firstIndex { $0.id == checklistID })
            c.checklists[index] = try ChecklistWorkflow.approve(
                c.checklists[index], in: c.id, by: supervisor, comment: "", at: now
            ).get()
        }
        shequ("office", ["sync"])
        shequ("clerk", ["sync"])

        let approved = try community("clerk", communityID).checklists.first { $0.id == checklistID }!
        XCTAssertEqual(approved.state, .approved)
        XCTAssertEqual(approved.items[0].evidence, "照片已补充")
        XCTAssertEqual(
            ApprovalSignature.approvalStatus(
                of: approved, communityID: communityID, trusted: TrustedReviewers([SampleStreet.reviewer])),
            .valid(reviewer: SampleStreet.reviewer.name), "the approval arrived signed and intact")
        let heads = ["clerk", "office"].map {
            GitRepository(root: root.appendingPathComponent($0)).run(["rev-parse", "HEAD"]).output
        }
        XCTAssertEqual(heads[0], heads[1], "both machines hold the same history")

        let story = shequ("clerk", ["log", "--community", name])
        let steps = story.split(separator: "\n").compactMap { line -> String? in
            ["通过", "退回", "提交"].first { line.contains("\(name)：\($0) \(title)") }
        }
        XCTAssertEqual(steps, ["通过", "提交", "退回", "提交"], story)
        XCTAssertTrue(story.contains("街道 王秀英"), story)
        let others = try CommunityStore(root: root.appendingPathComponent("clerk"), readOnly: true).load().communities
            .map(\.name).filter { $0 != name }
        XCTAssertFalse(others.contains { story.contains($0) }, "only this community's history:\n" + story)
    }

    func testTheSameActivityChangedOnTwoMachinesKeepsBothVersions() throws {
        machine("clerk", author: "填报员 李梅", sample: true)
        shequ("clerk", ["sync"])
        machine("laptop", author: "填报员 李梅（笔记本）", sample: false)
        shequ("laptop", ["sync"])
        let communityID = "c-demo04"
        let activity = try community("clerk", communityID).activities[0]
        try edit("clerk", communityID) { $0.activities[0].participants = 111 }
        try edit("laptop", communityID) { $0.activities[0].participants = 222 }  // later
        shequ("clerk", ["sync"])
        let output = shequ("laptop", ["sync"])
        XCTAssertTrue(output.contains("「\(activity.title)」两边都改了"), output)
        XCTAssertEqual(try community("laptop", communityID).activities[0].participants, 222, "the later change")
        XCTAssertTrue(output.contains("保留了填报员 李梅（笔记本） 的版本"), "named by whose it was: " + output)
        // The machine whose edit lost is told at its next sync: which record, whose was kept, how to take it back.
        let told = shequ("clerk", ["sync"])
        XCTAssertTrue(told.contains("本机对“\(activity.title)”的修改与 填报员 李梅（笔记本） 的修改冲突"), told)
        XCTAssertTrue(told.contains("shequ restore --file conflicts/"), told)
        XCTAssertTrue(told.contains("填报员 李梅（笔记本） 合并时："), "the merge's decision is told too: " + told)
        XCTAssertEqual(try community("clerk", communityID).activities[0].participants, 222)
        let kept = try FileManager.default.contentsOfDirectory(
            atPath: root.appendingPathComponent("clerk/conflicts").path)
        XCTAssertEqual(kept.count, 1, "the other version came along: \(kept)")
        let copyFile = root.appendingPathComponent("clerk/conflicts/" + kept[0])
        let other = try CommunityFile.decode(Data(contentsOf: copyFile)).community
        XCTAssertEqual(other.activities.map(\.participants), [111], "only the record that lost is kept")
        XCTAssertEqual(other.plans, [])
        XCTAssertEqual(other.checklists, [])
        let size = try XCTUnwrap(try FileManager.default.attributesOfItem(atPath: copyFile.path)[.size] as? Int)
        XCTAssertLessThan(size, 8_000, "not the whole community file")
        // And it is taken back with restore.
        shequ("clerk", ["restore", "--file", "conflicts/" + kept[0]])
        XCTAssertEqual(try community("clerk", communityID).activities[0].participants, 111)
    }

    func testADeletionAfterAnEditStandsAndADeletionBeforeOneIsUndoneBothSidesTold() throws {
        machine("clerk", author: "填报员 李梅", sample: true)
        shequ("clerk", ["sync"])
        machine("office", author: "街道 王秀英", sample: false)
        shequ("office", ["sync"])
        let communityID = "c-demo04"
        let first = try community("clerk", communityID).activities[0]
        // The office edits, then the clerk deletes it later: the deletion stands, the edit is kept aside.
        try edit("office", communityID) { $0.activities[0].participants = 999 }
        try edit("clerk", communityID) { $0.activities.removeFirst() }
        shequ("office", ["sync"])
        let merged = shequ("clerk", ["sync"])
        XCTAssertTrue(merged.contains("「\(first.title)」在一边被修改、在另一边较晚被删除"), merged)
        XCTAssertFalse(try community("clerk", communityID).activities.contains { $0.id == first.id })
        let toldOffice = shequ("office", ["sync"])
        XCTAssertTrue(toldOffice.contains("本机对“\(first.title)”的修改与 填报员 李梅 的修改冲突"), toldOffice)
        XCTAssertFalse(try community("office", communityID).activities.contains { $0.id == first.id })
        // The clerk deletes the next one, then the office edits it later: the edit is kept, and both are told.
        let second = try community("clerk", communityID).activities[0]
        try edit("clerk", communityID) { $0.activities.removeFirst() }
        try edit("office", communityID) { $0.activities[0].notes = "街道补记" }
        shequ("clerk", ["sync"])
        let kept = shequ("office", ["sync"])
        XCTAssertTrue(kept.contains("「\(second.title)」两边都改了"), kept)
        let toldClerk = shequ("clerk", ["sync"])
        XCTAssertTrue(toldClerk.contains("街道 王秀英 合并时："), toldClerk)
        XCTAssertTrue(toldClerk.contains("「\(second.title)」"), toldClerk)
        XCTAssertEqual(try community("clerk", communityID).activities.first { $0.id == second.id }?.notes, "街道补记")
    }

    func testSyncInitsNameIsTheTrailsAndItsFirstCommitIsInTheDatasLanguage() throws {
        let clerkDirectory = root.appendingPathComponent("clerk")
        shequ("clerk", ["demo"])
        try FileManager.default.removeItem(at: clerkDirectory.appendingPathComponent("reviewers"))
        // An English shell (LANG=C, no --lang), as a clerk's second terminal may be; the street's data is Chinese.
        let settings = root.appendingPathComponent("clerk-settings")
        var status: Int32 = -1
        let said = Tmux.execute(
            [
                "LANG=C", "LC_ALL=", "XDG_CONFIG_HOME=" + settings.path, Tmux.binary, "sync", "init", "--remote",
                office,
                "--name", "李梅", "--data-dir", clerkDirectory.path,
            ], status: &status, withErrors: true)
        XCTAssertEqual(status, 0, said)
        XCTAssertTrue(said.contains("Recorded the name 李梅 in the settings"), said)
        let config = try String(contentsOf: settings.appendingPathComponent("shequ/config.toml"), encoding: .utf8)
        XCTAssertEqual(config, "name = \"李梅\"\n")
        let subject = GitRepository(root: clerkDirectory).run(["log", "-1", "--format=%s"]).output
        XCTAssertTrue(
            subject.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) }, "in Chinese: \(subject)")
        let key = Tmux.execute(["XDG_CONFIG_HOME=" + settings.path, Tmux.binary, "reviewers", "key"])
        XCTAssertTrue(key.hasPrefix("shequ reviewers add '李梅' "), key)
    }

    func testALongCatchUpIsToldPerCommunityAndSetUpCommitsAreNotHistory() throws {
        machine("clerk", author: "填报员 李梅", sample: true)
        shequ("clerk", ["sync"])
        machine("office", author: "街道 王秀英", sample: false)
        shequ("office", ["sync"])
        for round in 1...14 {
            try edit("clerk", round % 2 == 0 ? "c-demo01" : "c-demo02") { $0.notes = "第 \(round) 次修改" }
            shequ("clerk", ["sync"])
        }
        let caughtUp = shequ("office", ["sync"])
        let names = try ["c-demo01", "c-demo02"].map { try community("office", $0).name }
        XCTAssertTrue(caughtUp.contains("\(names[0])：7 项修改（填报员 李梅）"), caughtUp)
        XCTAssertTrue(caughtUp.contains("\(names[1])：7 项修改（填报员 李梅）"), caughtUp)
        XCTAssertLessThan(caughtUp.split(separator: "\n").count, 8, caughtUp)
        // A commit of git settings only (an older Shequ's set-up) is not in the history a supervisor reads.
        let office = GitRepository(root: root.appendingPathComponent("office"))
        try "communities/*.json merge=shequ\n".write(
            to: root.appendingPathComponent("office/.gitattributes"), atomically: true, encoding: .utf8)
        office.run(["add", "-f", ".gitattributes"])
        office.run(["commit", "-q", "-m", "setup"])
        let log = shequ("office", ["log"])
        XCTAssertFalse(log.contains(".gitattributes") || log.contains("setup") || log.contains("1 个文件"), log)
        XCTAssertTrue(log.contains("第 14 次修改") || log.contains("修改社区信息"), log)
    }

    func testAReturnAtTheOfficeWhileTheClerkEditsAnItemStaysAReturn() throws {
        machine("clerk", author: "填报员 李梅", sample: true)
        shequ("clerk", ["sync"])
        machine("office", author: "街道 王秀英", sample: false)
        shequ("office", ["sync"])
        let (communityID, index) = try XCTUnwrap(
            try CommunityStore(root: root.appendingPathComponent("office"), readOnly: true).load().communities.lazy
                .compactMap { c in c.checklists.firstIndex { $0.state == .submitted }.map { (c.id, $0) } }.first)
        try edit("office", communityID) { c in
            c.checklists[index] = try ChecklistWorkflow.returnForChanges(
                c.checklists[index], in: c.id, by: supervisor, comment: "请补充照片", at: now
            ).get()
        }
        try edit("clerk", communityID) { $0.checklists[index].items[0].evidence = "补了照片" }  // later
        shequ("office", ["sync"])
        shequ("clerk", ["sync"])
        for machine in ["clerk", "office"] {
            if machine == "office" { shequ("office", ["sync"]) }
            let checklist = try community(machine, communityID).checklists[index]
            XCTAssertEqual(checklist.state, .returned, "\(machine): the return is not undone")
            XCTAssertEqual(checklist.items[0].evidence, "补了照片", machine)
        }
    }

    func testOfflineASyncRecordsLocallyAndSendsNextTime() throws {
        machine("clerk", author: "填报员 李梅", sample: true)
        shequ("clerk", ["sync"])
        let away = root.appendingPathComponent("office-away.git")
        try FileManager.default.moveItem(atPath: office, toPath: away.path)
        try edit("clerk", "c-demo01") { $0.notes = "断网时的修改" }
        // A shared folder that is not there (a drive not mounted) is told as such, with its own exit status.
        let clerkSync = GitSync(root: root.appendingPathComponent("clerk"), language: .zh)
        let lastGood = try XCTUnwrap(clerkSync.status().lastExchange)
        let offline = shequ("clerk", ["sync"], status: 6)
        XCTAssertEqual(clerkSync.status().lastExchange, lastGood, "a sync that failed is not the last sync")
        XCTAssertTrue(offline.contains("没有可用的共享仓库"), offline)
        XCTAssertTrue(offline.contains("已记录本机修改"), offline)
        XCTAssertTrue(offline.contains("修改仍在本机"), offline)
        try FileManager.default.moveItem(at: away, to: URL(fileURLWithPath: office))
        XCTAssertTrue(shequ("clerk", ["sync"]).contains("已发送到远程仓库"))
        machine("office", author: "街道 王秀英", sample: false)
        shequ("office", ["sync"])
        XCTAssertEqual(try community("office", "c-demo01").notes, "断网时的修改")
    }

    func testAFileThatDoesNotParseIsLeftToGitAndNothingIsWritten() throws {
        let folder = root.appendingPathComponent("driver")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let good = try CommunityFile.encode(Community(id: "c-1", name: "东湖社区"))
        try good.write(to: folder.appendingPathComponent("base"))
        try good.write(to: folder.appendingPathComponent("ours"))
        try Data("{ broken".utf8).write(to: folder.appendingPathComponent("theirs"))
        var status: Int32 = -1
        let output = Tmux.execute(
            [Tmux.binary, "merge-driver", "--lang", "zh"]
                + ["base", "ours", "theirs"].map { folder.appendingPathComponent($0).path } + ["communities/c-1.json"],
            status: &status, withErrors: true)
        XCTAssertEqual(status, 1)
        XCTAssertTrue(output.contains("communities/c-1.json：无法按记录合并（theirs: 第1行第3列"), output)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("ours")), good, "ours untouched")
    }

    /// The merge driver reads with the store's one reader: a side whose id
    /// is not the one its path names, or one a newer Shequ wrote, is left
    /// to git with the same message the data directory would give.
    func testTheMergeDriverRefusesWhatTheDataDirectoryWouldRefuse() throws {
        let folder = root.appendingPathComponent("driver-one-reader")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let good = try CommunityFile.encode(Community(id: "c-1", name: "东湖社区"))
        try good.write(to: folder.appendingPathComponent("base"))
        try good.write(to: folder.appendingPathComponent("ours"))
        func merge(theirs: Data) -> (Int32, String) {
            try? theirs.write(to: folder.appendingPathComponent("theirs"))
            var status: Int32 = -1
            let output = Tmux.execute(
                [Tmux.binary, "merge-driver", "--lang", "zh"]
                    + ["base", "ours", "theirs"].map { folder.appendingPathComponent($0).path }
                    + ["communities/c-1.json"],
                status: &status, withErrors: true)
            return (status, output)
        }
        let (status, output) = merge(theirs: try CommunityFile.encode(Community(id: "c-zzz", name: "东湖社区")))
        XCTAssertEqual(status, 1)
        XCTAssertTrue(output.contains("theirs: id: “c-zzz”与文件名不一致"), output)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("ours")), good, "ours untouched")
        let newer = String(decoding: good, as: UTF8.self).replacingOccurrences(
            of: "\"schema\" : 1", with: "\"schema\" : 9")
        let (newerStatus, newerOutput) = merge(theirs: Data(newer.utf8))
        XCTAssertEqual(newerStatus, 1)
        XCTAssertTrue(newerOutput.contains("theirs: schema:"), newerOutput)
        XCTAssertEqual(try Data(contentsOf: folder.appendingPathComponent("ours")), good)
    }

    func testASyncKilledMidwayLosesNothingAndTheNextOneSends() throws {
        machine("clerk", author: "填报员 李梅", sample: true)
        shequ("clerk", ["sync"])
        try edit("clerk", "c-demo01") { $0.notes = "被打断的同步" }
        let git = GitRepository(root: root.appendingPathComponent("clerk"))
        // A remote that hangs, so that the sync is killed in the middle, while it fetches.
        git.run(["config", "protocol.ext.allow", "always"])
        git.run(["remote", "set-url", "origin", "ext::sh -c 'sleep 3'"])
        // In a session of its own, so that the kill takes the gits it runs as well, as closing a terminal does.
        let sync = Process()
        sync.executableURL = URL(fileURLWithPath: "/usr/bin/setsid")
        sync.arguments = [Tmux.binary, "sync", "--data-dir", root.appendingPathComponent("clerk").path]
        sync.standardOutput = FileHandle.nullDevice
        sync.standardError = FileHandle.nullDevice
        try sync.run()
        // Killed once the change is recorded, while the fetch hangs.
        let deadline = Date().addingTimeInterval(10)
        while Date() < deadline, !git.run(["status", "--porcelain", "--", "communities"]).output.isEmpty {
            usleep(50_000)
        }
        usleep(300_000)
        kill(-sync.processIdentifier, SIGKILL)
        sync.waitUntilExit()

        XCTAssertEqual(try community("clerk", "c-demo01").notes, "被打断的同步", "the file is as it was saved")
        git.run(["remote", "set-url", "origin", office])
        let resumed = shequ("clerk", ["sync"])
        XCTAssertTrue(resumed.contains("已发送到远程仓库"), resumed)
        machine("office", author: "街道 王秀英", sample: false)
        shequ("office", ["sync"])
        XCTAssertEqual(try community("office", "c-demo01").notes, "被打断的同步", "and it arrived")
    }

    func testALockLeftByAKilledGitDoesNotStopTheNextSync() throws {
        machine("clerk", author: "填报员 李梅", sample: true)
        shequ("clerk", ["sync"])
        try Data().write(to: root.appendingPathComponent("clerk/.git/index.lock"))
        try edit("clerk", "c-demo02") { $0.notes = "锁之后的修改" }
        let output = shequ("clerk", ["sync"])
        XCTAssertTrue(output.contains("已记录本机修改"), output)
        XCTAssertTrue(output.contains("已发送到远程仓库"), output)
    }

    func testACommunityDeletedElsewhereComesBackFromTrashOrFromTheHistory() throws {
        machine("clerk", author: "填报员 李梅", sample: true)
        shequ("clerk", ["sync"])
        machine("office", author: "街道 王秀英", sample: false)
        shequ("office", ["sync"])
        let name = try community("office", "c-demo03").name
        do {
            let store = try CommunityStore(root: root.appendingPathComponent("clerk"))
            _ = store.load()
            try store.delete(id: "c-demo03")
        }
        shequ("clerk", ["sync"])
        shequ("office", ["sync"])
        XCTAssertTrue(shequ("office", ["restore"]).contains("trash/c-demo03-"), "the office's trash lists it")
        XCTAssertTrue(shequ("office", ["restore", "c-demo03"]).contains("已恢复\(name)"))
        XCTAssertEqual(try community("office", "c-demo03").name, name)
        XCTAssertTrue(shequ("office", ["restore", "c-demo03"], status: 1).contains("仍在"))
        // Without any trash, the shared history still has it.
        try FileManager.default.removeItem(at: root.appendingPathComponent("clerk/trash"))
        XCTAssertTrue(shequ("clerk", ["restore", "c-demo03"]).contains("来自共享历史"))
        XCTAssertEqual(try community("clerk", "c-demo03").name, name)
    }

    func testAReadOnlyDataDirectoryIsToldAsReadOnlyNotAsInUse() throws {
        try XCTSkipUnless(getuid() == 0, "needs root to mount a read-only file system")
        let mounted = root.appendingPathComponent("ro")
        try FileManager.default.createDirectory(at: mounted, withIntermediateDirectories: true)
        func mount(_ arguments: [String], program: String = "/usr/bin/mount") -> Int32 {
            var status: Int32 = -1
            _ = Tmux.execute([program] + arguments, status: &status)
            return status
        }
        try XCTSkipUnless(mount(["-t", "tmpfs", "tmpfs", mounted.path]) == 0, "cannot mount here")
        defer { _ = mount([mounted.path], program: "/usr/bin/umount") }
        machine("ro", author: "填报员 李梅", sample: true)
        XCTAssertEqual(mount(["-o", "remount,ro", mounted.path]), 0)
        let said = shequ("ro", ["sync"], status: 1)
        XCTAssertFalse(said.contains("另一个社区工作台正在使用"), said)
        XCTAssertTrue(said.contains("Read-only") || said.contains("只读"), said)
    }
}
