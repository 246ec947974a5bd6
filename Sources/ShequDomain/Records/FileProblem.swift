import Foundation
import ShequText

/// What is wrong inside one data file and where: a JSON syntax error with
/// its line and column, or a field with the wrong type or value.
public struct FileProblem: Error, Equatable, Sendable {
    /// Where in the file: "line 3, column 7", a field path such as
    /// "contacts[0].phone", or empty when the whole file is meant.
    public var location: String
    /// The line (and column) of a syntax error, as an editor counts them.
    public var position: Position?
    /// What is wrong, in both languages.
    public var message: Localized

    /// A place in a file's text.
    public struct Position: Equatable, Sendable {
        public var line: Int
        public var column: Int?

        public init(line: Int, column: Int? = nil) {
            self.line = line
            self.column = column
        }
    }

    public init(location: String = "", position: Position? = nil, message: Localized) {
        self.location = location
        self.position = position
        self.message = message
    }

    /// "line 3, column 7: not valid JSON: …" (第3行第7列：…), "contacts[0].phone: …",
    /// or just the message when the whole file is meant.
    public func text(_ language: Language) -> String {
        let place = position.map { language(L.atLine($0.line, column: $0.column)) } ?? location
        return place.isEmpty ? language(message) : place + ": " + language(message)
    }

    /// The problem with its place, in both languages, for a message that says it.
    public var described: Localized {
        Localized(zh: text(.zh), en: text(.en))
    }

    /// Turns a decoder's error into the path of the field it concerns and
    /// what is wrong there.
    package init(decodingError: DecodingError) {
        switch decodingError {
        case .keyNotFound(let key, let context):
            self.init(location: Self.path(context.codingPath), message: L.missingField(key.stringValue))
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            // Shequ's decoders put the message in both languages as the underlying error.
            let message = context.underlyingError as? Localized ?? Localized(context.debugDescription)
            self.init(location: Self.path(context.codingPath), message: message)
        @unknown default:
            self.init(location: "", message: Localized(String(describing: decodingError)))
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
}
