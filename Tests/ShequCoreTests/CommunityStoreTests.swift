import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequText

final class CommunityStoreTests: XCTestCase {
    let directory = TestDirectory()
    let sample = Community(
        id: "c-test0001", name: "濠景园社区", street: "新城桥街道", district: "崇川区", population: 9870,
        households: 3652, residentGroups: 15, contacts: [Contact(role: "书记", name: "陈志刚", phone: "13962811520")],
        notes: "读书活动", updatedAt: Date(timeIntervalSince1970: 1_700_000_000))

    func testSavedCommunityLoadsBackUnchanged() throws {
        let store = try CommunityStore(root: directory.url)
        try store.save(sample)
        let snapshot = store.load()
        XCTAssertEqual(snapshot.communities, [sample])
        XCTAssertEqual(snapshot.unreadable, [])
    }

    func testFileIsPrettySortedUTF8WithSchemaAndOwnerOnly() throws {
        let store = try CommunityStore(root: directory.url)
        try store.save(sample)
        let text = String(decoding: try XCTUnwrap(directory.contents("communities/c-test0001.json")), as: UTF8.self)
        XCTAssertTrue(text.contains("\"name\" : \"濠景园社区\""), "Chinese is stored as UTF-8, not escaped")
        XCTAssertTrue(text.contains("\"schema\" : 1"))
        let keys = text.split(separator: "\n").filter { $0.hasPrefix("  \"") }.map { $0.split(separator: "\"")[1] }
        XCTAssertEqual(keys, keys.sorted(), "keys are sorted")
        let fileMode =
            try FileManager.default.attributesOfItem(atPath: store.fileURL(id: sample.id).path)[.posixPermissions]
            as? Int
        XCTAssertEqual(fileMode, 0o600)
        let folderMode = try FileManager.default.attributesOfItem(atPath: directory.url.path)[.posixPermissions] as? Int
        XCTAssertEqual(folderMode, 0o700)
    }

    func testFailedWriteLeavesOldFileIntactAndNoTemporaryFile() throws {
        let store = try CommunityStore(root: directory.url)
        try store.save(sample)
        let before = directory.contents("communities/c-test0001.json")
        var changed = sample
        changed.name = "改名社区"
        struct DiskFull: Error {}
        XCTAssertThrowsError(try store.save(changed, beforeRename: { throw DiskFull() }))
        XCTAssertEqual(directory.contents("communities/c-test0001.json"), before)
        XCTAssertEqual(directory.names(in: "communities"), ["c-test0001.json"])
    }

    func testLeftoverTemporaryFilesAreRemovedOnOpen() throws {
        directory.write("half written", to: "communities/.tmp-c-x.json-abc")
        _ = try CommunityStore(root: directory.url)
        XCTAssertEqual(directory.names(in: "communities"), [])
    }

    func testSecondStoreOnSameDirectoryIsReadOnly() throws {
        let first = try CommunityStore(root: directory.url)
        XCTAssertEqual(first.access, .readWrite)
        let second = try CommunityStore(root: directory.url)
        let holder = try XCTUnwrap(second.lockHolder, "the lock file names who holds it")
        XCTAssertEqual(holder.pid, getpid())
        XCTAssertTrue(holder.isMineHere)
        let why = L.readOnlyLockedBy(holder.pid, holder.user, holder.host, holder.sinceText)
        XCTAssertEqual(second.access, .readOnly(why))
        XCTAssertTrue(why.zh.contains("进程 \(getpid())，\(holder.user)@\(holder.host)，自 "), why.zh)
        XCTAssertTrue(second.isLockedOut)
        XCTAssertThrowsError(try second.save(sample)) { error in
            XCTAssertEqual(error as? StoreError, .readOnly(why))
        }
        XCTAssertEqual(second.becomeWritable(endingHolder: false), .readOnly(why), "still held")
        withExtendedLifetime(first) {}
    }

    func testAReadOnlyStoreBecomesWritableOnceTheLockIsFree() throws {
        var first: CommunityStore? = try CommunityStore(root: directory.url)
        let second = try CommunityStore(root: directory.url)
        XCTAssertTrue(second.access.isReadOnly)
        withExtendedLifetime(first) { first = nil }
        XCTAssertEqual(second.becomeWritable(endingHolder: false), .readWrite)
        try second.save(sample)
        XCTAssertFalse(try CommunityStore(root: directory.url, readOnly: true).isLockedOut, "asked, not locked out")
    }

