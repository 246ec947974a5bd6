import Foundation
import ShequDomain
import ShequText

/// Where "now" and "today" come from. The program passes one clock in;
/// nothing else reads the system clock. Today is recomputed on every ask, so
/// a session left open past midnight moves on to the new day.
public struct Clock: Sendable {
    private let instant: @Sendable () -> Date
    private let pinnedDay: LocalDate?
    public let timeZone: TimeZone

    /// The system clock in `timeZone`.
    public static func system(timeZone: TimeZone = .current) -> Clock {
        Clock(instant: { Date() }, pinnedDay: nil, timeZone: timeZone)
    }

    /// A clock stopped at `instant`, for tests.
    public static func fixed(_ instant: Date, timeZone: TimeZone = .current) -> Clock {
        Clock(instant: { instant }, pinnedDay: nil, timeZone: timeZone)
    }

    /// A clock whose time is read from `instant`, for tests that move it.
    public static func ticking(_ instant: @escaping @Sendable () -> Date, timeZone: TimeZone = .current) -> Clock {
        Clock(instant: instant, pinnedDay: nil, timeZone: timeZone)
    }

    /// The system clock with today pinned to `day` (the time of day still runs).
    public static func pinned(to day: LocalDate, timeZone: TimeZone = .current) -> Clock {
        Clock(instant: { Date() }, pinnedDay: day, timeZone: timeZone)
    }

    /// The clock the environment asks for: `SHEQU_TODAY=YYYY-MM-DD` pins
    /// today for tests and demonstrations; otherwise the system clock. A
    /// value that is not a date is an error, never silently ignored.
    public static func from(environment: [String: String]) -> Result<Clock, Localized> {
        guard let text = environment["SHEQU_TODAY"], !text.isEmpty else { return .success(.system()) }
        guard let day = LocalDate.parse(text) else { return .failure(L.badPinnedToday(text)) }
        return .success(.pinned(to: day))
    }

    /// The current instant; on a pinned clock, the pinned day at the
    /// current time of day.
    public func now() -> Date {
        let real = instant()
        guard let pinnedDay else { return real }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        var parts = calendar.dateComponents([.hour, .minute, .second], from: real)
        (parts.year, parts.month, parts.day) = (pinnedDay.year, pinnedDay.month, pinnedDay.day)
        return calendar.date(from: parts) ?? real
    }

    /// Today's date in the clock's zone.
    public func today() -> LocalDate {
        pinnedDay ?? LocalDate.of(instant(), in: timeZone)
    }
}
