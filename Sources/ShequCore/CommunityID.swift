/// Generates community identifiers: "c-" and eight random lowercase letters
/// and digits, unrelated to anything the user typed.
public enum CommunityID {
    private static let alphabet = Array("abcdefghijkmnpqrstuvwxyz23456789")

    /// A fresh identifier that is not in `taken`.
    public static func generate(avoiding taken: Set<String>) -> String {
        var generator = SystemRandomNumberGenerator()
        while true {
            let id = "c-" + String((0..<8).map { _ in alphabet.randomElement(using: &generator)! })
            if !taken.contains(id) { return id }
        }
    }

    /// True when `id` has only lowercase letters, digits and hyphens.
    public static func isValid(_ id: String) -> Bool {
        !id.isEmpty && id.unicodeScalars.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
