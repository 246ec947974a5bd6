import CNcursesw
import ShequDomain
import XCTest

@testable import ShequTUI

/// What the terminal answers before the screens start: its background and
/// how wide it draws “…”, and the width everything then lays out with.
final class TerminalProbeTests: XCTestCase {
    override func tearDown() {
        AmbiguousWidth.onScreen = false
    }

    func testTheBackgroundIsReadFromAnOSC11AnswerOfAnyDigitCount() {
        let answers: [(String, TerminalBackground?)] = [
            ("\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\", .light), ("\u{1B}]11;rgb:0000/0000/0000\u{07}", .dark),
            ("\u{1B}]11;rgb:fd/f6/e3\u{07}", .light), ("\u{1B}]11;rgb:2/3/3\u{07}", .dark),
            ("\u{1B}]11;rgb:zz/00/00\u{07}", nil), ("\u{1B}[?1;2c", nil),
        ]
        for (reply, background) in answers {
            XCTAssertEqual(TerminalBackground.fromReply(reply), background, reply.debugDescription)
        }
    }

    func testCOLORFGBGTellsTheBackgroundByItsLastField() {
        let values: [(String, TerminalBackground?)] = [
            ("0;15", .light), ("15;0", .dark), ("0;default;7", .light), ("7;8", .dark), ("default", nil), ("", nil),
        ]
        for (value, background) in values {
            XCTAssertEqual(TerminalBackground.fromColorFGBG(value), background, value)
        }
    }

    func testTheAnswersAreReadOutOfWhateverTheTerminalWroteBack() {
        let narrow = TerminalProbe.answers(in: "\u{1B}[24;2R\u{1B}]11;rgb:ffff/ffff/ffff\u{1B}\\\u{1B}[?62;22c")
        XCTAssertEqual(narrow, TerminalProbe.Answers(background: .light, ambiguousWide: false))
        XCTAssertEqual(
            TerminalProbe.answers(in: "\u{1B}[1;3R\u{1B}[?1;2c"), TerminalProbe.Answers(ambiguousWide: true))
        XCTAssertEqual(TerminalProbe.answers(in: "\u{1B}[?1;2c"), TerminalProbe.Answers())
        XCTAssertTrue(TerminalProbe.holdsDeviceAttributes(Array("\u{1B}[1;2R\u{1B}[?1;2c".utf8)))
        XCTAssertFalse(TerminalProbe.holdsDeviceAttributes(Array("\u{1B}[1;2R\u{1B}[?1;2".utf8)))
    }

    func testTheQuestionAsksOnlyWhatIsNotKnownAndWipesItsEllipsis() {
        let both = TerminalProbe(askBackground: true, askAmbiguousWidth: true).question
        XCTAssertEqual(both, "\r…\u{1B}[6n\u{1B}]11;?\u{1B}\\\u{1B}[c\r\u{1B}[K")
        XCTAssertEqual(
            TerminalProbe(askBackground: true, askAmbiguousWidth: false).question, "\u{1B}]11;?\u{1B}\\\u{1B}[c")
    }

    func testWideAmbiguousCharactersTakeTwoCellsOnScreenAndInNcursesAlike() {
        var buffer = ScreenBuffer(size: Size(columns: 10, rows: 1))
        XCTAssertEqual(buffer.write("“社”…", column: 0, row: 0), 5)
        let previous = String(cString: setlocale(LC_CTYPE, nil))
        setlocale(LC_CTYPE, "C.UTF-8")
        defer { setlocale(LC_CTYPE, previous) }
        XCTAssertEqual(shequ_locale_wcwidth(0x2026), 1)
        AmbiguousWidth.onScreen = true
        buffer = ScreenBuffer(size: Size(columns: 10, rows: 1))
        XCTAssertEqual(buffer.write("“社”…", column: 0, row: 0), 8)
        XCTAssertTrue(buffer[1, 0].isContinuation)
        // ncursesw asks the C library's wcwidth, which this program's answers for it.
        XCTAssertEqual(shequ_locale_wcwidth(0x2026), 2)
        XCTAssertEqual(shequ_locale_wcwidth(0x793E), 2)
        XCTAssertEqual(shequ_locale_wcwidth(0x41), 1)
        XCTAssertEqual(DisplayWidth.clip("“社区”工作", to: 6), "“社…")
    }
}
