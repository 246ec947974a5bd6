import Foundation

/// The one order of names and streets everywhere Shequ lists them: Chinese
/// collation, which sorts Chinese by pinyin (城东, 阜新街, 新城桥) and other
/// text alphabetically. Screens, `list` and every export sort through it.
public enum ChineseOrder {
    private static let locale = Locale(identifier: "zh_CN")

    /// The collation itself, uncached.
    private static func collates(_ a: String, before b: String) -> Bool {
        a.compare(b, locale: locale) == .orderedAscending
    }

    private static let memo = ComparisonMemo()

    private static let ranks = Ranks()

    /// True when `a` comes before `b`. Collating costs microseconds and a
    /// screen sorts the same names on every key, so answers are remembered;
    /// names already put in order (`learn`) compare by their places.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        if let (first, second) = ranks.places(a, b) { return first < second }
        return memo.answer(a, b) { collates(a, before: b) }
    }

    /// Takes `names`, put in this order earlier (by the headline index when
    /// it was written), as known: comparing two of them then costs two
    /// lookups. Each neighbour is checked once with this machine's collation
    /// (linear, where sorting is not), so a list from elsewhere, or edited
    /// by hand, is ignored rather than trusted, and what was learned before
    /// is forgotten. Without `checking`, the order is taken as it is.
    public static func learn(_ names: [String], checking: Bool = true) {
        let inOrder = !checking || zip(names, names.dropFirst()).allSatisfy { collates($0, before: $1) }
        ranks.learn(inOrder ? names : [])
    }

    /// The places of names known to be in order.
    private final class Ranks: @unchecked Sendable {
        private var places: [ExactText: Int] = [:]
        private let lock = NSLock()

        func learn(_ names: [String]) {
            lock.lock()
            places = Dictionary(names.enumerated().map { (ExactText($1), $0) }) { first, _ in first }
            lock.unlock()
        }

        /// The place of each of `names`, or nil when one is not known.
        func places(of names: [String]) -> [Int]? {
            lock.lock()
            defer { lock.unlock() }
            var found: [Int] = []
            found.reserveCapacity(names.count)
            for name in names {
                guard let place = places[ExactText(name)] else { return nil }
                found.append(place)
            }
            return found
        }

        func places(_ a: String, _ b: String) -> (Int, Int)? {
            lock.lock()
            defer { lock.unlock() }
            guard let first = places[ExactText(a)], let second = places[ExactText(b)] else { return nil }
            return (first, second)
        }
    }

    /// Remembered answers of `precedes`, by the pair of strings.
    private final class ComparisonMemo: @unchecked Sendable {
        private struct Pair: Hashable {
            var first: ExactText
            var second: ExactText
        }
        private var answers: [Pair: Bool] = [:]
        private let lock = NSLock()

        func answer(_ a: String, _ b: String, compute: () -> Bool) -> Bool {
            let key = Pair(first: ExactText(a), second: ExactText(b))
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

    /// `communities` by name, as `sorted(by: byName)`; when every name is
    /// known (`learn`), by their places, looked up once each rather than
    /// twice per comparison.
    public static func sortedByName(_ communities: [Community]) -> [Community] {
        guard let places = ranks.places(of: communities.map(\.name)) else { return communities.sorted(by: byName) }
        return communities.indices.sorted { places[$0] == places[$1] ? $0 < $1 : places[$0] < places[$1] }
            .map { communities[$0] }
    }
}
