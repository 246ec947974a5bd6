import Foundation

/// The one order of names and streets everywhere Shequ lists them: Chinese
/// collation, which sorts Chinese by pinyin (城东, 阜新街, 新城桥) and other
/// text alphabetically. Screens, `list` and every export sort through it.
public enum ChineseOrder {
    private static let locale = Locale(identifier: "zh_CN")

    /// True when `a` comes before `b`.
    public static func precedes(_ a: String, _ b: String) -> Bool {
        a.compare(b, locale: locale) == .orderedAscending
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
