import ShequText

/// Why a theme file was not used: which file, which line, what is wrong.
public struct ThemeProblem: Error, Equatable, Sendable {
    public var file: String
    public var line: Int?
    public var message: Localized

    public init(file: String = "", line: Int? = nil, message: Localized) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// The same with only the file's name, for the one-line status bar.
    public func shortDescription(_ language: Language) -> String {
        let name = file.split(separator: "/").last.map(String.init) ?? file
        return line.map { "\(name):\($0): \(language(message))" } ?? "\(name): \(language(message))"
    }

    /// "file:line: what", the form editors and compilers use.
    public func description(_ language: Language) -> String {
        line.map { "\(file):\($0): \(language(message))" } ?? "\(file): \(language(message))"
    }
}
