import Foundation

/// Moments as people read them in a review trail: local date and time to
/// the minute, "2025-09-15 14:00". One holds its calendar, so that a queue
/// of hundreds of rows makes it once.
public struct LocalTime: Sendable {
    private let calendar: Calendar

    public init(_ zone: TimeZone) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        self.calendar = calendar
    }

    public func minute(_ instant: Date) -> String {
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute], from: instant)
        func two(_ number: Int?) -> String {
            let text = String(number ?? 0)
            return text.count < 2 ? "0" + text : text
        }
        let day =
            LocalDate(year: parts.year ?? 1970, month: parts.month ?? 1, day: parts.day ?? 1)?.description ?? ""
        return day + " " + two(parts.hour) + ":" + two(parts.minute)
    }

    /// One moment, in `zone`.
    public static func minute(_ instant: Date, in zone: TimeZone) -> String {
        LocalTime(zone).minute(instant)
    }
}
