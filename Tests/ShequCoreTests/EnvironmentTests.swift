import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore

/// Time and identifiers come from the environment the program is given.
final class EnvironmentTests: XCTestCase {
    let shanghai = TimeZone(identifier: "Asia/Shanghai")!

    func testSHEQUTODAYPinsTodayAndABadValueIsAnError() throws {
        let pinned = try Clock.from(environment: ["SHEQU_TODAY": "2025-01-01"]).get()
        XCTAssertEqual(pinned.today(), LocalDate(year: 2025, month: 1, day: 1))
        XCTAssertEqual(LocalDate.of(pinned.now(), in: pinned.timeZone), LocalDate(year: 2025, month: 1, day: 1))
        XCTAssertEqual(
            try Clock.from(environment: ["SHEQU_TODAY": "2025年12月31日"]).get().today().description, "2025-12-31")
        guard case .failure(let why) = Clock.from(environment: ["SHEQU_TODAY": "tomorrow"]) else {
            return XCTFail("a value that is not a date is refused")
        }
        XCTAssertTrue(why.en.contains("tomorrow"))
        XCTAssertNotNil(try? Clock.from(environment: [:]).get(), "unset: the system clock")
    }

    func testTodayIsAskedOfTheClockSoMidnightMovesOn() {
        final class Hands: @unchecked Sendable {
            var instant = Date(timeIntervalSince1970: 1_767_196_740)  // 2025-12-31 23:59 in Shanghai
        }
        let hands = Hands()
        let clock = Clock.ticking({ hands.instant }, timeZone: shanghai)
        XCTAssertEqual(clock.today().description, "2025-12-31")
        hands.instant += 120
        XCTAssertEqual(clock.today().description, "2026-01-01")
    }

    func testSequentialIdentifiersAreRepeatableAndAvoidTakenOnes() {
        let ids = IDGenerator.sequential
        XCTAssertEqual(ids.next(prefix: "p", avoiding: []), "p-00000001")
        XCTAssertEqual(ids.next(prefix: "p", avoiding: ["p-00000001"]), "p-00000002")
        XCTAssertTrue(RecordID.isValid(ids.next(prefix: "a", avoiding: [])))
        let random = IDGenerator.random.next(prefix: "c", avoiding: [])
        XCTAssertTrue(random.hasPrefix("c-") && RecordID.isValid(random))
    }
}
