/// Writes a `JSONValue` as text in the layout Foundation's JSONEncoder uses
/// with sorted keys and unescaped slashes (pretty: two-space indent and
/// `"key" : value`), so files written before this writer existed do not
/// change on their next save and diff cleanly in git. It writes UTF-8 bytes
/// straight into one buffer.
public enum JSONWriter {
    /// The layout: `pretty` for files, `compact` for digests and signatures.
    public enum Layout: Sendable {
        case pretty, compact
    }

    /// The UTF-8 bytes of `value`.
    public static func bytes(_ value: JSONValue, layout: Layout) -> [UInt8] {
        var output: [UInt8] = []
        append(value, layout: layout, indent: 0, into: &output)
        return output
    }

    /// `value` as text.
    public static func text(_ value: JSONValue, layout: Layout) -> String {
        String(decoding: bytes(value, layout: layout), as: UTF8.self)
    }

    private static func append(_ value: JSONValue, layout: Layout, indent: Int, into output: inout [UInt8]) {
        switch value {
        case .null: output += "null".utf8
        case .bool(let flag): output += (flag ? "true" : "false").utf8
        case .number(let text): output += text.utf8
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            writeList(
                elements, open: UInt8(ascii: "["), close: UInt8(ascii: "]"), layout: layout, indent: indent,
                into: &output
            ) {
                append($0, layout: layout, indent: indent + 1, into: &$1)
            }
        case .object(let fields):
            let sorted = fields.sorted { $0.key < $1.key }
            writeList(
                sorted, open: UInt8(ascii: "{"), close: UInt8(ascii: "}"), layout: layout, indent: indent, into: &output
            ) {
                field, output in
                writeString(field.key, into: &output)
                output += (layout == .pretty ? " : " : ":").utf8
                append(field.value, layout: layout, indent: indent + 1, into: &output)
            }
        }
    }

    private static func writeList<Element>(
        _ elements: [Element], open: UInt8, close: UInt8, layout: Layout, indent: Int, into output: inout [UInt8],
        element: (Element, inout [UInt8]) -> Void
    ) {
        output.append(open)
        guard layout == .pretty else {
            for (index, value) in elements.enumerated() {
                if index > 0 { output.append(UInt8(ascii: ",")) }
                element(value, &output)
            }
            output.append(close)
            return
        }
        output.append(0x0A)
        for (index, value) in elements.enumerated() {
            output.append(contentsOf: repeatElement(0x20, count: 2 * (indent + 1)))
            element(value, &output)
            if index < elements.count - 1 { output.append(UInt8(ascii: ",")) }
            output.append(0x0A)
        }
        if elements.isEmpty { output.append(0x0A) }
        output.append(contentsOf: repeatElement(0x20, count: 2 * indent))
        output.append(close)
    }

    private static func writeString(_ text: String, into output: inout [UInt8]) {
        output.append(UInt8(ascii: "\""))
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "\""): output += "\\\"".utf8
            case UInt8(ascii: "\\"): output += "\\\\".utf8
            case 0x0A: output += "\\n".utf8
            case 0x0D: output += "\\r".utf8
            case 0x09: output += "\\t".utf8
            case 0x08: output += "\\b".utf8
            case 0x0C: output += "\\f".utf8
            case 0x00..<0x20:
                let hex = String(byte, radix: 16)
                output += ("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8
            default: output.append(byte)
            }
        }
        output.append(UInt8(ascii: "\""))
    }
}
