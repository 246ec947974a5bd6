import ShequText
import XCTest

@testable import ShequDomain

/// Commas in a number are taken only as thousands separators: "1，2" (what
/// an IME commits between two counts) is refused, not saved as 12.
final class DigitGroupingTests: XCTestCase {
    func testACommaOnlyCountsWhereItSeparatesThousands() {
        XCTAssertEqual(try CommunityDraft.count("1,200").get(), 1200)
        XCTAssertEqual(try CommunityDraft.count("１，２００").get(), 1200, "full-width, as an IME types it")
        XCTAssertEqual(try CommunityDraft.count("12,345,678").get(), 12_345_678)
        XCTAssertEqual(try CommunityDraft.count("8620").get(), 8620)
        for misplaced in ["1，2", "1,2,3", "12,00", ",120", "1200,", "1,,200"] {
            guard case .failure(let why) = CommunityDraft.count(misplaced) else {
                return XCTFail("\(misplaced) was taken")
            }
            XCTAssertEqual(why, L.misplacedSeparator, misplaced)
        }
    }

    func testAFigureWithAFractionOrAPerCentSign() {
        XCTAssertEqual(FieldText.number("12,345.5"), 12345.5)
        XCTAssertEqual(FieldText.number("９６％"), 96)
        XCTAssertEqual(FieldText.number("1,500.00"), 1500)
        XCTAssertNil(FieldText.number("1,2"))
        XCTAssertNil(FieldText.number("1.2,5"))
        XCTAssertNil(FieldText.number("12,00"))
    }
}

/// A day written rightly that is not in the calendar is told as such.
final class NoSuchDayTests: XCTestCase {
    func testADayNotInTheCalendarIsToldAsSuchNotAsAWrongForm() {
        XCTAssertEqual(FieldText.date("2025-9-31", blankAllowed: false), L.noSuchDay(year: 2025, month: 9, day: 31))
        XCTAssertEqual(FieldText.date("2025-02-29", blankAllowed: false), L.noSuchDay(year: 2025, month: 2, day: 29))
        XCTAssertEqual(FieldText.date("2025年2月30日", blankAllowed: false), L.noSuchDay(year: 2025, month: 2, day: 30))
        XCTAssertNil(FieldText.date("2024-02-29", blankAllowed: false))
        XCTAssertEqual(FieldText.date("九月三十一", blankAllowed: false), L.badDate)
        XCTAssertEqual(L.noSuchDay(year: 2025, month: 9, day: 31).zh, "没有这一天：2025年9月31日")
    }
}
