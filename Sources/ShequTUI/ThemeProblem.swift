/// Why a theme file was not used: which file, which line, what is wrong.
public struct ThemeProblem: Error, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var message: String

    public init(file: String = "", line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// The same with only the file's name, for the one-line status bar.
    public var shortDescription: String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return line.map { "\(name):\($0): \(message)" } ?? "\(name): \(message)"
    }

    /// "file:line: what", the form editors and compilers use.
    public var description: String {
        line.map { "\(file):\($0): \(message)" } ?? "\(file): \(message)"
    }
}
