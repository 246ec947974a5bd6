import ShequText

/// How often a periodic target asks for activity: "每月一次", "5、6、7、8月份
/// 至少每半月一次", once a term. Periods without a linked activity are shown
/// as missing.
public struct Recurrence: Codable, KeepsUnknownFields, Equatable, Sendable {
    /// The length of one period.
    public enum Period: String, Codable, CaseIterable, Sendable {
        case month, halfMonth, quarter, term

        public var label: Localized { L.recurrencePeriod(self) }
    }

    public var period: Period
    /// The months (1–12) the recurrence applies in; empty means all year.
    public var months: [Int]
    /// Whether the target asks for an activity in every period ("每月更换",
    /// "至少每半月一次"): it is met only when no period ended empty. Nil, as
    /// in every file from before, means the count alone decides.
    public var everyPeriod: Bool?

    /// Whether a period that ended without an activity keeps the target from being met.
    public var demandsEveryPeriod: Bool { everyPeriod == true }

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    package enum CodingKeys: String, CodingKey {
        case period, months, everyPeriod
    }

    public init(period: Period, months: [Int] = [], everyPeriod: Bool = false) {
        self.period = period
        self.months = months
        self.everyPeriod = everyPeriod ? true : nil
    }

    /// The periods of `year`, in order, limited to the chosen months. Months
    /// outside 1–12 and years no calendar date has (a broken file's) give none.
    public func periods(in year: Int) -> [DatePeriod] {
        let chosen = (months.isEmpty ? Array(1...12) : months.sorted()).filter { (1...12).contains($0) }
        /// The period from `start` to `end` (month, day; a day past the month's end is its last day).
        func span(_ start: (Int, Int), _ end: (Int, Int), _ label: Localized) -> DatePeriod? {
            func date(_ month: Int, _ day: Int) -> LocalDate? {
                LocalDate(year: year, month: month, day: min(day, LocalDate.days(inMonth: month, year: year)))
            }
            guard let from = date(start.0, start.1), let to = date(end.0, end.1) else { return nil }
            return DatePeriod(start: from, end: to, label: label)
        }
        let touchesChosen = { (period: DatePeriod) in
            chosen.contains { (period.start.month...period.end.month).contains($0) }
        }
        switch period {
        case .month:
            return chosen.compactMap { span(($0, 1), ($0, 31), L.monthName($0)) }
        case .halfMonth:
            return chosen.flatMap { month in
                [
                    span((month, 1), (month, 15), L.halfMonthPeriod(month, second: false)),
                    span((month, 16), (month, 31), L.halfMonthPeriod(month, second: true)),
                ].compactMap { $0 }
            }
        case .quarter:
            return (1...4).compactMap { span(($0 * 3 - 2, 1), ($0 * 3, 31), L.quarterPeriod($0)) }.filter(touchesChosen)
        case .term:
            return [span((2, 1), (7, 31), L.springTerm), span((9, 1), (12, 31), L.autumnTerm)].compactMap { $0 }
                .filter(touchesChosen)
        }
    }

    /// "每月" or "5、6、7、8月 每半月", as the plan states it; "每期不缺" added
    /// when every period must have an activity.
    public func text(_ language: Language) -> String {
        let list = months.sorted().map(String.init).joined(separator: language.listSeparator)
        let stated =
            months.isEmpty || months.count >= 12
            ? language(period.label) : language(L.recurrenceInMonths(list, period.label))
        return demandsEveryPeriod ? language(L.inEveryPeriod(stated)) : stated
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
