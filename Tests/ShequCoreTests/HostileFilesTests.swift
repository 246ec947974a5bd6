import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore

/// Files that are not what they claim: folders, pipes, other encodings,
/// giant fields, a data directory that cannot be written. Each is named
/// with what it is, never blocks, and never passes for something else.
final class HostileFilesTests: XCTestCase {
    private let directory = TestDirectory()

    private func makeFolder(_ relative: String) {
        try? FileManager.default.createDirectory(
            at: directory.url.appendingPathComponent(relative), withIntermediateDirectories: true)
    }

    private func makePipe(_ relative: String) {
        makeFolder((relative as NSString).deletingLastPathComponent)
        XCTAssertEqual(mkfifo(directory.url.appendingPathComponent(relative).path, 0o600), 0)
    }

    func testTemplatesThatAreNotTextFilesSayWhatTheyAre() {
        let bytes: [UInt8] = [0x69, 0x64, 0x20, 0x3D, 0x20, 0x22, 0xFF, 0xFE, 0x22, 0x0A]
        makeFolder("templates")
        FileManager.default.createFile(
            atPath: directory.url.appendingPathComponent("templates/latin1.toml").path, contents: Data(bytes))
        makeFolder("templates/folder.toml")
        makePipe("templates/pipe.toml")
        let library = TemplateLibrary(folder: directory.url.appendingPathComponent("templates"))
        XCTAssertEqual(
            library.problems.map { $0.line(.en) },
            [
                "templates/folder.toml: is a folder, not a file",
                "templates/latin1.toml: not UTF-8 text",
                "templates/pipe.toml: is not a regular file (a pipe, socket or device)",
            ])
    }

    func testAnUnreadableConfigIsReportedNotIgnored() {
        makeFolder("config.toml")
        let (config, problem) = Config.load(directory.url.appendingPathComponent("config.toml"))
        XCTAssertEqual(config, Config())
        XCTAssertEqual(
            problem?.en, directory.url.appendingPathComponent("config.toml").path + ": is a folder, not a file")
        XCTAssertEqual(problem?.zh, directory.url.appendingPathComponent("config.toml").path + ": 是文件夹，不是文件")
        XCTAssertNil(Config.load(directory.url.appendingPathComponent("absent.toml")).problem, "no file: defaults")
    }

    func testADataDirectoryThatCannotBeWrittenDoesNotBlameAnotherShequ() throws {
        makeFolder("data/.lock")
        let store = try CommunityStore(root: directory.url.appendingPathComponent("data"))
        guard case .readOnly(let why) = store.access else { return XCTFail("read-only expected") }
        XCTAssertTrue(why.zh.contains("数据目录不可写"), why.zh)
        XCTAssertTrue(why.en.contains("Is a directory"), why.en)
    }

    func testPipesFoldersAndGiantFieldsInCommunitiesAreReportedAndTheRestLoads() throws {
        let store = try CommunityStore(root: directory.url)
        try store.save(Community(id: "c-good", name: "好社区"))
        makePipe("communities/c-pipe.json")
        makeFolder("communities/c-folder.json")
        let giant = Community(id: "c-giant", name: "大", notes: String(repeating: "记", count: 70_000))
        try CommunityFile.encode(giant).write(to: directory.url.appendingPathComponent("communities/c-giant.json"))
        let snapshot = store.load()
        XCTAssertEqual(snapshot.communities.map(\.id), ["c-good"])
        XCTAssertEqual(
            snapshot.unreadable.map { $0.line(.en) },
            [
                "communities/c-folder.json: is a folder, not a file",
                "communities/c-giant.json: notes: text of 70000 characters; at most 65536 are allowed",
                "communities/c-pipe.json: is not a regular file (a pipe, socket or device)",
            ])
    }
}
