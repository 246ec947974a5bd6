import Foundation
import XCTest

/// What reaches the program from the terminal besides plain keys: escape
/// sequences it does not know, pasted text, and the terminal going away.
final class TerminalInputTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try Tmux.sampleDirectory("shequ-input-")
    }

    override func tearDown() {
        Tmux.remove(directory)
    }

    /// A session with the first community's edit form open and its name cleared.
    private func editingTheFirstName() -> Tmux {
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("濠景园社区")
        tmux.press("e")
        tmux.waitFor("编辑社区")
        tmux.press("C-u")
        return tmux
    }

    /// Leaves the form without saving, and the program.
    private func discardAndQuit(_ tmux: Tmux) {
        tmux.press("Escape")
        tmux.waitFor("放弃")
        tmux.press("y", "q")
        tmux.waitFor("EXIT=0")
    }

    func testUnknownEscapeSequencesAreConsumedWholeAndNeitherQuitNorType() {
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh", environment: "LANG=C.UTF-8 TERM=xterm-256color")
        tmux.waitFor("濠景园社区")
        tmux.type("\u{1B}[9999999999~")
        tmux.type("\u{1B}[1~")
        tmux.type("\u{1B}[<0;3;4M")
        usleep(300_000)
        XCTAssertFalse(tmux.screen().contains("EXIT="), "Esc-like sequences did not quit:\n\(tmux.screen())")
        tmux.press("/")
        tmux.type("\u{1B}[9999999999~")
        tmux.type("濠")
        tmux.waitFor("/ 濠")
        XCTAssertFalse(tmux.screen().contains("9999"), tmux.screen())
        tmux.press("Escape", "q")
        tmux.waitFor("EXIT=0")
    }

    func testACharacterSplitAcrossReadsArrivesWholeAndKeysGoOn() {
        let tmux = editingTheFirstName()
        // 区 is e5 8c ba: its bytes come in two reads, apart, as over a slow ssh link.
        tmux.run(["send-keys", "-t", "0", "-H", "41", "e5"])
        usleep(300_000)
        tmux.run(["send-keys", "-t", "0", "-H", "8c", "ba"])
        usleep(100_000)
        tmux.type("n")
        tmux.waitFor("A区n")
        discardAndQuit(tmux)
    }

    func testATerminalShequCannotDriveIsToldInWordsNotDrivenBlind() {
        let dumb = Tmux(dataDirectory: directory)
        dumb.start("--lang zh", environment: "LANG=C.UTF-8 TERM=dumb")
        dumb.waitFor("终端 TERM=dumb 不能移动光标")
        dumb.waitFor("EXIT=2")
        let unknown = Tmux(dataDirectory: directory)
        unknown.start("--lang en", environment: "LANG=C.UTF-8 TERM=nosuchterm")
        unknown.waitFor("does not know the terminal type TERM=nosuchterm")
        unknown.waitFor("EXIT=2")
        XCTAssertFalse(unknown.screen().contains("Error opening terminal"), unknown.screen())
    }

    func testATemplateTitleHoldingEscapesPrintsAsWhatItIs() throws {
        let templates = directory.appendingPathComponent("templates")
        try FileManager.default.createDirectory(at: templates, withIntermediateDirectories: true)
        try """
        id = "t-hostile"
        title = "坏\\u001b]0;pwned\\u0007标题\\u202e反"
        [[items]]
        group = "一"
        text = "一项"

        """.write(to: templates.appendingPathComponent("hostile.toml"), atomically: true, encoding: .utf8)
        var status: Int32 = -1
        let printed = Tmux.execute(
            [Tmux.binary, "templates", "--data-dir", directory.path, "--lang", "zh"], status: &status)
        XCTAssertEqual(status, 0, printed)
        XCTAssertTrue(printed.contains("坏\\x1b]0;pwned\\x07标题\\x202e反"), printed)
        XCTAssertFalse(printed.unicodeScalars.contains { $0.value == 0x1B || $0.value == 0x07 || $0.value == 0x202E })
    }

    func testAMultiLinePasteIsTextInTheFieldNotEnter() {
        let tmux = editingTheFirstName()
        tmux.paste("第一行\n第二行")
        tmux.waitFor("第一行 第二行")
        XCTAssertTrue(tmux.screen().contains("编辑社区"), "the form is still open:\n\(tmux.screen())")
        discardAndQuit(tmux)
    }

    func testAMultiLinePasteKeepsItsLinesInTheNotes() throws {
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("濠景园社区")
        tmux.press("e")
        tmux.waitFor("编辑社区")
        for _ in 0..<30 { tmux.press("Tab") }  // Tab stops at the last field, the notes
        tmux.press("C-u")
        tmux.paste("第一行\n第二行")
        tmux.waitFor("第二行")
        let rows = tmux.screen().split(separator: "\n")
        let first = try XCTUnwrap(rows.firstIndex { $0.contains("第一行") }, tmux.screen())
        XCTAssertTrue(rows[first + 1].contains("第二行"), "two rows in the notes:\n\(tmux.screen())")
        tmux.press("C-s")
        tmux.waitFor("已保存")
        let folder = directory.appendingPathComponent("communities")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).map {
            try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8)
        }
        XCTAssertEqual(files.filter { $0.contains(#""notes" : "第一行\n第二行""#) }.count, 1, "saved with its line break")
        tmux.press("q")
        tmux.waitFor("EXIT=0")
    }

    func testClosingTheTerminalEndsTheProgramEvenWithSIGHUPBlocked() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/python3"), "python3 is not installed")
        let tmux = Tmux(dataDirectory: directory)
        let blockHangUp =
            "python3 -c 'import os, signal, sys; signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGHUP}); "
            + "os.execvp(sys.argv[1], sys.argv[1:])'"
        tmux.start("--lang zh", launcher: blockHangUp)
        tmux.waitFor("濠景园社区")
        let pid = try XCTUnwrap(tmux.shequPID())
        tmux.run(["kill-server"])
        let deadline = Date().addingTimeInterval(5)
        while Date() < deadline, kill(pid, 0) == 0 { usleep(50_000) }
        let alive = kill(pid, 0) == 0
        if alive { kill(pid, SIGKILL) }
        XCTAssertFalse(alive, "shequ went on running after its terminal closed")
    }
}
