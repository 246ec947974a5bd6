import Foundation
import ShequDomain
import ShequText

/// Parses JSON text into a `JSONValue`, strictly (RFC 8259): a problem is
/// reported with its line and column; a key given twice in one object is
/// refused rather than silently resolved; nesting deeper than `maxDepth` is
/// refused so that a hostile file cannot exhaust the stack.
public struct JSONReader {
    public static let maxDepth = 200

    let bytes: [UInt8]
    var offset = 0
    private var depth = 0
    /// Set when activities are read straight into records: the longest text
    /// allowed, and then the activities read.
    private var activityTextLimit: Int?
    private var activities: [Activity]?
    /// One copy of each text read that is too long to be held inline: a
    /// file repeats its titles, places and checklist wording many times.
    private var texts: [Int: String] = [:]

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// The value `bytes` hold: exactly one, with only white space around it.
    public static func parse(_ bytes: [UInt8]) throws(FileProblem) -> JSONValue {
        var reader = JSONReader(bytes)
        return try reader.whole()
    }

    /// The value of a community file, with the list under its top-level key
    /// "activities" (the bulk of the file) read straight into records when
    /// every activity in it is plain; the tree then holds null there. When
    /// one is not, the list stays in the tree, for the careful decoder to
    /// read or to say what is wrong with it.
    static func parseCommunity(
        _ bytes: [UInt8], maxTextLength: Int
    ) throws(FileProblem) -> (value: JSONValue, activities: [Activity]?) {
        var reader = JSONReader(bytes)
        reader.activityTextLimit = maxTextLength
        let value = try reader.whole()
        return (value, reader.activities)
    }

    private mutating func whole() throws(FileProblem) -> JSONValue {
        if bytes.allSatisfy(Self.isWhiteSpace) { throw FileProblem(location: "", message: L.fileEmpty) }
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { offset = 3 }
        do throws(FileProblem) {
            let value = try value()
            skipWhiteSpace()
            if offset < bytes.count { throw problem(L.jsonTrailingText) }
            return value
        } catch {
            // Text is checked as it is read; bytes that are not UTF-8 are the file's first problem.
            guard String(validating: bytes, as: UTF8.self) != nil else {
                throw FileProblem(location: "", message: L.notUTF8)
            }
            throw error
        }
    }

    private static func isWhiteSpace(_ byte: UInt8) -> Bool {
        byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09
    }

    mutating func skipWhiteSpace() {
        while offset < bytes.count, Self.isWhiteSpace(bytes[offset]) { offset += 1 }
    }

    var current: UInt8? { offset < bytes.count ? bytes[offset] : nil }

    mutating func value() throws(FileProblem) -> JSONValue {
        skipWhiteSpace()
        guard let byte = current else { throw problem(L.jsonEndsBeforeValue) }
        switch byte {
        case UInt8(ascii: "{"): return try nested { (reader) throws(FileProblem) in try reader.object() }
        case UInt8(ascii: "["): return try nested { (reader) throws(FileProblem) in try reader.array() }
        case UInt8(ascii: "\""): return .string(try string())
        case UInt8(ascii: "t"): return try literal("true", .bool(true))
        case UInt8(ascii: "f"): return try literal("false", .bool(false))
        case UInt8(ascii: "n"): return try literal("null", .null)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return .number(try number())
        default: throw problem(L.jsonUnexpected(describe(byte)))
        }
    }

    private mutating func nested(
        _ body: (inout JSONReader) throws(FileProblem) -> JSONValue
    ) throws(FileProblem) -> JSONValue {
        depth += 1
        if depth > Self.maxDepth { throw problem(L.jsonTooDeep(Self.maxDepth)) }
        defer { depth -= 1 }
        return try body(&self)
    }

