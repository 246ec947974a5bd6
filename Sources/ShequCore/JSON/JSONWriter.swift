/// Writes a `JSONValue` as text in the layout Foundation's JSONEncoder uses
/// with sorted keys and unescaped slashes (pretty: two-space indent and
/// `"key" : value`), so files written before this writer existed do not
/// change on their next save and diff cleanly in git.
public enum JSONWriter {
    /// The layout: `pretty` for files, `compact` for digests and signatures.
    public enum Layout: Sendable {
        case pretty, compact
    }

    public static func text(_ value: JSONValue, layout: Layout) -> String {
        var output = ""
        write(value, layout: layout, indent: 0, into: &output)
        return output
    }

    private static func write(_ value: JSONValue, layout: Layout, indent: Int, into output: inout String) {
        switch value {
        case .null: output += "null"
        case .bool(let flag): output += flag ? "true" : "false"
        case .number(let text): output += text
        case .string(let text): writeString(text, into: &output)
        case .array(let elements):
            writeList(elements, open: "[", close: "]", layout: layout, indent: indent, into: &output) {
                write($0, layout: layout, indent: indent + 1, into: &$1)
            }
        case .object(let fields):
            let sorted = fields.sorted { $0.key < $1.key }
            writeList(sorted, open: "{", close: "}", layout: layout, indent: indent, into: &output) { field, output in
                writeString(field.key, into: &output)
                output += layout == .pretty ? " : " : ":"
                write(field.value, layout: layout, indent: indent + 1, into: &output)
            }
        }
    }

    private static func writeList<Element>(
        _ elements: [Element], open: String, close: String, layout: Layout, indent: Int, into output: inout String,
        element: (Element, inout String) -> Void
    ) {
        output += open
        guard layout == .pretty else {
            for (index, value) in elements.enumerated() {
                if index > 0 { output += "," }
                element(value, &output)
            }
            output += close
            return
        }
        let inner = String(repeating: "  ", count: indent + 1)
        output += "\n"
        for (index, value) in elements.enumerated() {
            output += inner
            element(value, &output)
            output += index < elements.count - 1 ? ",\n" : "\n"
        }
        if elements.isEmpty { output += "\n" }
        output += String(repeating: "  ", count: indent) + close
    }

    private static func writeString(_ text: String, into output: inout String) {
        // Most text needs no escape: copy it whole.
        if !text.utf8.contains(where: { $0 < 0x20 || $0 == 0x22 || $0 == 0x5C }) {
            output += "\"" + text + "\""
            return
        }
        output += "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": output += "\\\""
            case "\\": output += "\\\\"
            case "\n": output += "\\n"
            case "\r": output += "\\r"
            case "\t": output += "\\t"
            case "\u{8}": output += "\\b"
            case "\u{C}": output += "\\f"
            case "\u{0}"..."\u{1F}":
                let hex = String(scalar.value, radix: 16)
                output += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: output.unicodeScalars.append(scalar)
            }
        }
        output += "\""
    }
}
