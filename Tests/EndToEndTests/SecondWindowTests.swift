import Foundation
import XCTest

/// A second window on a data directory another holds, as after an ssh
/// login that hung: it says who holds it, and W makes it writable — at once
/// when the other has gone, after asking when it still runs here.
final class SecondWindowTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try Tmux.sampleDirectory("shequ-second-")
    }

    override func tearDown() {
        Tmux.remove(directory)
    }

    func testTheSecondWindowNamesTheHolderAndEndsItOnlyWhenAsked() throws {
        let first = Tmux(dataDirectory: directory)
        first.start("--lang zh")
        first.waitFor("濠景园社区")
        let pid = try XCTUnwrap(first.shequPID())
        let second = Tmux(dataDirectory: directory)
        second.start("--lang zh", columns: 160)
        second.waitFor("进程 \(pid)，")
        XCTAssertTrue(second.screen().contains("按 W 转为可写"), second.screen())
        second.press("W")
        second.waitFor("结束另一个窗口（进程 \(pid)")
        second.press("n")
        usleep(300_000)
        XCTAssertEqual(kill(pid, 0), 0, "no ends the other window")
        second.press("W")
        second.waitFor("结束另一个窗口")
        second.press("y")
        second.waitFor("本窗口现在可以修改了")
        first.waitFor("EXIT=")
        second.press("e")
        second.waitFor("编辑社区")
        second.press("Escape", "q")
        second.waitFor("EXIT=0")
    }

    func testOnceTheOtherWindowHasQuitWMakesThisOneWritableWithoutAsking() {
        let first = Tmux(dataDirectory: directory)
        first.start("--lang zh")
        first.waitFor("濠景园社区")
        let second = Tmux(dataDirectory: directory)
        second.start("--lang zh", columns: 160)
        second.waitFor("本窗口只读")
        first.press("q")
        first.waitFor("EXIT=0")
        second.press("W")
        second.waitFor("本窗口现在可以修改了")
        second.press("q")
        second.waitFor("EXIT=0")
    }
}
