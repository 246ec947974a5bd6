import Foundation
import ShequDomain
import ShequStore
import XCTest

/// `shequ import` run as a clerk would, with files from another machine.
final class ImportTests: XCTestCase {
    var here: URL!
    var there: URL!

    override func setUpWithError() throws {
        here = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-import-here-" + UUID().uuidString)
        there = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-import-there-" + UUID().uuidString)
        for directory in [here!, there!] { Tmux.execute([Tmux.binary, "demo", "--data-dir", directory.path]) }
    }

    override func tearDown() {
        for directory in [here, there] { Tmux.remove(directory!) }
    }

    private func run(_ arguments: [String]) -> (Int32, String) {
        var status: Int32 = -1
        let output = Tmux.execute(
            [Tmux.binary] + arguments + ["--data-dir", here.path], status: &status, withErrors: true)
        return (status, output)
    }

    func testANewerEditFromAnotherMachineComesInAndAnOlderOneDoesNot() throws {
        let file = there.appendingPathComponent("communities/c-demo04.json")
        var remote = try CommunityFile.decode(try Data(contentsOf: file)).community
        remote.activities[0].title = "外来修改的活动"
        remote.activities[0].updatedAt = Date(timeIntervalSince1970: 1_900_000_000)  // 2030: newer than the sample
        remote.activities[0].unknownFields = UnknownFields(["photos": .array([.string("现场.jpg")])])
        try CommunityFile.encode(remote).write(to: file)
        let (status, output) = run(["import", file.path])
        XCTAssertEqual(status, 0, output)
        XCTAssertTrue(output.contains("updated activity 外来修改的活动"), output)
        let local = try CommunityFile.decode(
            try Data(contentsOf: here.appendingPathComponent("communities/c-demo04.json"))
        ).community
        XCTAssertEqual(local.activities[0].title, "外来修改的活动")
        XCTAssertEqual(
            local.activities[0].unknownFields.values["photos"], .array([.string("现场.jpg")]),
            "a field this version does not know comes through the import")

        remote.activities[0].title = "更旧的修改"
        remote.activities[0].updatedAt = Date(timeIntervalSince1970: 0)
        try CommunityFile.encode(remote).write(to: file)
        let (_, again) = run(["import", file.path])
        XCTAssertTrue(again.contains("kept the newer local activity 外来修改的活动"), again)
    }

    func testALocalFileANewerShequWroteIsNeverRewrittenByImportOrDemo() throws {
        let local = here.appendingPathComponent("communities/c-demo04.json")
        let newer = try String(contentsOf: local, encoding: .utf8).replacingOccurrences(
            of: "\"schema\" : 1", with: "\"schema\" : 2,\n  \"futureField\" : {\"kept\" : true}")
        try newer.write(to: local, atomically: true, encoding: .utf8)
        let broken = here.appendingPathComponent("communities/c-demo05.json")
        try "{ broken".write(to: broken, atomically: true, encoding: .utf8)
        let incoming = there.appendingPathComponent("communities/c-demo04.json")
        var remote = try CommunityFile.decode(try Data(contentsOf: incoming)).community
        remote.notes = "外来修改"
        remote.updatedAt = Date(timeIntervalSince1970: 1_900_000_000)
        try CommunityFile.encode(remote).write(to: incoming)

        let (status, output) = run(["import", incoming.path])
        XCTAssertEqual(status, 1, output)
        XCTAssertTrue(output.contains("communities/c-demo04.json was written by a newer Shequ"), output)
        XCTAssertEqual(try String(contentsOf: local, encoding: .utf8), newer)

        let (demoStatus, demoOutput) = run(["demo", "--force"])
        XCTAssertEqual(demoStatus, 1, demoOutput)
        XCTAssertTrue(demoOutput.contains("communities/c-demo04.json was not overwritten"), demoOutput)
        XCTAssertTrue(demoOutput.contains("communities/c-demo05.json was not overwritten"), demoOutput)
        XCTAssertEqual(try String(contentsOf: local, encoding: .utf8), newer)
        XCTAssertEqual(try String(contentsOf: broken, encoding: .utf8), "{ broken")
    }

