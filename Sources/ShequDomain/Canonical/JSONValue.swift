import ShequText

/// A JSON value as it stands in a file. Numbers keep the text they were
/// written with, so a field this version does not know is written back
/// exactly as it was read.
public enum JSONValue: Hashable, Sendable {
    case null
    case bool(Bool)
    case number(String)
    case string(String)
    case array([JSONValue])
    case object([String: JSONValue])

    /// What kind of value this is, for messages: "text", "a list".
    package var kindDescription: Localized {
        switch self {
        case .null: L.kindNull
        case .bool: L.kindBool
        case .number(let text): Localized(text)
        case .string: L.kindText
        case .array: L.kindList
        case .object: L.kindObject
        }
    }
}
