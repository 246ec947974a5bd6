import ShequText

/// A data file that could not be opened, and why; it is left untouched.
public struct UnreadableFile: Error, Equatable, Sendable {
    /// Path relative to the data directory, e.g. "communities/c-1.json".
    public var file: String
    public var problem: FileProblem

    public init(file: String, problem: FileProblem) {
        self.file = file
        self.problem = problem
    }

    /// The `file: where: what` line that `shequ check` prints, in `language`.
    public func line(_ language: Language) -> String {
        file + ": " + problem.text(language)
    }
}
