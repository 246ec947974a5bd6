import Foundation
import ShequDomain
import ShequText

/// Decodes `Decodable` values from a `JSONValue`. Every error carries the
/// path of the field it concerns and says what was found ("expected a whole
/// number, found 1.5"); a record that `KeepsUnknownFields` gets every key its
/// decoding did not read, so that saving it writes them back.
public enum JSONTreeDecoder {
    /// Decodes `type`; text longer than `maxTextLength` characters is an
    /// error, so that no one field can make later work slow.
    public static func decode<T: Decodable>(
        _ type: T.Type, from value: JSONValue, maxTextLength: Int = .max
    ) throws -> T {
        try TreeDecoder(value, parent: nil, key: nil, maxTextLength: maxTextLength).unbox(type)
    }
}

/// One value being decoded, with its place in the tree; it is also the
/// single-value container of that value.
private final class TreeDecoder: Decoder, SingleValueDecodingContainer, CodingPathNode {
    let value: JSONValue
    /// The decoder of the value this one is in, and this one's key there:
    /// the coding path is built from them only when an error needs it.
    private let parent: TreeDecoder?
    private let key: (any CodingKey)?
    let maxTextLength: Int
    var userInfo: [CodingUserInfoKey: Any] { [:] }
    /// The keys of this object that its record's coding keys do not know,
    /// found when the record asks for its keyed container.
    var unknownKeys: [String] = []

    init(_ value: JSONValue, parent: TreeDecoder?, key: (any CodingKey)?, maxTextLength: Int) {
        self.value = value
        self.parent = parent
        self.key = key
        self.maxTextLength = maxTextLength
    }

    var codingPath: [any CodingKey] { path }
    var parentNode: TreeDecoder? { parent }
    var keyInParent: (any CodingKey)? { key }

    /// The decoder of a value inside this one.
    func child(_ value: JSONValue, key: any CodingKey) -> TreeDecoder {
        TreeDecoder(value, parent: self, key: key, maxTextLength: maxTextLength)
    }

    func unbox<T: Decodable>(_ type: T.Type) throws -> T {
        if type == Date.self, let date = try decodeDate() as? T { return date }
        if type == Activity.self, let activity = try decodeActivity() as? T { return activity }
        let decoded: T
        do {
            decoded = try T(from: self)
        } catch DecodingError.dataCorrupted where T.self is any (CaseIterable & RawRepresentable).Type {
            throw corrupted(unknownChoice(T.self as? any (CaseIterable & RawRepresentable).Type))
        }
        // Only objects carry fields; asking a string or a number for a protocol costs a lookup.
        guard case .object(let fields) = value, var carrier = decoded as? any KeepsUnknownFields else {
            return decoded
        }
        carrier.unknownFields = UnknownFields(fields.filter { unknownKeys.contains($0.key) })
        return carrier as? T ?? decoded
    }

    func container<Key: CodingKey>(keyedBy type: Key.Type) throws -> KeyedDecodingContainer<Key> {
        guard case .object(let fields) = value else { throw mismatch([String: JSONValue].self, L.kindObject) }
        unknownKeys = fields.keys.filter { Key(stringValue: $0) == nil }
        return KeyedDecodingContainer(KeyedReader<Key>(decoder: self, fields: fields))
    }

    func unkeyedContainer() throws -> any UnkeyedDecodingContainer {
        guard case .array(let elements) = value else { throw mismatch([JSONValue].self, L.kindList) }
        return UnkeyedReader(decoder: self, elements: elements)
    }

    func singleValueContainer() throws -> any SingleValueDecodingContainer { self }

    // MARK: Single values

    func decodeNil() -> Bool { value == .null }

    func decode(_ type: Bool.Type) throws -> Bool {
        guard case .bool(let flag) = value else { throw mismatch(type, L.kindBool) }
        return flag
    }

    func decode(_ type: String.Type) throws -> String {
        guard case .string(let text) = value else { throw mismatch(type, L.kindText) }
        if text.utf8.count > maxTextLength, text.count > maxTextLength {
            throw corrupted(L.tooLongText(text.count, maxTextLength))
        }
        return text
    }

