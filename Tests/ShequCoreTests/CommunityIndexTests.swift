import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore

/// The headline index: derived from the files, checked against their
/// stamps, rebuilt when it cannot be used, and never a way to lose data.
final class CommunityIndexTests: XCTestCase {
    private let directory = TestDirectory()
    private let today = LocalDate(year: 2025, month: 9, day: 15)!

    private func writeSample() throws {
        let writer = try CommunityStore(root: directory.url)
        for community in SampleStreet.communities(today: today) { try writer.save(community) }
    }

    private func names(_ snapshot: CommunityStore.Snapshot) -> [String] {
        snapshot.communities.map(\.name).sorted()
    }

    func testHeadlinesMatchTheFilesAndASecondOpenParsesNothing() throws {
        try writeSample()
        let full = try CommunityStore(root: directory.url).load()
        let first = try CommunityStore(root: directory.url)
        let headlines = first.loadHeadlines()
        XCTAssertEqual(names(headlines), names(full))
        XCTAssertEqual(headlines.partial.count, full.communities.count)
        XCTAssertTrue(headlines.communities.allSatisfy { $0.plans.isEmpty && $0.activities.isEmpty })
        XCTAssertEqual(
            headlines.communities.sorted { $0.id < $1.id }.map(\.population),
            full.communities.sorted { $0.id < $1.id }.map(\.population))
        XCTAssertEqual(first.filesParsed, 0, "the full load above wrote the index")
        XCTAssertNotNil(directory.contents(".index.json"))
    }

    func testAnOutsideEditANewFileAndADeletedFileAreSeen() throws {
        try writeSample()
        _ = try CommunityStore(root: directory.url).loadHeadlines()
        let file = directory.url.appendingPathComponent("communities/c-demo05.json")
        let text = try String(contentsOf: file, encoding: .utf8)
        try text.replacingOccurrences(of: "北濠桥社区", with: "北濠桥新社区").write(
            to: file, atomically: true, encoding: .utf8)
        try FileManager.default.removeItem(at: directory.url.appendingPathComponent("communities/c-demo01.json"))
        try CommunityFile.encode(Community(id: "c-new", name: "新来社区")).write(
            to: directory.url.appendingPathComponent("communities/c-new.json"))
        let store = try CommunityStore(root: directory.url)
        let headlines = store.loadHeadlines()
        XCTAssertEqual(store.filesParsed, 2, "only the changed and the new file are read")
        XCTAssertTrue(names(headlines).contains("北濠桥新社区"))
        XCTAssertTrue(names(headlines).contains("新来社区"))
        XCTAssertFalse(headlines.communities.contains { $0.id == "c-demo01" })
        let again = try CommunityStore(root: directory.url)
        _ = again.loadHeadlines()
        XCTAssertEqual(again.filesParsed, 0, "the index was brought up to date")
    }

    func testACorruptOrForeignIndexIsRebuiltWithoutComplaint() throws {
        try writeSample()
        for garbage in ["{ not json", #"{"version": 99, "entries": {}}"#, ""] {
            directory.write(garbage, to: ".index.json")
            let store = try CommunityStore(root: directory.url)
            let headlines = store.loadHeadlines()
            XCTAssertEqual(headlines.communities.count, 9, garbage)
            XCTAssertEqual(headlines.unreadable, [], garbage)
            XCTAssertEqual(store.filesParsed, 9, garbage)
        }
    }

    func testABrokenFileIsRememberedAsBrokenUntilItChanges() throws {
        try writeSample()
        directory.write("{ broken", to: "communities/c-bad.json")
        _ = try CommunityStore(root: directory.url).loadHeadlines()
        let store = try CommunityStore(root: directory.url)
        let headlines = store.loadHeadlines()
        XCTAssertEqual(headlines.unreadable.map(\.file), ["communities/c-bad.json"])
        XCTAssertEqual(store.filesParsed, 0)
        XCTAssertThrowsError(try store.save(Community(id: "c-bad", name: "覆盖")), "still never overwritten")
    }

    func testAHeadlineIsNeverSavedOverTheFullFile() throws {
        try writeSample()
        let store = try CommunityStore(root: directory.url)
        var shell = try XCTUnwrap(store.loadHeadlines().communities.first { $0.id == "c-demo04" })
        shell.name = "改名"
        XCTAssertThrowsError(try store.save(shell)) {
            XCTAssertEqual($0 as? StoreError, .notReadInFull(file: "communities/c-demo04.json"))
        }
        XCTAssertThrowsError(try store.delete(id: "c-demo04"))
        guard case .success(let contents?) = store.reload(id: "c-demo04") else { return XCTFail("read in full") }
        XCTAssertFalse(contents.community.plans.isEmpty)
        var full = contents.community
        full.name = "改名"
        XCTAssertNoThrow(try store.save(full))
        let reread = try CommunityStore(root: directory.url).load().communities.first { $0.id == "c-demo04" }
        XCTAssertEqual(reread?.plans, contents.community.plans, "plans kept")
    }

    func testTwoInstancesOneReadOnlyShareTheIndex() throws {
        try writeSample()
        let writer = try CommunityStore(root: directory.url)
        _ = writer.loadHeadlines()
        let reader = try CommunityStore(root: directory.url)
        XCTAssertTrue(reader.access.isReadOnly, "the second instance is read-only")
        XCTAssertEqual(reader.loadHeadlines().communities.count, 9)
        XCTAssertEqual(reader.filesParsed, 0)
        guard case .success(let contents?) = writer.reload(id: "c-demo02") else { return XCTFail("read in full") }
        var changed = contents.community
        changed.name = "城东新社区"
        try writer.save(changed)
        let later = try CommunityStore(root: directory.url, readOnly: true)
        XCTAssertTrue(names(later.loadHeadlines()).contains("城东新社区"))
        XCTAssertEqual(later.filesParsed, 1)
    }

