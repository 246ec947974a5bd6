/// The fields of one record that this version of Shequ does not know: a
/// newer version's additions or a hand-added field. They are kept as read
/// and written back on save, so no edit, import or merge drops them.
public struct UnknownFields: Hashable, Sendable {
    public var values: [String: JSONValue]

    public init(_ values: [String: JSONValue] = [:]) {
        self.values = values
    }

    public var isEmpty: Bool { values.isEmpty }
}

/// A record that carries the fields it does not know. `JSONTreeDecoder`
/// fills `unknownFields` with every key the record's decoding did not read,
/// and `JSONTreeEncoder` writes them beside the ones it knows.
public protocol KeepsUnknownFields {
    var unknownFields: UnknownFields { get set }
}
