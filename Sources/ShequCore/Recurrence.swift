/// How often a periodic target asks for activity: "每月一次", "5、6、7、8月份
/// 至少每半月一次", once a term. Periods without a linked activity are shown
/// as missing.
public struct Recurrence: Codable, Equatable, Sendable {
    /// The length of one period.
    public enum Period: String, Codable, CaseIterable, Sendable {
        case month, halfMonth, quarter, term

        public var label: Localized {
            switch self {
            case .month: Localized(zh: "每月", en: "Monthly")
            case .halfMonth: Localized(zh: "每半月", en: "Half-monthly")
            case .quarter: Localized(zh: "每季度", en: "Quarterly")
            case .term: Localized(zh: "每学期", en: "Each term")
            }
        }
    }

    public var period: Period
    /// The months (1–12) the recurrence applies in; empty means all year.
    public var months: [Int]

    public init(period: Period, months: [Int] = []) {
        self.period = period
        self.months = months
    }

    /// The periods of `year`, in order, limited to the chosen months.
    public func periods(in year: Int) -> [DatePeriod] {
        let chosen = months.isEmpty ? Array(1...12) : months.sorted()
        func date(_ month: Int, _ day: Int) -> LocalDate {
            LocalDate(year: year, month: month, day: min(day, LocalDate.days(inMonth: month, year: year))) ?? LocalDate(
                year: year, month: 1, day: 1)!
        }
        switch period {
        case .month:
            return chosen.map {
                DatePeriod(
                    start: date($0, 1), end: date($0, 31),
                    label: L.monthName($0))
            }
        case .halfMonth:
            return chosen.flatMap { month in
                [
                    DatePeriod(
                        start: date(month, 1), end: date(month, 15),
                        label: L.halfMonthPeriod(month, second: false)),
                    DatePeriod(
                        start: date(month, 16), end: date(month, 31),
                        label: L.halfMonthPeriod(month, second: true)),
                ]
            }
        case .quarter:
            return (1...4).map {
                DatePeriod(
                    start: date($0 * 3 - 2, 1), end: date($0 * 3, 31), label: L.quarterPeriod($0))
            }
            .filter { period in chosen.contains { (period.start.month...period.end.month).contains($0) } }
        case .term:
            return [
                DatePeriod(start: date(2, 1), end: date(7, 31), label: L.springTerm),
                DatePeriod(start: date(9, 1), end: date(12, 31), label: L.autumnTerm),
            ].filter { period in chosen.contains { (period.start.month...period.end.month).contains($0) } }
        }
    }

    /// "每月" or "5、6、7、8月 每半月", as the plan states it.
    public func text(_ language: Language) -> String {
        guard !months.isEmpty, months.count < 12 else { return language(period.label) }
        let list = months.sorted().map(String.init).joined(separator: language.listSeparator)
        return language(L.recurrenceInMonths(list, period.label))
    }
}

/// A stretch of days from `start` to `end`, both included.
public struct DatePeriod: Equatable, Sendable {
    public var start: LocalDate
    public var end: LocalDate
    public var label: Localized

    public func contains(_ date: LocalDate) -> Bool {
        start <= date && date <= end
    }
}
