import Foundation

/// The git program, run on a data directory: the engine `shequ sync` drives
/// for history, authorship, offline work and merging. Shequ never writes
/// git's files itself; it only runs `git` and reads what it prints.
public struct GitRepository: Sendable {
    public let root: URL

    public init(root: URL) {
        self.root = root
    }

    /// What one run of git did.
    public struct Run: Sendable {
        public var status: Int32
        public var output: String
        public var error: String

        public var succeeded: Bool { status == 0 }
        /// The output's lines, without the empty last one.
        public var lines: [String] { output.split(separator: "\n").map(String.init) }
    }

    /// True when the git program can be run on this machine.
    public static var isAvailable: Bool {
        GitRepository(root: URL(fileURLWithPath: "/")).run(["--version"]).succeeded
    }

    /// True when `root` is a git repository's work tree.
    public var isRepository: Bool {
        FileManager.default.fileExists(atPath: root.appendingPathComponent(".git").path)
    }

    /// Runs `git arguments` in `root`, never asking anything on the terminal;
    /// `environment` is added to this process's own.
    @discardableResult
    public func run(_ arguments: [String], input: String? = nil, environment extra: [String: String] = [:]) -> Run {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["git"] + arguments
        process.currentDirectoryURL = root
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        environment["GIT_SSH_COMMAND"] = environment["GIT_SSH_COMMAND"] ?? "ssh -o BatchMode=yes"
        environment.merge(extra) { $1 }
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        let feed = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = feed
        do {
            try process.run()
        } catch {
            return Run(status: 127, output: "", error: "git cannot be run: \(error.localizedDescription)")
        }
        if let input { feed.fileHandleForWriting.write(Data(input.utf8)) }
        try? feed.fileHandleForWriting.close()
        // Both pipes are drained while git runs, so a long output cannot block it.
        let errorData = ErrorCollector(error.fileHandleForReading)
        let outputData = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return Run(
            status: process.terminationStatus, output: String(decoding: outputData, as: UTF8.self),
            error: String(decoding: errorData.data, as: UTF8.self))
    }

    /// Reads a pipe to its end on another thread.
    private final class ErrorCollector: @unchecked Sendable {
        private var collected = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            DispatchQueue.global().async {
                self.collected = handle.readDataToEndOfFile()
                self.done.signal()
            }
        }

        var data: Data {
            done.wait()
            return collected
        }
    }
}
