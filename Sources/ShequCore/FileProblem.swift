import Foundation

/// What is wrong inside one data file and where: a JSON syntax error with
/// its line and column, or a field with the wrong type or value.
public struct FileProblem: Error, Equatable, Sendable {
    /// Where in the file: "line 3, column 7", a field path such as
    /// "contacts[0].phone", or empty when the whole file is meant.
    public var location: String
    public var message: String

    public init(location: String, message: String) {
        self.location = location
        self.message = message
    }

    /// Turns a decoder's error into a location a person can find in an
    /// editor: the field path for type errors, line and column for syntax.
    init(decodingError: DecodingError, data: Data) {
        switch decodingError {
        case .keyNotFound(let key, let context):
            self.init(location: Self.path(context.codingPath), message: "missing field \"\(key.stringValue)\"")
        case .typeMismatch(let type, let context):
            self.init(location: Self.path(context.codingPath), message: "expected \(Self.describe(type))")
        case .valueNotFound(let type, let context):
            self.init(location: Self.path(context.codingPath), message: "expected \(Self.describe(type)), found null")
        case .dataCorrupted(let context):
            if context.codingPath.isEmpty {
                self = Self.syntaxProblem(in: data)
            } else {
                self.init(location: Self.path(context.codingPath), message: context.debugDescription)
            }
        @unknown default:
            self.init(location: "", message: String(describing: decodingError))
        }
    }

    private static func path(_ codingPath: [any CodingKey]) -> String {
        var text = ""
        for key in codingPath {
            if let index = key.intValue {
                text += "[\(index)]"
            } else {
                text += text.isEmpty ? key.stringValue : "." + key.stringValue
            }
        }
        return text
    }

    private static func describe(_ type: Any.Type) -> String {
        switch type {
        case is Int.Type: return "a whole number"
        case is String.Type: return "text"
        case is Date.Type: return "an ISO 8601 date"
        case is Bool.Type: return "true or false"
        default:
            let name = String(describing: type)
            return name.hasPrefix("Array") ? "a list" : name.hasPrefix("Dictionary") ? "an object" : name
        }
    }

    /// Locates a JSON syntax error. The decoder does not say where, so the
    /// parser is asked again for the offset, which becomes line and column.
    private static func syntaxProblem(in data: Data) -> FileProblem {
        if data.isEmpty { return FileProblem(location: "", message: "the file is empty") }
        guard let text = String(data: data, encoding: .utf8) else {
            return FileProblem(location: "", message: "not UTF-8 text")
        }
        var detail = ""
        do {
            _ = try JSONSerialization.jsonObject(with: data)
        } catch {
            detail = ((error as NSError).userInfo[NSDebugDescriptionErrorKey] as? String) ?? ""
        }
        guard let range = detail.range(of: #"character \d+"#, options: .regularExpression),
            let offset = Int(detail[range].dropFirst("character ".count))
        else { return FileProblem(location: "", message: "not valid JSON") }
        let before = text.utf8.prefix(offset)
        let line = before.filter { $0 == 0x0A }.count + 1
        let lineStart = before.lastIndex(of: 0x0A).map { before.index(after: $0) } ?? before.startIndex
        let column = (String(text.utf8[lineStart..<before.endIndex]) ?? "").count + 1
        let what = detail.replacingOccurrences(
            of: #"\s*around character \d+\.?"#, with: "", options: .regularExpression)
        return FileProblem(location: "line \(line), column \(column)", message: "not valid JSON: " + what.lowercased())
    }
}
