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

    /// Turns a decoder's error into the path of the field it concerns and
    /// what is wrong there.
    init(decodingError: DecodingError) {
        switch decodingError {
        case .keyNotFound(let key, let context):
            self.init(location: Self.path(context.codingPath), message: "missing field \"\(key.stringValue)\"")
        case .typeMismatch(_, let context), .valueNotFound(_, let context), .dataCorrupted(let context):
            self.init(location: Self.path(context.codingPath), message: context.debugDescription)
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
}
