import Foundation
import ShequDomain
import ShequStore
import XCTest

/// The real binary in tmux at 80×24, as a clerk would use it.
final class EndToEndTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-e2e-" + UUID().uuidString)
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"), "tmux is not installed")
    }

    override func tearDown() {
        Tmux.remove(directory)
    }

    private func demo() {
        var status: Int32 = -1
        Tmux.execute([Tmux.binary, "demo", "--data-dir", directory.path], status: &status)
        XCTAssertEqual(status, 0)
    }

    private func files() -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("communities").path))
            ?? []).sorted()
    }

    private func fileContaining(_ text: String) -> String? {
        for name in files() {
            let contents =
                (try? String(contentsOf: directory.appendingPathComponent("communities/" + name), encoding: .utf8))
                ?? ""
            if contents.contains(text) { return contents }
        }
        return nil
    }

    func testCreateACommunityWithAChineseNameQuitAndFindItInItsFile() {
        demo()
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("濠景园社区")
        tmux.press("n")
        tmux.waitFor("新建社区")
        tmux.type("和平里社区")
        tmux.press("Tab")
        tmux.type("新城桥街道")
        tmux.press("Tab", "Tab")
        tmux.type("4200")
        tmux.press("C-s")
        tmux.waitFor("已保存：和平里社区")
        tmux.press("q")
        tmux.waitFor("EXIT=0")
        XCTAssertFalse(tmux.screen().contains("社区工作台 >"), "the terminal was given back:\n\(tmux.screen())")
        let file = fileContaining("和平里社区")
        XCTAssertNotNil(file)
        XCTAssertTrue(file?.contains("\"population\" : 4200") ?? false)
        XCTAssertTrue(file?.contains("\"street\" : \"新城桥街道\"") ?? false)
    }

    func testColumnsAlignInDisplayCells() {
        demo()
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("钟秀社区")
        let rows = tmux.screen().split(separator: "\n").filter {
            $0.contains("街道") && $0.range(of: #"[0-9]{4}"#, options: .regularExpression) != nil
        }
        XCTAssertEqual(rows.count, 9)
        let streetColumns = Set(rows.map { row in DisplayWidth.of(row[..<row.range(of: "街道")!.lowerBound]) })
        XCTAssertGreaterThan(streetColumns.count, 1, "streets of different lengths:\n" + rows.joined(separator: "\n"))
        let populationEnds = Set(
            rows.map { row in
                DisplayWidth.of(row[..<row.range(of: #"[0-9]+"#, options: .regularExpression)!.upperBound])
            })
        XCTAssertEqual(populationEnds.count, 1, "numbers end in the same cell:\n" + rows.joined(separator: "\n"))
        let planColumns = Set(
            rows.map { row in
                DisplayWidth.of(row[..<(row.range(of: "2025年") ?? row.range(of: "无计划")!).lowerBound])
            })
        XCTAssertEqual(planColumns.count, 1, "every plan cell starts in the same cell")
    }

    func testKillNineRightAfterASaveLosesNothingAndLeavesNoTemporaryFile() {
        demo()
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("濠景园社区")
        tmux.press("n")
        tmux.type("杀不掉社区")
        tmux.press("C-s")
        tmux.waitFor("已保存：杀不掉社区")
        if let pid = tmux.shequPID() { kill(pid, SIGKILL) } else { XCTFail("shequ is not running") }
        tmux.waitFor("EXIT=137")
        XCTAssertNotNil(fileContaining("杀不掉社区"))
        XCTAssertEqual(files().filter { $0.hasPrefix(".") }, [], "no temporary files")
        XCTAssertEqual(files().count, 10)
    }

    func testKillNineDuringRapidSavesLeavesEveryFileWholeAndLosesNoAcknowledgedSave() throws {
        demo()
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("濠景园社区")
        for index in 0..<15 {
            tmux.press("e", "C-u")
            tmux.type("北濠桥社区\(index)")
            tmux.press("C-s")
        }
        tmux.waitFor("已保存：北濠桥社区")
        // The last save the screen acknowledged; the kill comes right after, while saves may still be running.
        let acknowledged = tmux.screen().components(separatedBy: "已保存：北濠桥社区").dropFirst().compactMap {
            Int($0.prefix { $0.isNumber })
        }.max()
        if let pid = tmux.shequPID() { kill(pid, SIGKILL) } else { XCTFail("shequ is not running") }
        tmux.waitFor("EXIT=137")
        let snapshot = try CommunityStore(root: directory, readOnly: true).load()
        XCTAssertEqual(snapshot.unreadable, [], "every file parses")
        XCTAssertEqual(snapshot.communities.count, 9)
        XCTAssertEqual(files().filter { $0.hasPrefix(".") }, [])
        let saved = try XCTUnwrap(snapshot.communities.first { $0.id == "c-demo05" }?.name)
        let savedIndex = try XCTUnwrap(
            Int(saved.dropFirst("北濠桥社区".count)), "at least one save reached the file: \(saved)")
        XCTAssertGreaterThanOrEqual(
            savedIndex, try XCTUnwrap(acknowledged), "nothing the screen showed as saved is lost")
    }

    func testBrokenFileIsListedUntouchedAndTheRestOpens() throws {
        demo()
        let broken = Data(
            "{\n  \"schema\": 1,\n  \"id\": \"c-broken\",\n  \"name\": \"坏\"\n  \"street\": \"x\"\n}\n".utf8)
        let brokenURL = directory.appendingPathComponent("communities/c-broken.json")
        try broken.write(to: brokenURL)
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("c-broken.json")
        XCTAssertTrue(tmux.screen().contains("濠景园社区"))
        XCTAssertTrue(tmux.screen().contains("1 个数据文件无法读取"))
        tmux.press("G", "Enter")
        tmux.waitFor("communities/c-broken.json: 第5行")
        tmux.press("q")
        tmux.waitFor("EXIT=0")
        XCTAssertEqual(try Data(contentsOf: brokenURL), broken, "left byte for byte")

        var status: Int32 = -1
        let output = Tmux.execute([Tmux.binary, "check", "--data-dir", directory.path], status: &status)
        XCTAssertEqual(status, 1)
        XCTAssertTrue(output.hasPrefix("communities/c-broken.json: line 5, column 3: not valid JSON"), output)
    }

    func testChineseLocaleThatIsNotInstalledStillShowsAndTakesChinese() {
        demo()
        let tmux = Tmux(dataDirectory: directory)
        tmux.start(environment: "LANG=zh_CN.UTF-8 LC_ALL=")
        tmux.waitFor("社区工作台 > 社区")
        tmux.waitFor("濠景园社区")
        tmux.press("/")
        tmux.type("德民")
        tmux.waitFor("/ 德民")
        XCTAssertFalse(tmux.screen().contains("濠景园社区"))
        tmux.press("Escape", "Q")
        tmux.waitFor("EXIT=0")
    }

    func testEnglishFromTheLocale() {
        demo()
        let tmux = Tmux(dataDirectory: directory)
        tmux.start(environment: "LANG=en_US.UTF-8")
        tmux.waitFor("Shequ > Communities")
        tmux.press("C-c")
        tmux.waitFor("EXIT=0")
    }

    func testSecondInstanceOpensReadOnly() {
        demo()
        let first = Tmux(dataDirectory: directory)
        first.start("--lang zh")
        first.waitFor("濠景园社区")
        let second = Tmux(dataDirectory: directory)
        second.start("--lang zh")
        second.waitFor("[只读]")
        second.waitFor("另一个社区工作台（进程")
        second.press("n", "?")
        second.waitFor("帮助：社区")  // the help opened, so the n before it was handled first
        XCTAssertFalse(second.screen().contains("新建"), "n is disabled here, so help does not list it either")
        second.press("Escape")
        second.waitFor("另一个社区工作台（进程")
        XCTAssertFalse(second.screen().contains("新建社区"), "no form opened")
        XCTAssertEqual(files().count, 9, "nothing was written")
        // A problem found at start (here a theme that does not exist) is said after the notice, not over it.
        let third = Tmux(dataDirectory: directory)
        third.start("--lang zh --theme nosuch", columns: 220)
        third.waitFor("另一个社区工作台（进程")
        XCTAssertTrue(third.screen().contains("nosuch"), third.screen())
    }

    func testSigtermSighupSigquitAndACrashRestoreTheTerminal() {
        demo()
        for (signal, status) in [(SIGTERM, 143), (SIGHUP, 129), (SIGQUIT, 131), (SIGSEGV, 139)] {
            let tmux = Tmux(dataDirectory: directory)
            tmux.start("--lang zh")
            tmux.waitFor("濠景园社区")
            if let pid = tmux.shequPID() { kill(pid, signal) }
            tmux.waitFor("EXIT=\(status)")
            XCTAssertFalse(tmux.screen().contains("社区工作台 >"), "the terminal was given back:\n\(tmux.screen())")
        }
    }

    func testWelcomeOnFirstRunLoadsTheSample() {
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("欢迎使用社区工作台")
        tmux.press("s")
        tmux.waitFor("已载入示例街道")
        XCTAssertEqual(files().count, 9)
    }

    func testNoColorGivesAttributesOnly() {
        demo()
        let colored = Tmux(dataDirectory: directory)
        colored.start("--lang zh")
        colored.waitFor("濠景园社区")
        XCTAssertTrue(Self.colourParameters(colored.screen(escapes: true)), "the default theme uses colour")
        colored.press("q")
        colored.waitFor("EXIT=0")

        let plain = Tmux(dataDirectory: directory)
        plain.start("--lang zh", environment: "LANG=C.UTF-8 NO_COLOR=1")
        plain.waitFor("濠景园社区")
        XCTAssertFalse(Self.colourParameters(plain.screen(escapes: true)), plain.screen(escapes: true))
    }

    func testBrokenThemeIsReportedAndDefaultIsUsed() throws {
        demo()
        let themes = directory.appendingPathComponent("config/shequ/themes")
        try FileManager.default.createDirectory(at: themes, withIntermediateDirectories: true)
        try "[roles]\ntitle = \"sparkly\"\n".write(
            to: themes.appendingPathComponent("mine.toml"), atomically: true, encoding: .utf8)
        let tmux = Tmux(dataDirectory: directory)
        tmux.start(
            "--lang zh --theme mine",
            environment: "LANG=C.UTF-8 XDG_CONFIG_HOME='\(directory.appendingPathComponent("config").path)'")
        tmux.waitFor("mine.toml:2: 未知的颜色或属性")
        XCTAssertTrue(tmux.screen().contains("濠景园社区"))
    }

    func testResizeBelowTheMinimumShowsANoticeAndRecovers() {
        demo()
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("濠景园社区")
        tmux.run(["resize-window", "-t", "0", "-x", "30", "-y", "8"])
        tmux.waitFor("终端太小")
        tmux.run(["resize-window", "-t", "0", "-x", "1", "-y", "1"])
        usleep(200_000)
        tmux.run(["resize-window", "-t", "0", "-x", "80", "-y", "24"])
        tmux.waitFor("濠景园社区")
    }

    /// True when any SGR sequence sets a foreground or background colour.
    static func colourParameters(_ text: String) -> Bool {
        let pattern = try? NSRegularExpression(pattern: "\u{1B}\\[([0-9;]*)m")
        let range = NSRange(text.startIndex..., in: text)
        for match in pattern?.matches(in: text, range: range) ?? [] {
            guard let params = Range(match.range(at: 1), in: text) else { continue }
            for value in text[params].split(separator: ";").compactMap({ Int($0) }) {
                if (30...38).contains(value) || (40...48).contains(value) || (90...107).contains(value) { return true }
            }
        }
        return false
    }
}
