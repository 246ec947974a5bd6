import XCTest

@testable import ShequTUI

final class ScreenBufferTests: XCTestCase {
    func testWideCharactersTakeTwoCellsAndNeverPassTheEdge() {
        var buffer = ScreenBuffer(size: Size(columns: 7, rows: 1))
        let used = buffer.write("濠景园社区", column: 0, row: 0)
        XCTAssertEqual(used, 7)
        XCTAssertEqual(buffer.text, "濠景园…")
        XCTAssertTrue(buffer[1, 0].isContinuation)
    }

    func testWritingOverHalfAWideCharacterBlanksTheOtherHalf() {
        var buffer = ScreenBuffer(size: Size(columns: 6, rows: 1))
        buffer.write("德民社", column: 0, row: 0)
        buffer.write("x", column: 1, row: 0)
        XCTAssertEqual(buffer.text, " x民社")
    }

    func testCombiningMarkJoinsThePreviousCell() {
        var buffer = ScreenBuffer(size: Size(columns: 4, rows: 1))
        XCTAssertEqual(buffer.write("e\u{301}x", column: 0, row: 0), 2)
        XCTAssertEqual(buffer[0, 0].text, "e\u{301}")
    }

    func testWritesOutsideTheBufferAreIgnored() {
        var buffer = ScreenBuffer(size: Size(columns: 3, rows: 2))
        buffer.write("abc", column: 5, row: 0)
        buffer.write("abc", column: 0, row: 9)
        buffer.write("abc", column: -1, row: 1)
        XCTAssertEqual(buffer.text, "\nabc")
    }

    func testTextFieldCaretMovesByCharacter() {
        var field = TextField("社区")
        XCTAssertTrue(field.handle(.left))
        XCTAssertTrue(field.handle(.char("居")))
        XCTAssertEqual(field.text, "社居区")
        XCTAssertTrue(field.handle(.home))
        XCTAssertTrue(field.handle(.delete))
        XCTAssertEqual(field.text, "居区")
        XCTAssertTrue(field.handle(.ctrl("u")))
        XCTAssertEqual(field.text, "")
        XCTAssertFalse(field.handle(.enter))
    }

    func testTextFieldScrollsToShowTheCaret() {
        var buffer = ScreenBuffer(size: Size(columns: 10, rows: 1))
        let field = TextField("校外教育辅导站开展")
        let caret = field.draw(into: &buffer, column: 0, row: 0, width: 8, role: .input)
        XCTAssertEqual(caret, 6)
        XCTAssertEqual(buffer.text, "站开展")
    }
}
