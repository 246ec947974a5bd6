import CWidth
import XCTest

@testable import ShequDomain

final class DisplayWidthTests: XCTestCase {
    func testTheWidthsKnownWithoutAskingAreGlibcs() {
        for range in [0x20...0x7E, 0x3000...0x303F, 0x4E00...0x9FFF, 0xFF01...0xFF60] {
            for value in range {
                let scalar = Unicode.Scalar(UInt32(value))!
                XCTAssertEqual(DisplayWidth.of(scalar), max(0, Int(shequ_wcwidth(scalar.value))), "U+\(value)")
                if DisplayWidth.standsAlone(scalar) {
                    XCTAssertEqual(String(scalar).count, 1)
                    XCTAssertGreaterThan(DisplayWidth.of(scalar), 0, "U+\(value) takes cells")
                    XCTAssertEqual(("a" + String(scalar)).count, 2, "U+\(value) does not join what precedes it")
                }
            }
        }
    }

    func testAnEmojiSequenceIsOnePictureTwoCellsWide() {
        for picture in ["👩\u{200D}💻", "👍🏽", "🇨🇳", "❤\u{FE0F}", "👨\u{200D}👩\u{200D}👧"] {
            XCTAssertEqual(DisplayWidth.of(Character(picture)), 2, picture)
        }
        XCTAssertEqual(DisplayWidth.of("家👩\u{200D}💻社区"), 8)
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1, "a combining accent takes no cell of its own")
        XCTAssertEqual(DisplayWidth.clip("👍🏽👍🏽👍🏽", to: 5), "👍🏽👍🏽…")
    }

    func testASCIIIsOneCellEach() {
        XCTAssertEqual(DisplayWidth.of("Shequ 2023"), 10)
    }

    func testChineseIsTwoCellsEach() {
        XCTAssertEqual(DisplayWidth.of("濠景园社区"), 10)
        XCTAssertEqual(DisplayWidth.of("，。：（）"), 10, "full-width punctuation is wide")
        XCTAssertEqual(DisplayWidth.of("１２"), 4, "full-width digits are wide")
    }

    func testCombiningMarksTakeNoCell() {
        XCTAssertEqual(DisplayWidth.of("e\u{301}"), 1)
        XCTAssertEqual(DisplayWidth.of(Character("e\u{301}")), 1)
    }

    func testEmojiAsGlibcSays() {
        XCTAssertEqual(DisplayWidth.of("😀"), 2)
    }

    func testAmbiguousCharactersAreNarrowAsInGlibc() {
        XCTAssertEqual(DisplayWidth.of("“”…·—"), 5)
    }

    func testControlCharactersTakeNoCell() {
        XCTAssertEqual(DisplayWidth.of("a\u{7}b"), 2)
    }

    func testClipNeverSplitsAWideCharacterAndMarksTheCut() {
        XCTAssertEqual(DisplayWidth.clip("濠景园社区", to: 10), "濠景园社区")
        XCTAssertEqual(DisplayWidth.clip("濠景园社区", to: 9), "濠景园社…")
        XCTAssertEqual(DisplayWidth.clip("濠景园社区", to: 6), "濠景…")
        XCTAssertEqual(DisplayWidth.clip("濠景园社区", to: 2), "…")
        XCTAssertEqual(DisplayWidth.clip("濠景园社区", to: 0), "")
        for width in 0...12 {
            XCTAssertLessThanOrEqual(DisplayWidth.of(DisplayWidth.clip("北濠桥社区abc", to: width)), width)
        }
    }

    func testFitPadsToExactWidth() {
        XCTAssertEqual(DisplayWidth.fit("德民", to: 6), "德民  ")
        XCTAssertEqual(DisplayWidth.fit("42", to: 5, alignRight: true), "   42")
        XCTAssertEqual(DisplayWidth.of(DisplayWidth.fit("濠景园社区", to: 7)), 7)
    }

    func testWrapBreaksChineseWithinWidth() {
        let lines = DisplayWidth.wrap("校外教育辅导站开展家庭读书活动", to: 10)
        XCTAssertEqual(lines, ["校外教育辅", "导站开展家", "庭读书活动"])
        XCTAssertEqual(DisplayWidth.wrap("a\nb", to: 10), ["a", "b"])
    }
}