    func testAHungSessionOfThisUserHereIsEndedAndItsLockTaken() throws {
        _ = try CommunityStore(root: directory.url)
        let lockFile = directory.url.appendingPathComponent(".lock")
        // A process that holds the lock and ignores nothing: what a hung ssh session's Shequ is to this window.
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "python3 is not installed")
        let holder = Process()
        holder.executableURL = URL(fileURLWithPath: "/usr/bin/python3")
        holder.arguments = [
            "-c", "import fcntl, sys, time; f = open(sys.argv[1], 'a'); fcntl.flock(f, fcntl.LOCK_EX); time.sleep(60)",
            lockFile.path,
        ]
        try holder.run()
        defer { if holder.isRunning { holder.terminate() } }
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, case .acquired = DirectoryLock.acquire(lockFile) { usleep(20_000) }
        try LockHolder(
            pid: holder.processIdentifier, host: LockHolder.current().host, user: LockHolder.current().user,
            since: Date()
        ).data.write(to: lockFile)
        let store = try CommunityStore(root: directory.url)
        XCTAssertEqual(store.lockHolder?.pid, holder.processIdentifier)
        XCTAssertEqual(store.becomeWritable(endingHolder: true), .readWrite)
        holder.waitUntilExit()
        XCTAssertEqual(
            LockHolder.read(try Data(contentsOf: lockFile))?.pid, getpid(), "the lock file names this window")
    }

    func testLockIsReleasedWhenTheStoreGoesAway() throws {
        do { _ = try CommunityStore(root: directory.url) }
        XCTAssertEqual(try CommunityStore(root: directory.url).access, .readWrite)
    }

    func testBrokenFileIsReportedWithLocationAndLeftUntouched() throws {
        let store = try CommunityStore(root: directory.url)
        try store.save(sample)
        let broken = "{\n  \"schema\": 1,\n  \"id\": \"c-broken\",\n  \"name\": \"坏\" \"x\"\n}\n"
        directory.write(broken, to: "communities/c-broken.json")
        let snapshot = store.load()
        XCTAssertEqual(snapshot.communities.map(\.id), ["c-test0001"])
        XCTAssertEqual(snapshot.unreadable.count, 1)
        XCTAssertEqual(snapshot.unreadable[0].file, "communities/c-broken.json")
        XCTAssertTrue(snapshot.unreadable[0].problem.text(.en).hasPrefix("line 4, column 15: not valid JSON"))
        XCTAssertTrue(snapshot.unreadable[0].problem.text(.zh).hasPrefix("第4行第15列: 不是有效的 JSON"))
        XCTAssertEqual(directory.contents("communities/c-broken.json"), Data(broken.utf8))
    }

    func testWrongTypeIsReportedByFieldPath() throws {
        directory.write(
            #"{"schema": 1, "id": "c-a", "name": "甲", "contacts": [{"role": "x", "name": 5, "phone": ""}]}"#,
            to: "communities/c-a.json")
        let snapshot = try CommunityStore(root: directory.url).load()
        XCTAssertEqual(
            snapshot.unreadable.map { $0.line(.en) }, ["communities/c-a.json: contacts[0].name: expected text, found 5"]
        )
    }

    func testMissingNameAndEmptyFileAreReported() throws {
        directory.write(#"{"schema": 1, "id": "c-a"}"#, to: "communities/c-a.json")
        directory.write("", to: "communities/c-b.json")
        let lines = try CommunityStore(root: directory.url).load().unreadable.map { $0.line(.en) }
        XCTAssertEqual(
            lines, ["communities/c-a.json: missing field \"name\"", "communities/c-b.json: the file is empty"])
    }

    func testIdMustMatchFileName() throws {
        directory.write(#"{"schema": 1, "id": "c-other", "name": "甲"}"#, to: "communities/c-a.json")
        let lines = try CommunityStore(root: directory.url).load().unreadable.map { $0.line(.en) }
        XCTAssertEqual(lines, ["communities/c-a.json: id: \"c-other\" does not match the file name"])
    }

    func testNewerSchemaIsLoadedButMarked() throws {
        directory.write(
            #"{"schema": 99, "id": "c-new", "name": "新版", "futureField": [1, 2]}"#, to: "communities/c-new.json")
        let snapshot = try CommunityStore(root: directory.url).load()
        XCTAssertEqual(snapshot.communities.map(\.name), ["新版"])
        XCTAssertEqual(snapshot.newerSchema, ["c-new"])
    }

    func testNewerSchemaAndUnreadableFilesAreNeverWrittenOrDeleted() throws {
        let newer = #"{"schema": 2, "id": "c-new", "name": "新版", "futureField": [1, 2]}"#
        directory.write(newer, to: "communities/c-new.json")
        directory.write("{ broken", to: "communities/c-bad.json")
        let store = try CommunityStore(root: directory.url)
        var community = try XCTUnwrap(store.load().communities.first)
        community.name = "改名"
        XCTAssertThrowsError(try store.save(community)) {
            XCTAssertEqual($0 as? StoreError, .newerSchema(file: "communities/c-new.json"))
        }
        XCTAssertThrowsError(try store.delete(id: "c-new"))
        XCTAssertThrowsError(try store.save(Community(id: "c-bad", name: "覆盖"))) {
            XCTAssertEqual($0 as? StoreError, .unreadable(file: "communities/c-bad.json"))
        }
        XCTAssertEqual(directory.contents("communities/c-new.json"), Data(newer.utf8))
        XCTAssertEqual(directory.contents("communities/c-bad.json"), Data("{ broken".utf8))
    }

    func testAFileThatBecameNewerSchemaOnReloadIsNoLongerWritten() throws {
        let store = try CommunityStore(root: directory.url)
        try store.save(Community(id: "c-a", name: "甲"))
        let newer = #"{"schema": 2, "id": "c-a", "name": "甲", "futureField": true}"#
        directory.write(newer, to: "communities/c-a.json")
        guard case .success(let contents?) = store.reload(id: "c-a") else { return XCTFail("reload") }
        XCTAssertTrue(contents.isNewerSchema)
        XCTAssertThrowsError(try store.save(contents.community))
        XCTAssertEqual(directory.contents("communities/c-a.json"), Data(newer.utf8))

        try Data(CommunityFile.encode(Community(id: "c-a", name: "乙"))).write(
            to: directory.url.appendingPathComponent("communities/c-a.json"))
        guard case .success(let again?) = store.reload(id: "c-a") else { return XCTFail("reload") }
        XCTAssertNoThrow(try store.save(again.community), "schema 1 again: writable")
    }

    func testDeleteMovesTheFileToTrash() throws {
        let store = try CommunityStore(root: directory.url)
        try store.save(sample)
        try store.delete(id: sample.id, now: Date(timeIntervalSince1970: 1234))
        XCTAssertEqual(directory.names(in: "communities"), [])
        XCTAssertEqual(directory.names(in: "trash"), ["c-test0001-1234.json"])
    }

    func testReadOnlyStoreCreatesNothing() throws {
        let store = try CommunityStore(root: directory.url, readOnly: true)
        XCTAssertTrue(store.access.isReadOnly)
        XCTAssertFalse(FileManager.default.fileExists(atPath: directory.url.path))
        XCTAssertEqual(store.load().communities, [])
    }

    func testEmptyDirectoryIsFirstRun() throws {
        let store = try CommunityStore(root: directory.url)
        XCTAssertTrue(store.isEmpty)
        try store.save(sample)
        XCTAssertFalse(store.isEmpty)
    }
}

final class CommunityStoreChangedOnDiskTests: XCTestCase {
    let directory = TestDirectory()

    func testSaveRefusesToOverwriteAFileChangedBehindItsBackThenAllowsIt() throws {
        let store = try CommunityStore(root: directory.url)
        var community = Community(id: "c-a", name: "甲社区")
        try store.save(community)
        let handEdit = #"{"schema": 1, "id": "c-a", "name": "手改社区"}"#
        directory.write(handEdit, to: "communities/c-a.json")
        community.name = "乙社区"
        XCTAssertThrowsError(try store.save(community)) { error in
            XCTAssertEqual(error as? StoreError, .changedOnDisk(file: "communities/c-a.json"))
        }
        XCTAssertEqual(directory.contents("communities/c-a.json"), Data(handEdit.utf8), "the hand edit survives")
        XCTAssertEqual(try store.reload(id: "c-a").get()?.community.name, "手改社区")
        try store.save(community)
        XCTAssertEqual(store.load().communities.map(\.name), ["乙社区"])
    }

    func testDeleteRefusesAFileChangedBehindItsBack() throws {
        let store = try CommunityStore(root: directory.url)
        try store.save(Community(id: "c-a", name: "甲社区"))
        directory.write(#"{"schema": 1, "id": "c-a", "name": "手改社区"}"#, to: "communities/c-a.json")
        XCTAssertThrowsError(try store.delete(id: "c-a"))
        XCTAssertEqual(directory.names(in: "communities"), ["c-a.json"])
    }

    func testSaveRefusesToReplaceAFileThatAppearedSinceLoading() throws {
        let store = try CommunityStore(root: directory.url)
        _ = store.load()
        directory.write(#"{"schema": 1, "id": "c-a", "name": "别处来的"}"#, to: "communities/c-a.json")
        XCTAssertThrowsError(try store.save(Community(id: "c-a", name: "甲社区")))
    }
}