    func testInvalidAndNewerSchemaFilesAreRefusedWithTheReason() throws {
        let newer = there.appendingPathComponent("c-new.json")
        try Data(#"{"schema": 7, "id": "c-new", "name": "新"}"#.utf8).write(to: newer)
        let broken = there.appendingPathComponent("broken.json")
        try Data("{\"schema\": 1,\n \"id\": 5 }".utf8).write(to: broken)
        let good = there.appendingPathComponent("c-brand-new.json")
        let misnamed = there.appendingPathComponent("good.json")
        try CommunityFile.encode(Community(id: "c-brand-new", name: "新来社区")).write(to: misnamed)
        try CommunityFile.encode(Community(id: "c-brand-new", name: "新来社区", street: "新城桥街道")).write(to: good)
        let (status, output) = run(["import", newer.path, broken.path, good.path, good.path, misnamed.path])
        XCTAssertEqual(status, 1, "some files were refused")
        XCTAssertTrue(output.contains("c-new.json: schema: written by a newer Shequ (schema 7)"), output)
        XCTAssertTrue(
            output.contains("good.json: id: \"c-brand-new\" does not match the file name"),
            "the same reader as the data directory's:\n" + output)
        XCTAssertTrue(output.contains("broken.json: id: expected text, found 5\n"), output)
        XCTAssertTrue(output.contains("broken.json: not imported"), output)
        XCTAssertTrue(output.contains("c-brand-new.json: 新来社区 (c-brand-new): added"), output)
        XCTAssertTrue(
            output.contains("c-brand-new.json: 新来社区 (c-brand-new): already up to date"),
            "a duplicate id merges with what was just added")
        XCTAssertFalse(
            FileManager.default.fileExists(atPath: here.appendingPathComponent("communities/c-new.json").path))
    }

    func testRecordRulesApplyToImportAndCheckAlike() throws {
        let file = there.appendingPathComponent("communities/c-demo04.json")
        var remote = try CommunityFile.decode(try Data(contentsOf: file)).community
        remote.activities[0].participants = -5
        let rateTask = try XCTUnwrap(remote.plans[0].tasks.firstIndex { $0.target.kind == .rate })
        remote.plans[0].tasks[rateTask].target.value = 150
        try CommunityFile.encode(remote).write(to: file)
        let before = try Data(contentsOf: here.appendingPathComponent("communities/c-demo04.json"))
        let (status, output) = run(["import", file.path])
        XCTAssertEqual(status, 1)
        XCTAssertTrue(output.contains("c-demo04.json: activities[0].participants: Must not be negative"), output)
        XCTAssertTrue(
            output.contains("c-demo04.json: plans[0].tasks[\(rateTask)].target.value: Must be from 0 to 100"), output)
        XCTAssertEqual(
            try Data(contentsOf: here.appendingPathComponent("communities/c-demo04.json")), before, "nothing imported")
        var checked: Int32 = -1
        let check = Tmux.execute([Tmux.binary, "check", "--data-dir", there.path], status: &checked)
        XCTAssertEqual(checked, 1, check)
        XCTAssertTrue(
            check.contains("communities/c-demo04.json: activities[0].participants: Must not be negative"), check)
        XCTAssertTrue(check.contains("target.value: Must be from 0 to 100"), check)
    }

    func testCheckOfAFolderThatDoesNotExistIsAnError() {
        var status: Int32 = -1
        let missing = here.appendingPathComponent("no-such-folder").path
        let said = Tmux.execute(
            ["sh", "-c", "'\(Tmux.binary)' check --lang zh --data-dir '\(missing)' 2>&1"], status: &status)
        XCTAssertEqual(status, 1, said)
        XCTAssertTrue(said.contains("没有这个数据目录"), said)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missing), "check creates nothing")
    }

    func testControlSequencesInANameNeverReachTheTerminalThroughCommands() throws {
        let file = there.appendingPathComponent("communities/c-demo04.json")
        var remote = try CommunityFile.decode(try Data(contentsOf: file)).community
        remote.name = "濠景园\u{1B}[2J\u{1B}]0;pwned\u{07}\u{1B}]52;c;aGk=\u{07}社区"
        remote.updatedAt = Date(timeIntervalSince1970: 1_900_000_000)
        try CommunityFile.encode(remote).write(to: file)
        // Import refuses a name holding controls, and says so without them.
        let (status, refusal) = run(["import", file.path])
        XCTAssertNotEqual(status, 0, refusal)
        XCTAssertTrue(refusal.contains("name: Holds the control character U+001B"), refusal)
        XCTAssertFalse(refusal.unicodeScalars.contains("\u{1B}"), refusal)
        // The same name edited into a file by hand is listed with its controls as codes.
        try CommunityFile.encode(remote).write(to: here.appendingPathComponent("communities/c-demo04.json"))
        for arguments in [["list", "communities"], ["list", "communities", "--format", "csv"]] {
            let (_, output) = run(arguments)
            XCTAssertFalse(output.unicodeScalars.contains("\u{1B}"), arguments.joined(separator: " ") + ": " + output)
            XCTAssertTrue(output.contains("濠景园\\x1b[2J"), arguments.joined(separator: " ") + ": " + output)
        }
    }
}
