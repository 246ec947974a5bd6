import Foundation
import ShequText

/// The period a checklist covers, read from how people write it: a year
/// ("2025年"), a quarter ("2025年第三季度", "2025年第3季度") or a month
/// ("2025年3月") — the monthly safety check of the sources. It orders
/// checklists (March before October, a month before its year's annual
/// one) and proposes the next period when a checklist is copied.
public struct ChecklistPeriod: Comparable, Sendable {
    /// How long a period is.
    public enum Span: String, CaseIterable, Sendable {
        case year, quarter, month

        public var label: Localized { L.checklistPeriodSpan(self) }
    }

    public var year: Int
    public var span: Span
    /// The quarter (1–4) or month (1–12); 0 for a year.
    public var part: Int

    public init(year: Int, span: Span, part: Int = 0) {
        self.year = year
        self.span = span
        self.part = span == .year ? 0 : part
    }

    private static let quarterNames = ["一", "二", "三", "四"]

    /// The period `text` names, or nil when it names none this reads.
    public init?(_ text: String) {
        // Read by hand, not with a regular expression: every checklist's period is read to order them.
        let text = text.halfWidth.trimmed
        if let english = Self.english(text) {
            self = english
            return
        }
        let digits = text.prefix(4)
        guard digits.count == 4, digits.allSatisfy({ $0.isASCII && $0.isNumber }), let year = Int(digits) else {
            return nil
        }
        let afterYear = text.dropFirst(4).drop { $0 == " " }
        guard afterYear.first == "年" else { return nil }
        let rest = afterYear.dropFirst().trimmingCharacters(in: .whitespaces)
        if rest.isEmpty || rest == "度" || rest == "全年" {
            self.init(year: year, span: .year)
        } else if let month = Int(rest.replacingOccurrences(of: "月", with: "").replacingOccurrences(of: "份", with: "")),
            (1...12).contains(month), rest.hasSuffix("月") || rest.hasSuffix("月份")
        {
            self.init(year: year, span: .month, part: month)
        } else if rest.hasPrefix("第"), rest.hasSuffix("季度") {
            let inner = String(rest.dropFirst().dropLast(2))
            guard let quarter = Int(inner) ?? Self.quarterNames.firstIndex(of: inner).map({ $0 + 1 }),
                (1...4).contains(quarter)
            else { return nil }
            self.init(year: year, span: .quarter, part: quarter)
        } else {
            return nil
        }
    }

    /// The English forms `text(.en)` writes: "2025", "2025 Q3", "2025-03".
    private static func english(_ text: String) -> ChecklistPeriod? {
        let parts = text.split(whereSeparator: { $0 == " " || $0 == "-" }).map(String.init)
        guard let first = parts.first, first.count == 4, let year = Int(first) else { return nil }
        switch parts.count {
        case 1: return ChecklistPeriod(year: year, span: .year)
        case 2 where parts[1].hasPrefix("Q"):
            guard let quarter = Int(parts[1].dropFirst()), (1...4).contains(quarter) else { return nil }
            return ChecklistPeriod(year: year, span: .quarter, part: quarter)
        case 2:
            guard let month = Int(parts[1]), (1...12).contains(month) else { return nil }
            return ChecklistPeriod(year: year, span: .month, part: month)
        default: return nil
        }
    }

    /// As people write it: "2025年", "2025年第三季度", "2025年3月".
    public func text(_ language: Language) -> String {
        switch (span, language) {
        case (.year, .zh): "\(year)年"
        case (.quarter, .zh): "\(year)年第\(Self.quarterNames[part - 1])季度"
        case (.month, .zh): "\(year)年\(part)月"
        case (.year, .en): String(year)
        case (.quarter, .en): "\(year) Q\(part)"
        case (.month, .en): "\(year)-" + (part < 10 ? "0" : "") + String(part)
        }
    }

    /// The period after this one, of the same length.
    public var next: ChecklistPeriod {
        switch span {
        case .year: ChecklistPeriod(year: year + 1, span: .year)
        case .quarter:
            part == 4
                ? ChecklistPeriod(year: year + 1, span: .quarter, part: 1)
                : .init(year: year, span: .quarter, part: part + 1)
        case .month:
            part == 12
                ? ChecklistPeriod(year: year + 1, span: .month, part: 1)
                : .init(year: year, span: .month, part: part + 1)
        }
    }

    /// The last month it covers, which orders periods: a month, its quarter, then the year.
    private var lastMonth: Int {
        switch span {
        case .year: 12
        case .quarter: part * 3
        case .month: part
        }
    }

    public static func < (a: ChecklistPeriod, b: ChecklistPeriod) -> Bool {
        (a.year, a.lastMonth, a.span.length) < (b.year, b.lastMonth, b.span.length)
    }
}

extension ChecklistPeriod.Span {
    /// Months it covers.
    var length: Int {
        switch self {
        case .year: 12
        case .quarter: 3
        case .month: 1
        }
    }
}

extension Checklist {
    /// The period it covers, when its text names one.
    public var coveredPeriod: ChecklistPeriod? { ChecklistPeriod(period) }
}

extension Array where Element == Checklist {
    /// The checklists latest period first; those whose period does not
    /// read keep their file order after them, the later in the file first.
    public func latestFirst() -> [Checklist] {
        let keyed = enumerated().map { (index: $0.offset, period: $0.element.coveredPeriod) }
        return keyed.sorted { a, b in
            switch (a.period, b.period) {
            case (let x?, let y?): return x == y ? a.index > b.index : x > y
            case (.some, nil): return true
            case (nil, .some): return false
            case (nil, nil): return a.index > b.index
            }
        }.map { self[$0.index] }
    }
}
