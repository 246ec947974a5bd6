/// Thousands separators in a number as clerks type it: "1,200", "12,345.5".
/// A comma anywhere else ("1,2" — what a Chinese IME commits for a comma
/// between two counts — or "12,00") is not a separator, and the number is
/// not taken, rather than read as 12 or 1200.
enum DigitGrouping {
    /// `text` (half-width already) without its separators when every one
    /// stands between groups of three digits of the whole part; the text
    /// as it is when it has none; nil when one stands anywhere else.
    static func ungrouped(_ text: String) -> String? {
        guard text.contains(",") else { return text }
        let sign = text.hasPrefix("-") || text.hasPrefix("+") ? String(text.prefix(1)) : ""
        let unsigned = text.dropFirst(sign.count)
        let whole = unsigned.prefix { $0 != "." }
        let fraction = unsigned.dropFirst(whole.count)
        guard !fraction.contains(",") else { return nil }
        let groups = whole.split(separator: ",", omittingEmptySubsequences: false)
        guard let first = groups.first, (1...3).contains(first.count),
            groups.dropFirst().allSatisfy({ $0.count == 3 }),
            groups.allSatisfy({ $0.allSatisfy(\.isASCIIDigit) })
        else { return nil }
        return sign + groups.joined() + fraction
    }
}

extension Character {
    fileprivate var isASCIIDigit: Bool { isASCII && isNumber }
}
