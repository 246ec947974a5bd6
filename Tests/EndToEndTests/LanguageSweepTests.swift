import Foundation
import XCTest

/// Every command that runs without the screens, in each language: what it
/// prints, on standard output and standard error, is in that language
/// (data, paths, ids and command names aside).
final class LanguageSweepTests: XCTestCase {
    var directory: URL!
    var incoming: URL!

    override func setUpWithError() throws {
        directory = try Tmux.sampleDirectory("shequ-lang-")
        // A broken community file, a broken template, and a file from elsewhere that breaks a rule.
        try Data("{ \"id\": ".utf8).write(to: directory.appendingPathComponent("communities/c-broken.json"))
        let templates = directory.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try Data("id = \"x\"\n".utf8).write(to: templates.appendingPathComponent("bad.toml"))
        incoming = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-in-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: incoming, withIntermediateDirectories: true)
        let sample = try String(
            contentsOf: directory.appendingPathComponent("communities/c-demo01.json"), encoding: .utf8)
        try Data(sample.replacingOccurrences(of: "\"participants\" : 150", with: "\"participants\" : -3").utf8)
            .write(to: incoming.appendingPathComponent("c-demo01.json"))
        try Data(sample.utf8).write(to: incoming.appendingPathComponent("same.json"))
    }

    override func tearDown() {
        Tmux.remove(directory)
        try? FileManager.default.removeItem(at: incoming)
    }

    /// What every command says in `language`, each run's output in one string.
    private func said(_ language: String) -> [(command: String, output: String)] {
        let commands: [[String]] = [
            ["list", "communities"], ["list", "plans"], ["list", "tasks", "--community", "阜新街社区"],
            ["list", "activities", "--community", "阜新街社区"], ["list", "checklists"],
            ["list", "tasks", "--community", "阜新街"], ["check"], ["themes"], ["templates"],
            ["import", incoming.appendingPathComponent("c-demo01.json").path],
            ["import", incoming.appendingPathComponent("same.json").path], ["import", "/nonexistent.json"],
            ["export", "--all", "--format", "txt", "--output", incoming.appendingPathComponent("d.txt").path],
            ["export", "--street", "城东", "--format", "txt"], ["export", "--all", "--year", "0", "--format", "txt"],
            ["reviewers", "list"], ["log"], ["sync"], ["doctor"], ["demo"],
        ]
        let config = "XDG_CONFIG_HOME=" + Tmux.configDirectory(for: directory).path
        return commands.map { command in
            let data = command == ["themes"] ? [] : ["--data-dir", directory.path]
            let run =
                ["env", config, "SHEQU_TODAY=" + Tmux.today, "LANG=C.UTF-8", Tmux.binary] + command
                + ["--lang", language] + data
            return (command.joined(separator: " "), Tmux.execute(run, withErrors: true))
        }
    }

    /// Three English words in a row, outside paths, options and names.
    private static let englishSentence = try! NSRegularExpression(pattern: "\\b[A-Za-z]{2,}( [A-Za-z]{2,}){2,}\\b")

    func testChineseRunsSayNothingInEnglish() {
        for (command, output) in said("zh") {
            // Commands to type ("shequ sync init") are the same in both languages.
            let text = output.replacingOccurrences(of: "shequ( [a-z-]+)+", with: "", options: .regularExpression)
            let range = NSRange(text.startIndex..., in: text)
            let found = Self.englishSentence.matches(in: text, range: range).map {
                (text as NSString).substring(with: $0.range)
            }
            XCTAssertEqual(found, [], "\(command):\n\(output)")
        }
    }

    func testEnglishRunsSayNothingInChinese() {
        // Phrases only the Chinese messages use; the data (names, titles, notes) is Chinese in both.
        let chinese = ["无法", "找不到", "未导入", "发现", "问题", "数据目录", "内置", "已是最新", "不是有效", "是不是", "请", "没有"]
        for (command, output) in said("en") {
            for phrase in chinese {
                XCTAssertFalse(output.contains(phrase), "\(command) says \(phrase):\n\(output)")
            }
        }
    }
}
