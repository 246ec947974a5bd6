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
        init(status: Int32, output: String, error: String) {
            self.status = status
            self.output = output
            self.error = error
        }

        /// A run that was not started: the budget was already spent.
        init(stopped: Stop) {
            self.init(status: -1, output: "", error: "")
            self.stopped = stopped
        }

        public var status: Int32
        public var output: String
        public var error: String

        /// Set when the run was stopped (time out, cancel) before it ended.
        public var stopped: Stop?

        public var succeeded: Bool { status == 0 && stopped == nil }
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

    /// Why a run of git was stopped before it ended.
    public enum Stop: Sendable {
        case timedOut, cancelled
    }

    /// Runs `git arguments` in `root`, never asking anything on the terminal;
    /// `environment` is added to this process's own. With a `budget` the run
    /// talks to the remote: ssh is the user's own (`GIT_SSH_COMMAND` or
    /// `core.sshCommand`) with prompts forbidden, and the run is stopped,
    /// with its ssh, when the budget runs out or is cancelled.
    @discardableResult
    public func run(
        _ arguments: [String], input: String? = nil, environment extra: [String: String] = [:],
        budget: SyncBudget? = nil
    ) -> Run {
        var environment = ProcessInfo.processInfo.environment
        environment["GIT_TERMINAL_PROMPT"] = "0"
        if budget != nil, environment["GIT_SSH"] == nil { environment["GIT_SSH_COMMAND"] = promptlessSSH() }
        environment.merge(extra) { $1 }
        return Subprocess.run(["git"] + arguments, in: root, input: input, environment: environment, budget: budget)
    }

    /// The ssh command git is to use: the user's own, from the environment
    /// or git's settings, else plain ssh, with prompts forbidden (a question
    /// would land on the screen, or wait for ever) and a bound on connecting
    /// added unless the user's command already says.
    func promptlessSSH() -> String {
        var command = ProcessInfo.processInfo.environment["GIT_SSH_COMMAND"]?.trimmingCharacters(in: .whitespaces) ?? ""
        if command.isEmpty {
            command = run(["config", "--get", "core.sshCommand"]).output.trimmingCharacters(in: .whitespacesAndNewlines)
        }
        if command.isEmpty { command = "ssh" }
        let said = command.lowercased()
        if !said.contains("batchmode") { command += " -o BatchMode=yes" }
        if !said.contains("connecttimeout") { command += " -o ConnectTimeout=15" }
        return command
    }
}
