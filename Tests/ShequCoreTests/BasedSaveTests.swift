import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore

/// Every write knows what it was based on: the store writes a change onto
/// the version it was computed from, merges it onto a newer one, or refuses
/// naming what both changed; and every reader refuses the same files.
final class BasedSaveTests: XCTestCase {
    let directory = TestDirectory()

    private func saved(_ store: CommunityStore) throws -> (Community, FileVersion) {
        let community = Community(id: "c-a", name: "甲社区", population: 100, notes: "")
        let written = try store.save(community, basedOn: SaveBase(nil, version: nil))
        XCTAssertNil(written.onto, "a new community is written as it is")
        return (written.community, written.version)
    }

    func testAChangeOnTheVersionItWasComputedFromIsWrittenAsItIs() throws {
        let store = try CommunityStore(root: directory.url)
        let (base, version) = try saved(store)
        var edited = base
        edited.population = 120
        let written = try store.save(edited, basedOn: SaveBase(base, version: version))
        XCTAssertNil(written.onto)
        XCTAssertNotEqual(written.version, version, "each write is a new version")
        XCTAssertEqual(store.version(of: "c-a"), written.version)
        XCTAssertEqual(store.load().communities.first?.population, 120)
    }

    func testAChangeOnAnOlderVersionIsAppliedOntoTheNewerOne() throws {
        let store = try CommunityStore(root: directory.url)
        let (base, version) = try saved(store)
        // A sync (another writer) changes the notes, and the store reads the file again.
        var newer = base
        newer.notes = "同步带来的备注"
        try CommunityFile.encode(newer).write(to: store.fileURL(id: "c-a"))
        _ = store.reload(id: "c-a")
        var edited = base
        edited.population = 120
        let written = try store.save(edited, basedOn: SaveBase(base, version: version))
        XCTAssertEqual(written.onto?.notes, "同步带来的备注", "it says what it was applied onto")
        let onDisk = try XCTUnwrap(store.load().communities.first)
        XCTAssertEqual(onDisk.population, 120)
        XCTAssertEqual(onDisk.notes, "同步带来的备注", "the newer version's change is not reverted")
    }

    func testAChangeOfWhatTheNewerVersionAlsoChangedIsRefusedAndNothingWritten() throws {
        let store = try CommunityStore(root: directory.url)
        let (base, version) = try saved(store)
        var newer = base
        newer.population = 130
        let bytes = try CommunityFile.encode(newer)
        try bytes.write(to: store.fileURL(id: "c-a"))  // behind the store's back: its stamp no longer matches
        var edited = base
        edited.population = 120
        XCTAssertThrowsError(try store.save(edited, basedOn: SaveBase(base, version: version))) { error in
            XCTAssertEqual(error as? StoreError, .changedMeanwhile(file: "communities/c-a.json", records: ["甲社区"]))
        }
        XCTAssertEqual(directory.contents("communities/c-a.json"), bytes)
        // Onto the version now read, it is written.
        let current = try XCTUnwrap(try store.reload(id: "c-a").get()?.community)
        let written = try store.save(edited, basedOn: SaveBase(current, version: store.version(of: "c-a")))
        XCTAssertNil(written.onto)
        XCTAssertEqual(store.load().communities.first?.population, 120)
    }

    func testADeletionDecidedOnAnOlderVersionIsRefused() throws {
        let store = try CommunityStore(root: directory.url)
        let (_, version) = try saved(store)
        _ = store.reload(id: "c-a")
        XCTAssertThrowsError(try store.delete(id: "c-a", basedOn: version))
        XCTAssertEqual(directory.names(in: "communities"), ["c-a.json"])
    }

    func testEveryReaderRefusesAFileWhoseIDIsNotItsName() throws {
        let store = try CommunityStore(root: directory.url)
        _ = try saved(store)
        directory.write(#"{"schema": 1, "id": "c-zzz", "name": "甲社区"}"#, to: "communities/c-a.json")
        let listed = store.load().unreadable.first?.problem
        guard case .failure(let opened) = store.reload(id: "c-a") else { return XCTFail("opening must refuse it") }
        let background = store.detachedReader()(["c-a"]).first
        XCTAssertNil(background?.community, "nor does the background reader take it")
        let read = CommunityFile.read(at: store.fileURL(id: "c-a").path, id: "c-a")
        guard case .failure(.problem(let direct)) = read else { return XCTFail("the file reader refuses it") }
        XCTAssertEqual(listed?.location, "id")
        XCTAssertEqual(listed, opened.problem)
        XCTAssertEqual(listed, direct)
        XCTAssertThrowsError(try store.save(Community(id: "c-a", name: "乙"), basedOn: SaveBase(nil, version: nil)))
    }
}
