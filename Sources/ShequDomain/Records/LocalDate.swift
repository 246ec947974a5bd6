import Foundation
import ShequText

/// A calendar date without time or zone, as clerks write it: stored as
/// "2023-05-30", typed as 2023-05-30, 2023/5/30 or 2023年5月30日.
public struct LocalDate: Hashable, Comparable, Sendable, Codable, CustomStringConvertible {
    // Four bytes, not three words: a district's history holds hundreds of thousands of dates.
    private let storedYear: Int16
    private let storedMonth: UInt8
    private let storedDay: UInt8

    public var year: Int { Int(storedYear) }
    public var month: Int { Int(storedMonth) }
    public var day: Int { Int(storedDay) }

    /// A date, or nil when there is no such day (2023-02-30).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...9999).contains(year), (1...12).contains(month),
            (1...Self.days(inMonth: month, year: year)).contains(day)
        else { return nil }
        storedYear = Int16(year)
        storedMonth = UInt8(month)
        storedDay = UInt8(day)
    }

    /// Reads the forms clerks type (2023-05-30, 2023/5/30, 2023.5.30,
    /// 20230530, 2023年5月30日), in full-width characters too.
    public static func parse(_ text: String) -> LocalDate? {
        if let iso = iso(text) { return iso }
        guard let parts = typedParts(text) else { return nil }
        return LocalDate(year: parts.year, month: parts.month, day: parts.day)
    }

    /// The year, month and day `text` is written as, in one of the typed
    /// forms, whether or not that day exists ("2025-9-31"): so that a day
    /// that is not in the calendar is told as such, not as a wrong form.
    public static func typedParts(_ text: String) -> (year: Int, month: Int, day: Int)? {
        let normalized = text.trimmed.halfWidth
        for regex in patterns {
            guard let match = regex.firstMatch(in: normalized, range: NSRange(normalized.startIndex..., in: normalized))
            else { continue }
            let parts = (1...3).compactMap {
                Range(match.range(at: $0), in: normalized).flatMap { Int(normalized[$0]) }
            }
            return parts.count == 3 ? (parts[0], parts[1], parts[2]) : nil
        }
        return nil
    }

    /// The typed forms other than the stored one, compiled once.
    private static let patterns: [NSRegularExpression] = [
        #"^(\d{4})-(\d{1,2})-(\d{1,2})$"#, #"^(\d{4})/(\d{1,2})/(\d{1,2})$"#, #"^(\d{4})\.(\d{1,2})\.(\d{1,2})$"#,
        #"^(\d{4})(\d{2})(\d{2})$"#,
        #"^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$"#,
    ].compactMap { try? NSRegularExpression(pattern: $0) }

    /// The stored form, "2023-05-30", read without a regular expression or
    /// an allocation: every date in every file goes through here.
    package static func iso(_ text: String) -> LocalDate? {
        let bytes = text.utf8
        guard bytes.count == 10 else { return nil }
        var numbers = (year: 0, month: 0, day: 0)
        for (index, byte) in bytes.enumerated() {
            if index == 4 || index == 7 {
                guard byte == UInt8(ascii: "-") else { return nil }
                continue
            }
            guard byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") else { return nil }
            let digit = Int(byte - UInt8(ascii: "0"))
            switch index {
            case 0..<4: numbers.year = numbers.year * 10 + digit
            case 5, 6: numbers.month = numbers.month * 10 + digit
            default: numbers.day = numbers.day * 10 + digit
            }
        }
        return LocalDate(year: numbers.year, month: numbers.month, day: numbers.day)
    }

    /// The ISO form, "2023-05-30".
    public var description: String {
        // By hand: a ledger writes thousands of dates a frame, and formatting through Foundation is slow.
        func padded(_ number: Int, _ digits: Int) -> String {
            let text = String(number)
            return String(repeating: "0", count: max(0, digits - text.count)) + text
        }
        return padded(year, 4) + "-" + padded(month, 2) + "-" + padded(day, 2)
    }

    public static func < (a: LocalDate, b: LocalDate) -> Bool {
        (a.year, a.month, a.day) < (b.year, b.month, b.day)
    }

    public static func days(inMonth month: Int, year: Int) -> Int {
        switch month {
        case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
        case 4, 6, 9, 11: 30
        default: 31
        }
    }

    /// The same day in `year` (29 February becomes the 28th in a common
    /// year), for a plan moved or copied to another year.
    public func sameDay(inYear year: Int) -> LocalDate? {
        LocalDate(year: year, month: month, day: min(day, Self.days(inMonth: month, year: year)))
    }

    /// Days since 0001-01-01, for intervals.
    public var ordinal: Int {
        let y = year - 1
        var days = y * 365 + y / 4 - y / 100 + y / 400
        for m in 1..<month { days += Self.days(inMonth: m, year: year) }
        return days + day
    }

    /// The date in the given zone at `instant`; "today" is computed once,
    /// by the caller, and passed in.
    public static func of(_ instant: Date, in zone: TimeZone = .current) -> LocalDate {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: instant)
        return LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1) ?? LocalDate(
            year: 1970, month: 1, day: 1)!
    }

    public init(from decoder: Decoder) throws {
        let text = try decoder.singleValueContainer().decode(String.self)
        guard let date = LocalDate.parse(text) else {
            let message = L.notADate(text)
            throw DecodingError.dataCorrupted(
                .init(codingPath: decoder.codingPath, debugDescription: message.en, underlyingError: message))
        }
        self = date
    }

    public func encode(to encoder: Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(description)
    }
}
