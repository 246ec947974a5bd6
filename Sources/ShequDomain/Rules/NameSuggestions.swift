/// The names closest to one that matched nothing, for "did you mean": those
/// it begins, those that contain it (or it contains), then those whose
/// pinyin initials match ("fxj", or 付新街 typed for 阜新街 by sound), at
/// most three, in Chinese order within each kind.
public enum NameSuggestions {
    public static func closest(to query: String, among names: [String], limit: Int = 3) -> [String] {
        let wanted = query.trimmed
        guard !wanted.isEmpty else { return [] }
        let lowered = wanted.lowercased()
        let sorted = Array(Set(names)).sorted(by: ChineseOrder.precedes)
        let initials = PinyinInitials.of(wanted)
        let tiers: [(String) -> Bool] = [
            { $0.lowercased().hasPrefix(lowered) },
            { $0.lowercased().contains(lowered) || wanted.contains($0) },
            { PinyinInitials.match(wanted, in: $0) },
            { initials.count >= 2 && PinyinInitials.of($0).hasPrefix(initials) },
        ]
        var found: [String] = []
        for tier in tiers {
            for name in sorted where !found.contains(name) && tier(name) { found.append(name) }
        }
        return Array(found.prefix(limit))
    }
}
