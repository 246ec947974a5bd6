/// Makes record identifiers. The program passes one in, so that edits made
/// in `update` are repeatable in tests; the real one is random.
public struct IDGenerator: Sendable {
    private let make: @Sendable (String, Set<String>) -> String

    /// Random identifiers (`RecordID.generate`).
    public static let random = IDGenerator { RecordID.generate(prefix: $0, avoiding: $1) }

    /// The first free of prefix-00000001, prefix-00000002, …: the same
    /// every run, for tests.
    public static let sequential = IDGenerator { prefix, taken in
        var number = 1
        while true {
            let digits = String(number)
            let id = prefix + "-" + String(repeating: "0", count: max(0, 8 - digits.count)) + digits
            if !taken.contains(id) { return id }
            number += 1
        }
    }

    /// A fresh identifier with `prefix` ("c", "p", "t", "a", "k") not in `taken`.
    public func next(prefix: String, avoiding taken: Set<String>) -> String {
        make(prefix, taken)
    }
}
