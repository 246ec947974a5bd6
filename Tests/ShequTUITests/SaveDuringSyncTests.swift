import Foundation
import ShequDomain
import ShequStore
import ShequSync
import XCTest

@testable import ShequTUI

/// A save made while a sync runs is written onto what the sync brought, not
/// over it: machine B changes 北濠桥社区's notes and syncs; on A a sync starts
/// and meanwhile A changes 居民小组 and saves. The file ends with both, and
/// A's next sync sends both. With the in-memory backend and with real git.
final class SaveDuringSyncTests: XCTestCase {
    private var scratch: URL!
    private let note = "B机：居委会换届后新增两名网格员"

    override func setUp() {
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-savesync-" + UUID().uuidString)
        try? FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    override func tearDown() {
        if let scratch { try? FileManager.default.removeItem(at: scratch) }
    }

    /// B's own data directory: everything A sent, with the note changed.
    private func changeNotesOnB(sync: (URL) -> any SyncBackend) throws -> URL {
        let machineB = scratch.appendingPathComponent("b")
        let syncB = sync(machineB)
        XCTAssertNil(syncB.run().failure, "B takes in everything A sent")
        let store = try CommunityStore(root: machineB)
        var community = try XCTUnwrap(store.load().communities.first { $0.id == "c-demo05" })
        community.notes = note
        try store.save(community)
        XCTAssertNil(syncB.run().failure, "B sends its note")
        return machineB
    }

    /// On A: a sync, and while it runs the 居民小组 of 北濠桥社区 (the first row) changed to 12 and saved.
    private func saveWhileSyncing(_ app: Harness) {
        app.terminal.feed(keys: [.char("s"), .char("e")] + Array(repeating: .tab, count: 5) + [.ctrl("u")])
        app.terminal.type("12")
        app.press(.ctrl("s"))
    }

    private func assertBothKept(_ app: Harness, file: StaticString = #filePath, line: UInt = #line) throws {
        let onDisk = try XCTUnwrap(app.onDisk.first { $0.id == "c-demo05" }, file: file, line: line)
        XCTAssertEqual(onDisk.residentGroups, 12, "A's edit is saved", file: file, line: line)
        XCTAssertEqual(onDisk.notes, note, "B's note, brought by the sync, is not reverted", file: file, line: line)
        let shown = try XCTUnwrap(app.state.communities.first { $0.id == "c-demo05" }, file: file, line: line)
        XCTAssertEqual(shown.notes, note, "the screen holds what the file holds", file: file, line: line)
        XCTAssertEqual(shown.residentGroups, 12, file: file, line: line)
        XCTAssertTrue(app.screen.contains("已与期间收到的修改合并"), "the clerk is told:\n" + app.screen, file: file, line: line)
    }

    func testASaveDuringASyncKeepsWhatTheSyncBroughtInMemory() throws {
        let remote = MemorySync.Remote()
        var syncA: MemorySync!
        let app = try Harness(
            sync: true,
            sharing: { directory in
                syncA = MemorySync(root: directory, remote: remote, author: "填报员 李梅")
                XCTAssertNil(syncA.run().failure, "A sends the sample street")
                return syncA
            })
        let machineB = try changeNotesOnB { MemorySync(root: $0, remote: remote, author: "填报员 王芳") }
        saveWhileSyncing(app)
        try assertBothKept(app)

        // A's next sync sends both, and B takes them without losing its note.
        app.press(.char("s"))
        let syncB = MemorySync(root: machineB, remote: remote, author: "填报员 王芳")
        XCTAssertNil(syncB.run().failure)
        let onB = try XCTUnwrap(try CommunityStore(root: machineB).load().communities.first { $0.id == "c-demo05" })
        XCTAssertEqual(onB.notes, note)
        XCTAssertEqual(onB.residentGroups, 12)
        XCTAssertNotNil(syncA)
    }

    func testASaveDuringASyncKeepsWhatTheSyncBroughtWithGit() throws {
        try XCTSkipUnless(GitRepository.isAvailable, "git is not installed")
        let office = scratch.appendingPathComponent("office.git")
        XCTAssertTrue(GitRepository(root: scratch).run(["init", "-q", "--bare", "-b", "main", office.path]).succeeded)
        func gitSync(_ directory: URL, _ author: String) -> GitSync {
            let sync = GitSync(root: directory, language: .zh)
            XCTAssertNil(sync.setUp(author: author, driver: "false", remote: office.path))
            return sync
        }
        let app = try Harness(
            sync: true,
            sharing: { directory in
                let sync = gitSync(directory, "填报员 李梅")
                XCTAssertNil(sync.run().failure, "A sends the sample street")
                return sync
            })
        _ = try changeNotesOnB { gitSync($0, "填报员 王芳") }
        saveWhileSyncing(app)
        try assertBothKept(app)
    }

    /// Without the based write the held save was written from the community
    /// as it stood before the sync: B's note was gone. The same holds for a
    /// save onto a file another program changed: combined when they changed
    /// different things, refused, naming what, when they changed the same.
    func testASaveRacingAnOutsideEditIsCombinedOrRefused() throws {
        let app = try Harness()
        let file = app.directory.appendingPathComponent("communities/c-demo05.json")
        let original = try String(contentsOf: file, encoding: .utf8)
        try original.replacingOccurrences(of: "\"households\" : 2690", with: "\"households\" : 2700")
            .write(to: file, atomically: true, encoding: .utf8)
        app.press(.char("e"), .ctrl("u")).type("北濠桥新社区").press(.ctrl("s"))
        var onDisk = try XCTUnwrap(app.onDisk.first { $0.id == "c-demo05" })
        XCTAssertEqual(onDisk.name, "北濠桥新社区")
        XCTAssertEqual(onDisk.households, 2700, "the outside edit stays")
        XCTAssertTrue(app.screen.contains("已与期间收到的修改合并"), app.screen)

        // Both change the name: nothing is written, and the message names what.
        let handEdited = try String(contentsOf: file, encoding: .utf8).replacingOccurrences(
            of: "北濠桥新社区", with: "手改社区")
        try handEdited.write(to: file, atomically: true, encoding: .utf8)
        app.press(.char("e"), .ctrl("u")).type("再改一次").press(.ctrl("s"))
        XCTAssertTrue(app.screen.filter { $0 != "\n" && $0 != " " }.contains("两边都改了"), app.screen)
        XCTAssertEqual(try String(contentsOf: file, encoding: .utf8), handEdited, "the other edit survives whole")
        onDisk = try XCTUnwrap(app.onDisk.first { $0.id == "c-demo05" })
        XCTAssertEqual(onDisk.name, "手改社区")
    }

    /// Undo goes through the same path: it takes back only its own step,
    /// onto whatever changed since.
    func testUndoAfterAnOutsideEditTakesBackOnlyItsOwnStep() throws {
        let app = try Harness()
        app.press(.char("e"), .ctrl("u")).type("北濠桥新社区").press(.ctrl("s"))
        let file = app.directory.appendingPathComponent("communities/c-demo05.json")
        try String(contentsOf: file, encoding: .utf8)
            .replacingOccurrences(of: "\"households\" : 2690", with: "\"households\" : 2700")
            .write(to: file, atomically: true, encoding: .utf8)
        app.press(.char("u"))
        let onDisk = try XCTUnwrap(app.onDisk.first { $0.id == "c-demo05" })
        XCTAssertEqual(onDisk.name, "北濠桥社区", "the name is back:\n" + app.screen)
        XCTAssertEqual(onDisk.households, 2700, "the outside edit is not undone")
        app.press(.ctrl("r"))
        XCTAssertEqual(app.onDisk.first { $0.id == "c-demo05" }?.name, "北濠桥新社区")
        XCTAssertEqual(app.onDisk.first { $0.id == "c-demo05" }?.households, 2700)
    }
}
