import ShequText

/// Plausibility check for the telephone numbers clerks type: a mainland
/// mobile number, a landline with or without its area code, or a short
/// public service number, separators allowed.
public enum PhoneNumber {
    /// Nil when `text` looks like a phone number, else why not.
    public static func problem(_ text: String) -> Localized? {
        let allowed = Set("0123456789-+() ")
        guard text.allSatisfy({ allowed.contains($0) }) else { return L.phoneBadCharacters }
        var digits = text.filter(\.isNumber)
        if text.trimmed.hasPrefix("+") {
            guard digits.hasPrefix("86") else { return nil }  // foreign numbers: trust the clerk
            digits.removeFirst(2)
        }
        switch digits.count {
        case 11 where digits.hasPrefix("1"):
            let second = digits[digits.index(after: digits.startIndex)]
            return "3456789".contains(second) ? nil : L.phoneImplausible
        case 3, 5:
            let isServiceNumber = digits.hasPrefix("1") || digits.hasPrefix("9")
            return isServiceNumber ? nil : L.phoneImplausible  // 110, 12345, 95598 and the like
        case 7...8 where !digits.hasPrefix("0") && !digits.hasPrefix("1"):
            return nil  // a local landline without area code
        case 10...12 where digits.hasPrefix("0"):
            return nil  // area code + landline
        default:
            return L.phoneImplausible
        }
    }
}