    func testNamesLearnedFromTheIndexSortAsCollationDoesAndAForgedOrderIsIgnored() {
        let names = ["新城桥", "阜新街", "城东", "Zeta", "alpha", "钟秀", "德民", "濠景园"]
        let collated = names.sorted { $0.compare($1, locale: Locale(identifier: "zh_CN")) == .orderedAscending }
        ChineseOrder.learn(collated)
        XCTAssertEqual(names.sorted(by: ChineseOrder.precedes), collated)
        let communities = (names + ["城东"]).enumerated().map { Community(id: "c-\($0.offset)", name: $0.element) }
        XCTAssertEqual(
            ChineseOrder.sortedByName(communities).map(\.id), communities.sorted(by: ChineseOrder.byName).map(\.id),
            "by places, equal names in their order")
        ChineseOrder.learn(collated.reversed())
        XCTAssertEqual(names.sorted(by: ChineseOrder.precedes), collated, "a reversed list is not taken")
        XCTAssertEqual(
            ChineseOrder.sortedByName(communities).map(\.name), communities.sorted(by: ChineseOrder.byName).map(\.name),
            "by collation when the names are not known")
    }

    func testTheHeadOfTheIndexIsTheFirstNamesInOrderAndNeedsNothingElse() throws {
        try writeSample()
        _ = try CommunityStore(root: directory.url).loadHeadlines()
        let store = try CommunityStore(root: directory.url)
        let full = store.loadHeadlines().communities.map(\.name).sorted(by: ChineseOrder.precedes)
        let head = try XCTUnwrap(store.firstHeadlines(4))
        XCTAssertEqual(head.communities.map(\.name), Array(full.prefix(4)))
        XCTAssertEqual(head.unlistedTotal, 9)
        XCTAssertEqual(Set(head.partial), Set(head.communities.map(\.id)))
        XCTAssertTrue(head.communities.allSatisfy(\.contacts.isEmpty), "the first screen shows no contacts")
        XCTAssertTrue(store.loadHeadlines().communities.contains { !$0.contacts.isEmpty }, "the listing has them")

        // Only the head is read: a tail cut off (a crash while another machine wrote it) does not matter to it,
        // and the whole listing rebuilds the index.
        let index = try XCTUnwrap(directory.contents(".index.json"))
        let lines = String(decoding: index, as: UTF8.self).split(separator: "\n")
        directory.write(lines.prefix(6).joined(separator: "\n") + "\n" + String(lines[6].prefix(20)), to: ".index.json")
        XCTAssertEqual(try XCTUnwrap(store.firstHeadlines(4)).communities.map(\.name), Array(full.prefix(4)))
        let rebuilt = try CommunityStore(root: directory.url)
        XCTAssertEqual(rebuilt.loadHeadlines().communities.count, 9)
        XCTAssertEqual(rebuilt.filesParsed, 9, "a cut index is rebuilt")
        XCTAssertNotNil(try CommunityStore(root: directory.url).firstHeadlines(9))
    }

    func testWithoutAUsableIndexTheFirstScreenListsEverything() throws {
        try writeSample()
        let store = try CommunityStore(root: directory.url)
        XCTAssertNil(store.firstHeadlines(4), "no index yet")
        let first = store.firstScreen(rows: 4)
        XCTAssertEqual(first.communities.count, 9)
        XCTAssertNil(first.unlistedTotal)
        for garbage in ["{ not json\n", #"{"version":2,"communities":9}"# + "\n", "{\"version\":3}\n"] {
            directory.write(garbage, to: ".index.json")
            XCTAssertNil(try CommunityStore(root: directory.url).firstHeadlines(4), garbage)
        }
    }

    func testLongLinesAreReadFromALongerHeadAndGlancesComeWithThem() throws {
        let writer = try CommunityStore(root: directory.url)
        let contacts = (1...40).map { Contact(role: "楼栋长", name: "联系人\($0)", phone: "1390000\(1000 + $0)") }
        for number in 1...12 {
            var community = Community(id: "c-\(number)", name: "长名单社区\(number)", contacts: contacts)
            community.checklists = [
                BuiltInTemplates.all[0].instantiate(id: "k-1", period: "2025年", language: .zh)
            ]
            try writer.save(community)
        }
        _ = writer.loadHeadlines()
        let index = try XCTUnwrap(directory.contents(".index.json"))
        XCTAssertGreaterThan(index.count / 12, 1_024, "lines longer than the first read allows for")
        let head = try XCTUnwrap(try CommunityStore(root: directory.url).firstHeadlines(10))
        XCTAssertEqual(head.communities.count, 10)
        XCTAssertEqual(head.glances.values.map(\.drafts), Array(repeating: 1, count: 10))
    }

    func testVersionThreeIndexesAreRebuiltWithGlances() throws {
        try writeSample()
        directory.write(#"{"version":3,"communities":9}"# + "\n", to: ".index.json")
        let store = try CommunityStore(root: directory.url)
        XCTAssertNil(store.firstHeadlines(4))
        let listed = store.loadHeadlines()
        XCTAssertEqual(store.filesParsed, 9)
        let full = try CommunityStore(root: directory.url, readOnly: true).load()
        for community in full.communities {
            XCTAssertEqual(listed.glances[community.id], CommunityGlance(community), community.name)
        }
    }
}
