import Foundation

/// How a name looks to a reader, so that two names which print alike but
/// are not the same text (a zero-width space inside, full-width letters,
/// a bidi mark) are told apart before someone picks the wrong one.
public enum NameLook {
    /// The name as it reads: invisible characters removed, compatibility
    /// forms folded (ＡＢ → AB), spaces at the ends trimmed.
    public static func key(_ name: String) -> String {
        let visible = String(String.UnicodeScalarView(name.unicodeScalars.filter { !isInvisible($0) }))
        return visible.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
    }

    /// True for a scalar that takes no room and shows nothing: format
    /// characters (zero-width space and joiners, bidi marks, BOM) and controls.
    static func isInvisible(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.properties.generalCategory {
        case .format, .control: true
        default: false
        }
    }

    /// The other name in `names` that looks like `name` without being it.
    public static func lookalike(of name: String, among names: [String]) -> String? {
        let wanted = key(name)
        return names.first { $0 != name && key($0) == wanted }
    }

    /// Every pair of names that look alike without being the same text,
    /// each pair once, in the order of `names`.
    public static func lookalikes(_ names: [String]) -> [(String, String)] {
        var seen: [String: String] = [:]
        var pairs: [(String, String)] = []
        for name in names {
            let look = key(name)
            if let earlier = seen[look] {
                if earlier != name { pairs.append((earlier, name)) }
            } else {
                seen[look] = name
            }
        }
        return pairs
    }
}
