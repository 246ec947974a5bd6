import Foundation

/// The one order of names and streets everywhere Shequ lists them: Chinese
/// collation, which sorts Chinese by pinyin (城东, 阜新街, 新城桥) and other
/// text alphabetically. Screens, `list` and every export sort through it.
public enum ChineseOrder {
    private static let locale = Locale(identifier: "zh_CN")
    private static let memo = ComparisonMemo()

    private static let ranks = Ranks()

    /// True when `a` comes before `b`. Collating costs microseconds and a
    /// screen sorts the same names on every key, so answers are remembered;
    /// names already put in order (`learn`) compare by their places.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        if let (first, second) = ranks.places(a, b) { return first < second }
        return memo.answer(a, b) { a.compare(b, locale: locale) == .orderedAscending }
    }

    /// Takes `names`, put in this order earlier (by the headline index when
    /// it was written), as known: comparing two of them then costs two
    /// lookups. Each neighbour is checked once with this machine's collation
    /// (linear, where sorting is not), so a list from elsewhere, or edited
    /// by hand, is ignored rather than trusted.
    public static func learn(_ names: [String]) {
        for (earlier, later) in zip(names, names.dropFirst())
        where earlier.compare(later, locale: locale) != .orderedAscending {
            return
        }
        ranks.learn(names)
    }

    /// The places of names known to be in order.
    private final class Ranks: @unchecked Sendable {
        private var places: [String: Int] = [:]
        private let lock = NSLock()

        func learn(_ names: [String]) {
            lock.lock()
            places = Dictionary(names.enumerated().map { ($1, $0) }) { first, _ in first }
            lock.unlock()
        }

        func places(_ a: String, _ b: String) -> (Int, Int)? {
            lock.lock()
            defer { lock.unlock() }
            guard let first = places[a], let second = places[b] else { return nil }
            return (first, second)
        }
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
