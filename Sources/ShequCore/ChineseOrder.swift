import Foundation

/// The one order of names and streets everywhere Shequ lists them: Chinese
/// collation, which sorts Chinese by pinyin (城东, 阜新街, 新城桥) and other
/// text alphabetically. Screens, `list` and every export sort through it.
public enum ChineseOrder {
    private static let locale = Locale(identifier: "zh_CN")
    private static let memo = ComparisonMemo()

    /// True when `a` comes before `b`. Collating costs microseconds and a
    /// screen sorts the same names on every key, so answers are remembered.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        memo.answer(a, b) { a.compare(b, locale: locale) == .orderedAscending }
    }

    /// Remembered answers of `precedes`, by the pair of strings.
    private final class ComparisonMemo: @unchecked Sendable {
        private var answers: [String: Bool] = [:]
        private let lock = NSLock()

        func answer(_ a: String, _ b: String, compute: () -> Bool) -> Bool {
            let key = a + "\u{0}" + b
            lock.lock()
            let known = answers[key]
            lock.unlock()
            if let known { return known }
            let answer = compute()
            lock.lock()
            if answers.count >= 500_000 { answers.removeAll(keepingCapacity: true) }
            answers[key] = answer
            lock.unlock()
            return answer
        }
    }

    /// The distinct non-empty `names`, in order.
    public static func distinct(_ names: some Sequence<String>) -> [String] {
        Set(names.filter { !$0.isEmpty }).sorted(by: precedes)
    }

    /// Communities by street, then by name.
    public static func byStreetThenName(_ a: Community, _ b: Community) -> Bool {
        a.street == b.street ? precedes(a.name, b.name) : precedes(a.street, b.street)
    }

    /// Communities by name.
    public static func byName(_ a: Community, _ b: Community) -> Bool {
        precedes(a.name, b.name)
    }
}