    func decode(_ type: Double.Type) throws -> Double { try decodeFloat(type) }
    func decode(_ type: Float.Type) throws -> Float { try decodeFloat(type) }
    func decode(_ type: Int.Type) throws -> Int { try decodeInteger(type) }
    func decode(_ type: Int8.Type) throws -> Int8 { try decodeInteger(type) }
    func decode(_ type: Int16.Type) throws -> Int16 { try decodeInteger(type) }
    func decode(_ type: Int32.Type) throws -> Int32 { try decodeInteger(type) }
    func decode(_ type: Int64.Type) throws -> Int64 { try decodeInteger(type) }
    func decode(_ type: UInt.Type) throws -> UInt { try decodeInteger(type) }
    func decode(_ type: UInt8.Type) throws -> UInt8 { try decodeInteger(type) }
    func decode(_ type: UInt16.Type) throws -> UInt16 { try decodeInteger(type) }
    func decode(_ type: UInt32.Type) throws -> UInt32 { try decodeInteger(type) }
    func decode(_ type: UInt64.Type) throws -> UInt64 { try decodeInteger(type) }
    func decode<T: Decodable>(_ type: T.Type) throws -> T { try unbox(type) }

    private func decodeInteger<I: FixedWidthInteger>(_ type: I.Type) throws -> I {
        guard case .number(let text) = value else { throw mismatch(type, L.kindWholeNumber) }
        if let number = I(text) { return number }
        let isWhole = text.allSatisfy { $0.isASCII && ($0.isNumber || $0 == "-") }
        throw corrupted(isWhole ? L.outOfRange(text) : L.expectedFound(L.kindWholeNumber, Localized(text)))
    }

    private func decodeFloat<F: BinaryFloatingPoint & LosslessStringConvertible>(_ type: F.Type) throws -> F {
        guard case .number(let text) = value else { throw mismatch(type, L.kindNumber) }
        guard let number = F(text), number.isFinite else { throw corrupted(L.outOfRange(text)) }
        return number
    }

    /// An activity, the bulk of every file, decoded field by field without
    /// the generic path: the same fields in the same order, the same errors
    /// and the same unknown fields as its synthesized `init(from:)`.
    private func decodeActivity() throws -> Activity {
        typealias Key = Activity.CodingKeys
        guard case .object(let fields) = value else { throw mismatch(Activity.self, L.kindObject) }
        func field(_ key: Key) throws -> TreeDecoder {
            guard let value = fields[key.stringValue] else {
                throw DecodingError.keyNotFound(
                    key, context(L.missingField(key.stringValue)))
            }
            return child(value, key: key)
        }
        func optional(_ key: Key) -> TreeDecoder? {
            fields[key.stringValue].flatMap { $0 == .null ? nil : child($0, key: key) }
        }
        var activity = Activity(
            id: try field(.id).decode(String.self), date: try field(.date).unbox(LocalDate.self),
            title: try field(.title).decode(String.self), kind: try field(.kind).unbox(ActivityKind.self),
            sessions: try field(.sessions).decode(Int.self), participants: try field(.participants).decode(Int.self),
            amount: try optional(.amount)?.decode(Double.self), households: try optional(.households)?.decode(Int.self),
            location: try field(.location).decode(String.self),
            notes: try field(.notes).decode(String.self), taskIDs: try field(.taskIDs).unbox([String].self))
        activity.updatedAt = try optional(.updatedAt)?.unbox(Date.self)
        activity.unknownFields = UnknownFields(fields.filter { Key(stringValue: $0.key) == nil })
        return activity
    }

    private func decodeDate() throws -> Date {
        guard case .string(let text) = value else { throw mismatch(Date.self, L.kindDateTime) }
        guard let date = try? Date(text, strategy: .iso8601) else {
            throw corrupted(L.notADateTime(text))
        }
        return date
    }

    /// "unknown value "x"; one of: a, b" for a value outside an enumeration.
    private func unknownChoice(_ type: (any (CaseIterable & RawRepresentable).Type)?) -> Localized {
        func names<E: CaseIterable & RawRepresentable>(_ type: E.Type) -> [String] {
            type.allCases.map { "\($0.rawValue)" }
        }
        let choices = type.map { names($0) } ?? []
        let found = if case .string(let text) = value { Localized("\"\(text)\"") } else { value.kindDescription }
        return Localized(
            zh: L.unknownChoice(found.zh, choices.joined(separator: ", ")).zh,
            en: L.unknownChoice(found.en, choices.joined(separator: ", ")).en)
    }

