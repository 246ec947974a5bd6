import Foundation
import XCTest

/// Colours and widths as real terminals get them: an 8-colour `TERM=xterm`,
/// a light background told by `COLORFGBG`, and the width of “…” measured
/// by asking the terminal (tmux answers: one cell).
final class TerminalColoursTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try Tmux.sampleDirectory("shequ-colours-")
    }

    override func tearDown() {
        Tmux.remove(directory)
    }

    /// The escaped row of the screen that holds `text`.
    private func escapedRow(holding text: String, in tmux: Tmux) throws -> String {
        try XCTUnwrap(tmux.screen(escapes: true).split(separator: "\n").first { $0.contains(text) }.map(String.init))
    }

    func testOnAnEightColourXtermTheDimLinesAreFaintTextNotBlackOnBlack() throws {
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh --role supervisor", environment: "LANG=C.UTF-8 TERM=xterm")
        tmux.waitFor("检查表审核")
        let attainment = try escapedRow(holding: "看各街道", in: tmux)
        XCTAssertFalse(attainment.contains("\u{1B}[30m"), "drawn black:\n\(attainment)")
        XCTAssertTrue(attainment.contains("\u{1B}[2m"), "drawn faint:\n\(attainment)")
        tmux.press("q")
        tmux.waitFor("9 个社区")
        tmux.press("q")
        tmux.waitFor("EXIT=0")
    }

    /// The Communities screen's header row, escapes kept, on a terminal whose `COLORFGBG` is `colours`.
    private func communitiesHeader(colorFGBG colours: String) throws -> String {
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh", environment: "LANG=C.UTF-8 COLORFGBG='\(colours)'")
        tmux.waitFor("濠景园社区")
        defer {
            tmux.press("q")
            tmux.waitFor("EXIT=0")
        }
        return try escapedRow(holding: "常住人口", in: tmux)
    }

    func testALightBackgroundGetsTheDefaultThemesLightFace() throws {
        let light = try communitiesHeader(colorFGBG: "0;15")
        XCTAssertTrue(light.contains("34m"), "blue headings on white:\n\(light)")
        XCTAssertFalse(try communitiesHeader(colorFGBG: "15;0").contains("34m"))
    }

    func testWithoutAScreenOfItsOwnTheLastScreenIsWipedOnQuitting() {
        for terminal in ["vt100", "linux"] {
            let tmux = Tmux(dataDirectory: directory)
            tmux.start("--lang zh", environment: "LANG=C.UTF-8 TERM=\(terminal)")
            tmux.waitFor("濠景园社区")
            tmux.press("q")
            tmux.waitFor("EXIT=0")
            XCTAssertFalse(tmux.screen().contains("濠景园社区"), "\(terminal):\n\(tmux.screen())")
        }
    }

    func testTheHiddenCursorFollowsTheSelectionForScreenReadersAndCopyMode() throws {
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("濠景园社区")
        func cursorRow() -> Int? {
            Int(
                tmux.run(["display-message", "-p", "-t", "0", "#{cursor_y}"]).trimmingCharacters(
                    in: .whitespacesAndNewlines))
        }
        let rows = tmux.screen().split(separator: "\n", omittingEmptySubsequences: false)
        let first = try XCTUnwrap(rows.firstIndex { $0.contains("北濠桥社区") })
        XCTAssertEqual(cursorRow(), first)
        tmux.press("j", "j")
        tmux.waitFor("德民社区")
        usleep(200_000)
        XCTAssertEqual(cursorRow(), first + 2)
        tmux.press("q")
        tmux.waitFor("EXIT=0")
    }

    func testTheWidthQuestionLeavesNothingOnTheScreenAndTmuxsAnswerIsOneCell() throws {
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("濠景园社区")
        let first = try XCTUnwrap(tmux.screen().split(separator: "\n").first)
        XCTAssertTrue(first.hasPrefix(" 社区工作台"), "no ellipsis or answer left at the start:\n\(tmux.screen())")
        tmux.press("/")
        tmux.type("社区")
        tmux.waitFor("/ 社区")
        XCTAssertFalse(tmux.screen().contains("[?"), "no answer read as keys:\n\(tmux.screen())")
        tmux.press("Escape", "q")
        tmux.waitFor("EXIT=0")
    }
}
