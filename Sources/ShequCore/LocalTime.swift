import Foundation

/// A moment as people read it in a review trail: local date and time to
/// the minute, "2025-09-15 14:00".
public enum LocalTime {
    public static func minute(_ instant: Date, in zone: TimeZone) -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.hour, .minute], from: instant)
        func two(_ number: Int?) -> String {
            let text = String(number ?? 0)
            return text.count < 2 ? "0" + text : text
        }
        return LocalDate.of(instant, in: zone).description + " " + two(parts.hour) + ":" + two(parts.minute)
    }
}
