import Foundation
import XCTest

/// The binary as someone installs it: copied out of `.build` to a folder of
/// its own, run from elsewhere, with the mouse its user chose.
final class InstallTests: XCTestCase {
    var directory: URL!
    var copy: URL!

    override func setUpWithError() throws {
        directory = try Tmux.sampleDirectory("shequ-install-")
        copy = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-bin-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: Tmux.binary, toPath: copy.appendingPathComponent("shequ").path)
    }

    override func tearDown() {
        Tmux.remove(directory)
        try? FileManager.default.removeItem(at: copy)
    }

    func testACopiedBinaryHasItsFiveThemesAndStartsWithoutAWarning() throws {
        let binary = copy.appendingPathComponent("shequ").path
        let config = "XDG_CONFIG_HOME=" + Tmux.configDirectory(for: directory).path
        let themes = Tmux.execute(["env", config, binary, "themes"])
        XCTAssertEqual(
            themes.split(separator: "\n").map { $0.split(separator: " ").first.map(String.init) ?? "" },
            ["dark", "default", "high-contrast", "light", "monochrome"], themes)
        XCTAssertTrue(themes.split(separator: "\n").allSatisfy { $0.hasSuffix("built-in") }, themes)
        let version = Tmux.execute([binary, "--version"])
        XCTAssertTrue(version.contains("(commit "), version)
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh --theme dark", binary: binary)
        tmux.waitFor("社区工作台")
        XCTAssertFalse(tmux.screen().contains("主题"), "no theme warning:\n" + tmux.screen())
        tmux.press("Q")
        tmux.waitFor("EXIT=0")
    }

    /// Whether the program in the pane asked the terminal for mouse reports.
    private func mouseTaken(_ arguments: String, config: String? = nil) throws -> Bool {
        if let config {
            let folder = Tmux.configDirectory(for: directory).appendingPathComponent("shequ")
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            try Data(config.utf8).write(to: folder.appendingPathComponent("config.toml"))
        }
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh " + arguments)
        tmux.waitFor("社区工作台")
        let flags = tmux.run([
            "display-message", "-p", "-t", "0", "#{mouse_standard_flag}#{mouse_button_flag}#{mouse_any_flag}",
        ])
        tmux.press("Q")
        tmux.waitFor("EXIT=0")
        return flags.contains("1")
    }

    func testTheSharedOptionsMayComeBeforeTheCommandsName() throws {
        let fresh = directory.appendingPathComponent("fresh").path
        var status: Int32 = -1
        let written = Tmux.execute([Tmux.binary, "--data-dir", fresh, "demo", "--lang", "zh"], status: &status)
        XCTAssertEqual(status, 0, written)
        XCTAssertTrue(written.contains("已写入示例街道"), written)
        let listed = Tmux.execute(
            [Tmux.binary, "--lang", "en", "--data-dir=" + fresh, "list", "communities"], status: &status)
        XCTAssertEqual(status, 0, listed)
        XCTAssertTrue(listed.contains("北濠桥社区") && listed.contains("Population"), listed)
    }

    func testTheMouseCanBeLeftToTheTerminal() throws {
        XCTAssertTrue(try mouseTaken(""), "clicks select rows by default")
        XCTAssertFalse(try mouseTaken("--no-mouse"), "--no-mouse leaves selection to the terminal")
        XCTAssertFalse(try mouseTaken("", config: "mouse = false\n"), "and so does mouse = false")
    }
}
