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

    /// `value` in the layout of the data files (pretty, sorted keys),
    /// ending in a newline: for the files and for `list --format json`.
    public static func fileData<T: Encodable>(_ value: T) throws -> Data {
        Data(JSONWriter.bytes(try encode(value), layout: .pretty) + [0x0A])
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
/// elements of a list, each a finished value (text, numbers, flags) or a
/// nested `TreeEncoder` until `result` is read.
private final class TreeEncoder: Encoder, SingleValueEncodingContainer, CodingPathNode {
    /// The encoder of the value this one is in (which holds this one, hence
    /// unowned), and this one's key there:
    /// the coding path is built from them only when an error needs it.
    private unowned let parent: TreeEncoder?
    private let key: (any CodingKey)?
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    private var single: JSONValue?
    fileprivate var fields: [String: Slot]?
    fileprivate var elements: [Slot]?

    /// A field or element: a value written directly, or one being encoded.
    fileprivate enum Slot {
        case value(JSONValue)
        case nested(TreeEncoder)

        var result: JSONValue {
            switch self {
            case .value(let value): value
            case .nested(let encoder): encoder.result
            }
        }
    }

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
        if T.self == Date.self, let date = value as? Date {
            single = .string(date.formatted(.iso8601))
            return
        }
        try value.encode(to: self)
        // Only objects carry fields; asking every value for a protocol costs a lookup each.
        guard fields != nil, let carrier = value as? any KeepsUnknownFields, !carrier.unknownFields.isEmpty else {
            return
        }
        var known = fields ?? [:]
        for (key, unknown) in carrier.unknownFields.values where known[key] == nil { known[key] = .value(unknown) }
        fields = known
    }

    fileprivate func child(_ key: any CodingKey) -> TreeEncoder {
        let child = TreeEncoder(parent: self, key: key)
        fields?[key.stringValue] = .nested(child)
        return child
    }

    fileprivate func appended() -> TreeEncoder {
        let child = TreeEncoder(parent: self, key: ListIndex(elements?.count ?? 0))
        elements?.append(.nested(child))
        return child
    }

    /// Writes a finished value as a field, or as the next element.
    fileprivate func set(_ key: any CodingKey, _ value: JSONValue) { fields?[key.stringValue] = .value(value) }
    fileprivate func append(_ value: JSONValue) { elements?.append(.value(value)) }

    /// A double as JSON, refused when it is not finite.
    fileprivate func number(_ value: Double, at key: any CodingKey) throws -> JSONValue {
        guard value.isFinite else {
            throw EncodingError.invalidValue(
                value, .init(codingPath: codingPath + [key], debugDescription: "\(value) cannot be written as JSON"))
        }
        return .number(JSONTreeEncoder.numberText(value))
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

    mutating func encodeNil(forKey key: Key) { encoder.set(key, .null) }
    mutating func encode<T: Encodable>(_ value: T, forKey key: Key) throws { try encoder.child(key).box(value) }
    // The common kinds straight into the object, without an encoder each.
    mutating func encode(_ value: String, forKey key: Key) { encoder.set(key, .string(value)) }
    mutating func encode(_ value: Bool, forKey key: Key) { encoder.set(key, .bool(value)) }
    mutating func encode(_ value: Int, forKey key: Key) { encoder.set(key, .number(String(value))) }
    mutating func encode(_ value: Double, forKey key: Key) throws {
        encoder.set(key, try encoder.number(value, at: key))
    }
    mutating func encodeIfPresent(_ value: String?, forKey key: Key) { if let value { encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: Int?, forKey key: Key) { if let value { encode(value, forKey: key) } }
    mutating func encodeIfPresent(_ value: Double?, forKey key: Key) throws {
        if let value { try encode(value, forKey: key) }
    }

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

    mutating func encodeNil() { encoder.append(.null) }
    mutating func encode<T: Encodable>(_ value: T) throws { try encoder.appended().box(value) }
    mutating func encode(_ value: String) { encoder.append(.string(value)) }
    mutating func encode(_ value: Int) { encoder.append(.number(String(value))) }

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