    private mutating func object() throws(FileProblem) -> JSONValue {
        offset += 1
        var fields: [String: JSONValue] = [:]
        fields.reserveCapacity(12)  // an activity has eleven fields: grown once or not at all
        skipWhiteSpace()
        if current == UInt8(ascii: "}") {
            offset += 1
            return .object(fields)
        }
        while true {
            skipWhiteSpace()
            guard current == UInt8(ascii: "\"") else { throw problem(L.jsonFieldNameExpected) }
            let keyStart = offset
            let key = try string()
            skipWhiteSpace()
            guard current == UInt8(ascii: ":") else { throw problem(L.jsonColonExpected(key)) }
            offset += 1
            // One hash of the key: insert, and learn from what was there whether it came twice.
            if fields.updateValue(try fieldValue(key), forKey: key) != nil {
                offset = keyStart
                throw problem(L.jsonFieldTwice(key))
            }
            skipWhiteSpace()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"):
                offset += 1
                return .object(fields)
            case nil: throw problem(L.jsonEndsInObject)
            default: throw problem(L.jsonObjectSeparator)
            }
        }
    }

    /// The value of field `key`: the activities of a community file are
    /// tried straight into records first.
    private mutating func fieldValue(_ key: String) throws(FileProblem) -> JSONValue {
        guard depth == 1, key == "activities", let limit = activityTextLimit, activities == nil else {
            return try value()
        }
        let start = offset
        depth += 2  // the list and an activity; a field this version does not know nests below them
        defer { depth -= 2 }
        if let plain = plainActivities(maxTextLength: limit) {
            activities = plain
            return .null
        }
        offset = start
        return try value()
    }

    private mutating func array() throws(FileProblem) -> JSONValue {
        offset += 1
        var elements: [JSONValue] = []
        elements.reserveCapacity(4)  // grown twice less often; most lists in a file are short
        skipWhiteSpace()
        if current == UInt8(ascii: "]") {
            offset += 1
            return .array(elements)
        }
        while true {
            elements.append(try value())
            skipWhiteSpace()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"):
                offset += 1
                return .array(elements)
            case nil: throw problem(L.jsonEndsInList)
            default: throw problem(L.jsonListSeparator)
            }
        }
    }

    private mutating func literal(_ word: String, _ value: JSONValue) throws(FileProblem) -> JSONValue {
        let expected = Array(word.utf8)
        guard bytes[offset...].starts(with: expected) else { throw problem(L.jsonUnexpected(describe(bytes[offset]))) }
        offset += expected.count
        return value
    }

    mutating func number() throws(FileProblem) -> String {
        let start = offset
        if current == UInt8(ascii: "-") { offset += 1 }
        if current == UInt8(ascii: "0") {
            offset += 1
        } else {
            guard try digits() > 0 else { throw problem(L.jsonDigit) }
        }
        if current == UInt8(ascii: ".") {
            offset += 1
            guard try digits() > 0 else { throw problem(L.jsonDigitAfterPoint) }
        }
        if current == UInt8(ascii: "e") || current == UInt8(ascii: "E") {
            offset += 1
            if current == UInt8(ascii: "+") || current == UInt8(ascii: "-") { offset += 1 }
            guard try digits() > 0 else { throw problem(L.jsonDigitInExponent) }
        }
        return String(decoding: bytes[start..<offset], as: UTF8.self)
    }

    private mutating func digits() throws(FileProblem) -> Int {
        let start = offset
        while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") { offset += 1 }
        return offset - start
    }

    mutating func string() throws(FileProblem) -> String {
        offset += 1
        var scalars = String.UnicodeScalarView()
        var runStart = offset
        while true {
            guard let byte = current else { throw problem(L.jsonEndsInText) }
            switch byte {
            case UInt8(ascii: "\""):
                if scalars.isEmpty {
                    let text = try sharedRun(from: runStart)
                    offset += 1
                    return text
                }
                scalars.append(contentsOf: try run(from: runStart).unicodeScalars)
                offset += 1
                return String(scalars)
            case UInt8(ascii: "\\"):
                scalars.append(contentsOf: try run(from: runStart).unicodeScalars)
                scalars.append(try escape())
                runStart = offset
            case 0..<0x20:
                throw problem(L.jsonControlCharacter)
            default:
                offset += 1
            }
        }
    }

    /// The text from `start` to the offset, as `run(from:)`, but one copy
    /// of each: text longer than fifteen bytes (shorter is held inline) is
    /// found by a hash of its bytes, before any string is made of them.
    private mutating func sharedRun(from start: Int) throws(FileProblem) -> String {
        let slice = bytes[start..<offset]
        guard slice.count > 15 else { return try run(from: start) }
        var hasher = Hasher()
        slice.withUnsafeBytes { hasher.combine(bytes: $0) }
        let hash = hasher.finalize()
        if let known = texts[hash], Self.same(known, slice) { return known }
        let text = try run(from: start)
        texts[hash] = text
        return text
    }

    /// The text from `start` to the offset, which must be UTF-8.
    private func run(from start: Int) throws(FileProblem) -> String {
        // Decoding repairs what is not UTF-8, so text that comes out unlike its bytes was not. (Quicker than
        // `String(validating:)`, which is not specialized for a slice of an array.)
        let slice = bytes[start..<offset]
        let text = String(decoding: slice, as: UTF8.self)
        guard text.utf8.count == slice.count, Self.same(text, slice) else { throw problem(L.notUTF8) }
        return text
    }

    /// Whether `text` is made of exactly the bytes of `slice`: compared as
    /// memory where the text is stored contiguously, as a decoded one is.
    private static func same(_ text: String, _ slice: ArraySlice<UInt8>) -> Bool {
        let compared = text.utf8.withContiguousStorageIfAvailable { stored in
            slice.withUnsafeBufferPointer { read in
                stored.count == read.count
                    && (stored.isEmpty || memcmp(stored.baseAddress!, read.baseAddress!, stored.count) == 0)
            }
        }
        return compared ?? text.utf8.elementsEqual(slice)
    }

    private mutating func escape() throws(FileProblem) -> Unicode.Scalar {
        offset += 1
        guard let byte = current else { throw problem(L.jsonEndsInText) }
        offset += 1
        switch byte {
        case UInt8(ascii: "\""): return "\""
        case UInt8(ascii: "\\"): return "\\"
        case UInt8(ascii: "/"): return "/"
        case UInt8(ascii: "b"): return "\u{8}"
        case UInt8(ascii: "f"): return "\u{C}"
        case UInt8(ascii: "n"): return "\n"
        case UInt8(ascii: "r"): return "\r"
        case UInt8(ascii: "t"): return "\t"
        case UInt8(ascii: "u"):
            let first = try hexQuad()
            if (0xD800..<0xDC00).contains(first), bytes[offset...].starts(with: [0x5C, UInt8(ascii: "u")]) {
                offset += 2
                let second = try hexQuad()
                if (0xDC00..<0xE000).contains(second),
                    let scalar = Unicode.Scalar(0x10000 + ((first - 0xD800) << 10) + (second - 0xDC00))
                {
                    return scalar
                }
            }
            guard let scalar = Unicode.Scalar(first) else {
                offset -= 6
                throw problem(L.jsonLoneSurrogate)
            }
            return scalar
        default:
            offset -= 1
            throw problem(L.jsonUnknownEscape(describe(byte)))
        }
    }

    private mutating func hexQuad() throws(FileProblem) -> UInt32 {
        guard offset + 4 <= bytes.count,
            let value = UInt32(String(decoding: bytes[offset..<offset + 4], as: UTF8.self), radix: 16)
        else { throw problem(L.jsonHexDigits) }
        offset += 4
        return value
    }

    private func describe(_ byte: UInt8) -> String {
        if byte >= 0x21 && byte < 0x7F { return "'\(Character(Unicode.Scalar(byte)))'" }
        let text = String(decoding: bytes[offset...].prefix(4), as: UTF8.self)
        if let first = text.unicodeScalars.first, first.value >= 0x80 { return "'\(first)'" }
        return "0x" + String(byte, radix: 16, uppercase: true)
    }

    /// A problem at the current offset, as line and column a person finds
    /// in an editor (columns count characters, not bytes).
    private func problem(_ detail: Localized) -> FileProblem {
        let before = bytes[..<min(offset, bytes.count)]
        let line = before.reduce(1) { $1 == 0x0A ? $0 + 1 : $0 }
        let lineStart = before.lastIndex(of: 0x0A).map { $0 + 1 } ?? 0
        let column = String(decoding: bytes[lineStart..<before.endIndex], as: UTF8.self).unicodeScalars.count + 1
        return FileProblem(position: FileProblem.Position(line: line, column: column), message: L.notValidJSON(detail))
    }
}
