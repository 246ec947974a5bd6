import Foundation

/// Encodes `Encodable` values into a `JSONValue`, the way Foundation's
/// JSONEncoder would with ISO 8601 dates (nil optionals left out, whole
/// doubles without ".0"), and writes back the unknown fields a record
/// `KeepsUnknownFields` carries beside the fields it knows.
public enum JSONTreeEncoder {
    public static func encode<T: Encodable>(_ value: T) throws -> JSONValue {
        let encoder = TreeEncoder(parent: nil, key: nil)
        try encoder.box(value)
        return encoder.result
    }

    /// A double as Foundation writes it: whole values below 2^53 as
    /// integers, others in Swift's shortest round-trip form.
    public static func numberText(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 9_007_199_254_740_992 {
            return (value.sign == .minus ? "-" : "") + String(Int64(abs(value)))
        }
        let text = value.description
        return text.hasSuffix(".0") ? String(text.dropLast(2)) : text
    }
}

/// One value being encoded: a single value, the fields of an object or the
/// elements of a list, each itself a `TreeEncoder` until `result` is read.
private final class TreeEncoder: Encoder, SingleValueEncodingContainer, CodingPathNode {
    /// The encoder of the value this one is in (which holds this one, hence
    /// unowned), and this one's key there:
    /// the coding path is built from them only when an error needs it.
    private unowned let parent: TreeEncoder?
    private let key: (any CodingKey)?
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var single: JSONValue?
    fileprivate var fields: [String: TreeEncoder]?
    fileprivate var elements: [TreeEncoder]?

    init(parent: TreeEncoder?, key: (any CodingKey)?, value: JSONValue? = nil) {
        self.parent = parent
        self.key = key
        single = value
    }

    var codingPath: [any CodingKey] { path }
    var parentNode: TreeEncoder? { parent }
    var keyInParent: (any CodingKey)? { key }

    var result: JSONValue {
        if let fields { return .object(fields.mapValues(\.result)) }
        if let elements { return .array(elements.map(\.result)) }
        return single ?? .object([:])
    }

    func box<T: Encodable>(_ value: T) throws {
        if let date = value as? Date {
            single = .string(date.formatted(.iso8601))
            return
        }
        try value.encode(to: self)
        guard let carrier = value as? any KeepsUnknownFields, !carrier.unknownFields.isEmpty else { return }
        var known = fields ?? [:]
        for (key, unknown) in carrier.unknownFields.values where known[key] == nil {
            known[key] = TreeEncoder(parent: nil, key: nil, value: unknown)
        }
        fields = known
    }

    fileprivate func child(_ key: any CodingKey) -> TreeEncoder {
        let child = TreeEncoder(parent: self, key: key)
        fields?[key.stringValue] = child
        return child
    }

    fileprivate func appended() -> TreeEncoder {
        let child = TreeEncoder(parent: self, key: ListIndex(elements?.count ?? 0))
        elements?.append(child)
        return child
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) -> KeyedEncodingContainer<Key> {
        if fields == nil { fields = [:] }
        return KeyedEncodingContainer(KeyedWriter<Key>(encoder: self))
    }

    func unkeyedContainer() -> any UnkeyedEncodingContainer {
        if elements == nil { elements = [] }
        return UnkeyedWriter(encoder: self)
    }

    func singleValueContainer() -> any SingleValueEncodingContainer { self }

    // MARK: Single values

    func encodeNil() { single = .null }
    func encode(_ value: Bool) { single = .bool(value) }
    func encode(_ value: String) { single = .string(value) }
    func encode(_ value: Double) throws { try encodeFloat(value) }
    func encode(_ value: Float) throws { try encodeFloat(Double(value)) }
    func encode(_ value: Int) { encodeInteger(value) }
    func encode(_ value: Int8) { encodeInteger(value) }
    func encode(_ value: Int16) { encodeInteger(value) }
    func encode(_ value: Int32) { encodeInteger(value) }
    func encode(_ value: Int64) { encodeInteger(value) }
    func encode(_ value: UInt) { encodeInteger(value) }
    func encode(_ value: UInt8) { encodeInteger(value) }
    func encode(_ value: UInt16) { encodeInteger(value) }
    func encode(_ value: UInt32) { encodeInteger(value) }
    func encode(_ value: UInt64) { encodeInteger(value) }
    func encode<T: Encodable>(_ value: T) throws { try box(value) }

    private func encodeInteger<I: FixedWidthInteger>(_ value: I) { single = .number(String(value)) }

    private func encodeFloat(_ value: Double) throws {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: codingPath, debugDescription: "\(value) cannot be written as JSON"))
        }
        single = .number(JSONTreeEncoder.numberText(value))
    }
}

/// Writes the fields of one object.
private struct KeyedWriter<Key: CodingKey>: KeyedEncodingContainerProtocol {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }

    mutating func encodeNil(forKey key: Key) { encoder.child(key).encodeNil() }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encoder.child(key).box(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type, forKey key: Key
    ) -> KeyedEncodingContainer<NestedKey> {
        encoder.child(key).container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer(forKey key: Key) -> any UnkeyedEncodingContainer {
        encoder.child(key).unkeyedContainer()
    }

    mutating func superEncoder() -> any Encoder { encoder.child(SuperKey()) }
    mutating func superEncoder(forKey key: Key) -> any Encoder { encoder.child(key) }
}

/// Writes the elements of one list, in order.
private struct UnkeyedWriter: UnkeyedEncodingContainer {
    let encoder: TreeEncoder
    var codingPath: [any CodingKey] { encoder.codingPath }
    var count: Int { encoder.elements?.count ?? 0 }

    mutating func encodeNil() { encoder.appended().encodeNil() }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.appended().box(value) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy keyType: NestedKey.Type
    ) -> KeyedEncodingContainer<NestedKey> {
        encoder.appended().container(keyedBy: keyType)
    }

    mutating func nestedUnkeyedContainer() -> any UnkeyedEncodingContainer { encoder.appended().unkeyedContainer() }
    mutating func superEncoder() -> any Encoder { encoder.appended() }
}

/// The key Foundation gives a superclass's fields.
private struct SuperKey: CodingKey {
    var stringValue: String { "super" }
    var intValue: Int? { nil }
    init() {}
    init?(stringValue: String) { nil }
    init?(intValue: Int) { nil }
}
