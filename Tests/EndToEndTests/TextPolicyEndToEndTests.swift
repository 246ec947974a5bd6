import Foundation
import XCTest

/// Text from data that lies or breaks the terminal, through the real binary
/// (issue 25, point 7): a NUL in a hand-edited file is reported by `check`,
/// refused by `import` and never reaches an export; a zero-width space that
/// makes two communities look alike shows as its code on the screen and in
/// `list` alike, and `check` names the pair.
final class TextPolicyEndToEndTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try Tmux.sampleDirectory("shequ-text-")
        try edit("c-demo06") { $0["notes"] = "带\u{0}来" }  // 文峰社区
        try edit("c-demo09") { $0["name"] = "文\u{200B}峰社区" }
        try edit("c-demo08") { $0["name"] = "点赞👍🏽家👩\u{200D}💻社区" }
    }

    override func tearDown() {
        Tmux.remove(directory)
    }

    private func edit(_ id: String, _ change: (inout [String: Any]) -> Void) throws {
        let file = directory.appendingPathComponent("communities/\(id).json")
        var object = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(contentsOf: file)) as? [String: Any])
        change(&object)
        try JSONSerialization.data(withJSONObject: object, options: [.prettyPrinted, .sortedKeys]).write(to: file)
    }

    private func shequ(_ arguments: [String], status: inout Int32) -> String {
        Tmux.execute(
            [Tmux.binary] + arguments + ["--data-dir", directory.path, "--lang", "zh"], status: &status,
            withErrors: true)
    }

    func testCheckReportsTheNulAndTheLookAlikeNames() {
        var status: Int32 = -1
        let report = shequ(["check"], status: &status)
        XCTAssertEqual(status, 1, report)
        XCTAssertTrue(report.contains("communities/c-demo06.json: notes: 含有控制字符 U+0000"), report)
        XCTAssertTrue(report.contains("“文\\x200b峰社区”与已有的“文峰社区”看起来一样"), report)
    }

    func testListAndTheScreenShowTheInvisibleCharacterAlike() {
        var status: Int32 = -1
        let listed = shequ(["list", "communities"], status: &status)
        XCTAssertTrue(listed.contains("文\\x200b峰社区"), listed)
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh", columns: 100)
        tmux.waitFor("文\\x200b峰社区")
        // An emoji sequence reaches the terminal whole, skin tone and joined picture kept.
        tmux.waitFor("点赞👍🏽家👩\u{200D}💻社区")
        tmux.press("q")
        tmux.waitFor("EXIT=0")
    }

    func testNoExportHoldsTheNulAndImportRefusesTheFile() throws {
        for format in ["txt", "csv", "md", "html"] {
            let output = directory.appendingPathComponent("out." + format)
            var status: Int32 = -1
            let said = shequ(
                ["export", "--community", "文峰社区", "--year", "2025", "--format", format, "--output", output.path],
                status: &status)
            XCTAssertEqual(status, 0, said)
            let bytes = try Data(contentsOf: output)
            XCTAssertFalse(bytes.contains(0), "\(format) holds a NUL byte")
        }
        let other = try Tmux.sampleDirectory("shequ-text-import-")
        defer { Tmux.remove(other) }
        var status: Int32 = -1
        let said = Tmux.execute(
            [
                Tmux.binary, "import", directory.appendingPathComponent("communities/c-demo06.json").path, "--data-dir",
                other.path, "--lang", "zh",
            ], status: &status, withErrors: true)
        XCTAssertNotEqual(status, 0, said)
        XCTAssertTrue(said.contains("U+0000"), said)
    }
}