    private func mismatch(_ type: Any.Type, _ expected: Localized) -> DecodingError {
        let message = L.expectedFound(expected, value.kindDescription)
        return value == .null ? .valueNotFound(type, context(message)) : .typeMismatch(type, context(message))
    }

    private func corrupted(_ message: Localized) -> DecodingError {
        .dataCorrupted(context(message))
    }

    /// A decoding error's context: the message in English, and in both languages as the underlying error,
    /// which `FileProblem` reports in the user's language.
    fileprivate func context(_ message: Localized) -> DecodingError.Context {
        .init(codingPath: codingPath, debugDescription: message.en, underlyingError: message)
    }
}

/// The fields of one object, read by key; each key read is noted so that
/// the rest can be kept as unknown fields.
private struct KeyedReader<Key: CodingKey>: KeyedDecodingContainerProtocol {
    let decoder: TreeDecoder
    let fields: [String: JSONValue]

    var codingPath: [any CodingKey] { decoder.codingPath }
    var allKeys: [Key] { fields.keys.compactMap { Key(stringValue: $0) } }

    func contains(_ key: Key) -> Bool {
        fields[key.stringValue] != nil
    }

    private func child(_ key: Key) throws -> TreeDecoder {
        guard let value = fields[key.stringValue] else {
            throw DecodingError.keyNotFound(
                key, decoder.context(L.missingField(key.stringValue)))
        }
        return decoder.child(value, key: key)
    }

    func decodeNil(forKey key: Key) throws -> Bool { try child(key).decodeNil() }
    // The common kinds directly, without boxing a single-value container for each.
    func decode(_ type: String.Type, forKey key: Key) throws -> String { try child(key).decode(type) }
    func decode(_ type: Int.Type, forKey key: Key) throws -> Int { try child(key).decode(type) }
    func decode(_ type: Double.Type, forKey key: Key) throws -> Double { try child(key).decode(type) }
    func decode(_ type: Bool.Type, forKey key: Key) throws -> Bool { try child(key).decode(type) }
    func decode<T: Decodable>(_ type: T.Type, forKey key: Key) throws -> T { try child(key).unbox(type) }

    func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type, forKey key: Key
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try child(key).container(keyedBy: type)
    }

    func nestedUnkeyedContainer(forKey key: Key) throws -> any UnkeyedDecodingContainer {
        try child(key).unkeyedContainer()
    }

    func superDecoder() throws -> any Decoder { decoder }
    func superDecoder(forKey key: Key) throws -> any Decoder { try child(key) }
}

/// The elements of one list, read in order.
private struct UnkeyedReader: UnkeyedDecodingContainer {
    let decoder: TreeDecoder
    let elements: [JSONValue]
    var currentIndex = 0

    init(decoder: TreeDecoder, elements: [JSONValue]) {
        self.decoder = decoder
        self.elements = elements
    }

    var codingPath: [any CodingKey] { decoder.codingPath }

    var count: Int? { elements.count }
    var isAtEnd: Bool { currentIndex >= elements.count }

    private mutating func next() throws -> TreeDecoder {
        guard !isAtEnd else {
            throw DecodingError.valueNotFound(
                JSONValue.self, decoder.context(L.listEndsEarly))
        }
        defer { currentIndex += 1 }
        return decoder.child(elements[currentIndex], key: ListIndex(currentIndex))
    }

    mutating func decodeNil() throws -> Bool {
        guard !isAtEnd, elements[currentIndex] == .null else { return false }
        currentIndex += 1
        return true
    }

    mutating func decode(_ type: String.Type) throws -> String { try next().decode(type) }
    mutating func decode(_ type: Int.Type) throws -> Int { try next().decode(type) }
    mutating func decode(_ type: Double.Type) throws -> Double { try next().decode(type) }
    mutating func decode<T: Decodable>(_ type: T.Type) throws -> T { try next().unbox(type) }

    mutating func nestedContainer<NestedKey: CodingKey>(
        keyedBy type: NestedKey.Type
    ) throws -> KeyedDecodingContainer<NestedKey> {
        try next().container(keyedBy: type)
    }

    mutating func nestedUnkeyedContainer() throws -> any UnkeyedDecodingContainer {
        try next().unkeyedContainer()
    }

    mutating func superDecoder() throws -> any Decoder { try next() }
}
