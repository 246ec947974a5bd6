import XCTest

@testable import ShequTUI

/// Decoding what the terminal sends after Esc, and text fields that take
/// pastes and stop at their limit.
final class TextInputTests: XCTestCase {
    private func decode(_ text: String) -> (Event?, RawInput?) {
        var inputs = text.unicodeScalars.map { RawInput.character($0.value) }[...]
        return EscapeSequence.decode { inputs.popFirst() }
    }

    func testKnownSequencesBecomeKeysAndUnknownOnesNothing() {
        XCTAssertEqual(decode("[1~").0, .key(.home))
        XCTAssertEqual(decode("[4~").0, .key(.end))
        XCTAssertEqual(decode("OH").0, .key(.home))
        XCTAssertEqual(decode("[1;5C").0, .key(.right))
        XCTAssertEqual(decode("[15~").0, .key(.function(5)))
        XCTAssertEqual(decode("[Z").0, .key(.backTab))
        for unknown in ["[9999999999~", "[<0;3;4M", "[2~", "OX", "[" + String(repeating: "1", count: 40) + "~"] {
            let (event, leftover) = decode(unknown)
            XCTAssertNil(event, unknown)
            XCTAssertNil(leftover, unknown)
        }
    }

    func testEscAloneIsEscAndBeforeAKeyLeavesThatKey() {
        XCTAssertEqual(decode("").0, .key(.escape))
        let (event, leftover) = decode("q")
        XCTAssertEqual(event, .key(.escape))
        XCTAssertEqual(leftover, .character(UInt32(UInt8(ascii: "q"))))
    }

    func testABracketedPasteIsOneEventWithItsText() {
        XCTAssertEqual(decode("[200~第一行\r\n第二行\u{1B}[201~").0, .key(.paste("第一行\r\n第二行")))
        XCTAssertEqual(decode("[200~a\u{1B}[31mb\u{1B}[201~").0, .key(.paste("ab")), "sequences inside are dropped")
        XCTAssertEqual(decode("[200~unfinished").0, .key(.paste("unfinished")), "input stopping ends the paste")
    }

    func testAPasteIsOneLineOfTextInAField() {
        var field = TextField("社区")
        XCTAssertTrue(field.handle(.left))
        XCTAssertTrue(field.handle(.paste("第一行\r\n第二行\n\t第三\u{7}行")))
        XCTAssertEqual(field.text, "社第一行 第二行  第三行区")
        XCTAssertEqual(field.caret, 13)
    }

    func testAFieldStopsAtItsLimitAndSaysSo() {
        var field = TextField(String(repeating: "字", count: 9), limit: 10)
        XCTAssertTrue(field.handle(.char("十")))
        XCTAssertFalse(field.isFull)
        XCTAssertTrue(field.handle(.char("多")))
        XCTAssertTrue(field.isFull)
        XCTAssertEqual(field.text.count, 10)
        XCTAssertTrue(field.handle(.backspace))
        XCTAssertTrue(field.handle(.paste("一二三")))
        XCTAssertTrue(field.isFull)
        XCTAssertEqual(field.text, String(repeating: "字", count: 9) + "一")
    }

    func testALongFieldShowsTheCellsAroundTheCaret() {
        var field = TextField(String(repeating: "长", count: 60_000) + "尾巴")
        var buffer = ScreenBuffer(size: Size(columns: 20, rows: 1))
        XCTAssertEqual(field.draw(into: &buffer, column: 0, row: 0, width: 20, role: .input), 18)
        XCTAssertTrue(buffer.text.hasSuffix("尾巴"), buffer.text)
        XCTAssertTrue(field.handle(.home))
        XCTAssertEqual(field.draw(into: &buffer, column: 0, row: 0, width: 20, role: .input), 0)
        XCTAssertEqual(buffer.text, String(repeating: "长", count: 10))
    }
}
