import Foundation
import XCTest

/// A terminal whose locale is GB18030 (issue 25, point 5): the commands
/// print in GB18030, whole figures included; the screens, which need UTF-8,
/// are refused in words that terminal shows, in both languages. The
/// terminal is `script`'s pseudo-terminal; what it received is read back
/// through iconv.
final class GB18030TerminalTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/script"), "script is not installed")
        directory = try Tmux.sampleDirectory("shequ-gb18030-")
    }

    override func tearDown() {
        Tmux.remove(directory)
    }

    /// What a GB18030 terminal shows of `arguments`, as UTF-8.
    private func onGB18030Terminal(_ arguments: String) -> String {
        let command = "'\(Tmux.binary)' \(arguments) --data-dir '\(directory.path)'; echo EXIT=\\$?"
        return Tmux.execute([
            "sh", "-c",
            "sleep 1 | LANG=zh_CN.GB18030 LC_ALL= script -q -c \"\(command)\" /dev/null | iconv -f GB18030 -t UTF-8",
        ])
    }

    func testTheCommandsPrintInTheTerminalsOwnCharacterSet() {
        let listed = onGB18030Terminal("list communities --lang zh")
        XCTAssertTrue(listed.contains("阜新街社区    阜新街街道  崇川区      8620"), listed)
        XCTAssertTrue(listed.contains("EXIT=0"), listed)
    }

    func testTheScreensAreRefusedInBothLanguagesWithWhatToDo() {
        let said = onGB18030Terminal("--lang zh")
        XCTAssertTrue(said.contains("终端的字符集是 GB18030，社区工作台的屏幕需要 UTF-8"), said)
        XCTAssertTrue(said.contains("The terminal's character set is GB18030; Shequ's screens need UTF-8"), said)
        XCTAssertTrue(said.contains("LANG=zh_CN.UTF-8"), said)
        XCTAssertTrue(said.contains("EXIT=2"), said)
    }
}
