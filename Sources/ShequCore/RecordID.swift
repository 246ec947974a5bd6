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

    /// True when `id` has only lowercase letters, digits and hyphens.
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty
            && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
