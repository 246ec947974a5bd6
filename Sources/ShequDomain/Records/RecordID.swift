/// Generates record identifiers: a prefix ("c" for a community, "p" plan,
/// "t" task, "a" activity), a hyphen and eight random lowercase letters and
/// digits, unrelated to anything the user typed.
public enum RecordID {
    private static let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")

    /// A fresh identifier that is not in `taken`.
    public static func generate(prefix: String = "c", avoiding taken: Set<String>) -> String {
        var generator = SystemRandomNumberGenerator()
        while true {
            let id = prefix + "-" + String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
            if !taken.contains(id) { return id }
        }
    }

    /// True when `id` has only lowercase letters, digits and hyphens and
    /// starts with a letter or digit (so that `-` or `--force` is never a
    /// file name that a command line takes for an option).
    public static func isValid(_ id: String) -> Bool {
        let alphanumeric = { (scalar: Unicode.Scalar) in ("a"..."z").contains(scalar) || ("0"..."9").contains(scalar) }
        guard let first = id.unicodeScalars.first, alphanumeric(first) else { return false }
        return id.unicodeScalars.allSatisfy { alphanumeric($0) || $0 == "-" }
    }
}
