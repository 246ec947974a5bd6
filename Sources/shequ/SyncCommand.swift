import ArgumentParser
import Foundation
import ShequDomain
import ShequStore
import ShequSync
import ShequText

/// `shequ sync` and `shequ sync init`: share the data directory with the
/// other machines of a street through a git repository.
struct SyncCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sync",
        abstract: "Share this data directory with the street office and other clerks through git.",
        subcommands: [SyncNowCommand.self, SyncInitCommand.self], defaultSubcommand: SyncNowCommand.self)
}

/// `shequ sync`: records local changes in words, takes in the others',
/// sends the result, and says what came in.
struct SyncNowCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "now",
        abstract: "Record local changes, take in the others' and send (the default of `shequ sync`).")

    @OptionGroup var options: DataOptions

    @Option(
        help: "Give up talking to the remote after this many seconds (default: sync_timeout in config.toml, or 300).")
    var timeout: Int?

    func validate() throws {
        if let timeout, !Config.syncTimeoutRange.contains(timeout) {
            throw ValidationError("--timeout must be from 5 to 3600 seconds")
        }
    }

    func run() throws {
        let config = options.settings()
        let language = options.resolvedLanguage(config: config)
        let output = StandardOutput(language: language)
        try options.requireGit(language: language)
        let sync = GitSync(root: options.dataURL, language: language)
        guard sync.isSetUp else {
            printError(language(L.syncNotSetUp))
            throw ExitCode(1)
        }
        let seconds = timeout ?? config.syncTimeout ?? SyncBudget.standardSeconds
        // The lock is held for the whole sync, so that no session writes while files are merged.
        let store = try options.openStoreForSync(language: language)
        let outcome = withExtendedLifetime(store) { sync.run(budget: SyncBudget(seconds: seconds)) }
        if let subject = outcome.committed {
            try output.line(language(L.syncCommitted(subject)))
        } else if outcome.failure == nil || outcome.exchange != nil {
            try output.line(language(L.syncNothingLocal))
        }
        if let exchange = outcome.exchange, outcome.failure == nil {
            for line in exchange.conflicts { try output.line(line) }
            if exchange.received.isEmpty {
                try output.line(language(L.syncNothingReceived))
            } else {
                try output.line(language(L.syncReceived))
                for line in exchange.received { try output.line("  " + line) }
            }
            try output.line(language(exchange.retries > 0 ? L.syncSentAfterRetries(exchange.retries) : L.syncSent))
        }
        // Whom this machine trusts, after what came in: a roster or key that does not count is said.
        for problem in TrustedReviewers.load(dataDirectory: options.dataURL).problems {
            printError(problem.line(language))
        }
        guard let failure = outcome.failure else { return }
        let words = language(failure.words(remote: outcome.remote))
        // No remote yet is not a fault: the changes are recorded, to be sent once there is one.
        if failure == .noRemote { return try output.line(words) }
        printError(words)
        throw ExitCode(failure.exitStatus)
    }
}

/// `shequ sync init [--remote URL] [--name NAME]`: makes the data directory
/// a git repository that merges community files record by record.
struct SyncInitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Set the data directory up for sync: a git repository, Shequ's merge driver, the author, the remote.")

    @OptionGroup var options: DataOptions

    @Option(help: "The shared repository: an ssh address, a path or a file:// URL.")
    var remote: String?

    @Option(help: "Your name, recorded with each change (default: name in config.toml).")
    var name: String?

    @Option(help: "The street office's root key fingerprint (SHA256:…, from `shequ roster root` there) to pin.")
    var root: String?

    @Option(help: "The ssh server's host key fingerprint (SHA256:…) to accept without asking.")
    var acceptHostKey: String?

    func run() throws {
        let config = options.settings()
        let language = options.resolvedLanguage(config: config)
        let output = StandardOutput(language: language)
        try options.requireGit(language: language)
        // Set up again (a new remote, a host key to accept), the author stays who they were.
        let recorded = GitRepository(root: options.dataURL).run(["config", "--get", "user.name"]).output.trimmed
        guard let author = name ?? config.name ?? (recorded.isEmpty ? nil : recorded) ?? Self.ask(language) else {
            printError(language(L.syncNeedsName))
            throw ExitCode(1)
        }
        if let root, !Roster.isFingerprint(root) {
            printError(language(L.notAFingerprint))
            throw ExitCode(2)
        }
        let store = try options.openStoreForSync(language: language)
        let sync = GitSync(root: store.root, language: historyLanguage(store, config: config, fallback: language))
        if let failure = sync.setUp(author: author, remote: remote) {
            printError(failure)
            throw ExitCode(1)
        }
        // A name given here is the one the review trail and the signing key go under too, not only git's.
        if let name, name != config.name {
            let file = DataLocation.configFile(environment: options.environment)
            do throws(StoreError) {
                try Config.record(name: name, in: file)
            } catch {
                printError(error.message(language))
            }
            if Config.load(file).config.name == name { try output.line(language(L.nameRecorded(name, file.path))) }
        }
        if let server = sync.server, !server.isKnown {
            try knowHostKey(of: server, output, language)
        }
        if let root {
            try Roster.pin(root, in: store.root)
            try output.line(language(L.rootPinned(root)))
        } else if Roster.pinned(in: store.root) == nil {
            try pinFromRemote(sync, output, language)
        }
        if case .success(let subject?) = sync.commitLocalChanges() {
            try output.line(language(L.syncCommitted(subject)))
        }
        try output.line(language(L.syncInitialized(store.root.path, remote: remote)))
    }

    /// Shows the root fingerprint of the roster the remote holds and pins it
    /// when the person at the terminal says yes, as ssh does with a host key;
    /// without a terminal, or a roster, says that no reviewer counts yet.
    private func pinFromRemote(_ sync: GitSync, _ output: StandardOutput, _ language: Language) throws {
        if let found = sync.remoteRosterFingerprint(), isatty(STDIN_FILENO) == 1 {
            FileHandle.standardError.write(Data(language(L.syncAskPin(found)).utf8))
            if let answer = readLine()?.trimmed.lowercased(), ["yes", "y", "是"].contains(answer) {
                try Roster.pin(found, in: sync.git.root)
                try output.line(language(L.rootPinned(found)))
                return
            }
        }
        printError(language(L.rosterNotPinned))
    }

    /// Shows the fingerprints of the host key a server not yet known offers
    /// and adds it to ssh's known hosts only on an explicit answer: the
    /// fingerprint given with `--accept-host-key`, or yes at the terminal.
    /// Sync never answers ssh's question itself.
    private func knowHostKey(of server: SSHServer, _ output: StandardOutput, _ language: Language) throws {
        let offered = server.offeredKeys()
        guard !offered.isEmpty else { return printError(language(L.syncHostUnreachable(server.host))) }
        if let given = acceptHostKey {
            let matching = offered.filter { $0.fingerprint.hasPrefix(given + " ") || $0.fingerprint == given }
            guard !matching.isEmpty else {
                printError(language(L.syncHostKeyMismatch(server.host, given)))
                throw ExitCode(5)
            }
            try server.accept(matching)
            return try output.line(language(L.syncHostKeyAccepted(server.host)))
        }
        if isatty(STDIN_FILENO) == 1 {
            FileHandle.standardError.write(
                Data(language(L.syncAskHostKey(server.host, offered.map(\.fingerprint))).utf8))
            if let answer = readLine()?.trimmed.lowercased(), ["yes", "y", "是"].contains(answer) {
                try server.accept(offered)
                return try output.line(language(L.syncHostKeyAccepted(server.host)))
            }
        }
        printError(language(L.syncHostKeyNotAccepted(server.host)))
    }

    /// The language the shared history's first commits are written in: the
    /// one asked for (--lang, config.toml), else the data's — Chinese when
    /// the communities have Chinese names, as the screens showed them.
    private func historyLanguage(_ store: CommunityStore, config: Config, fallback: Language) -> Language {
        if let asked = options.languageOption.language ?? config.language { return asked }
        let names = store.loadHeadlines().communities.map(\.name)
        let chinese = names.contains { $0.unicodeScalars.contains { (0x4E00...0x9FFF).contains($0.value) } }
        return chinese ? .zh : fallback
    }

    /// The author's name, asked on the terminal; nil when there is none.
    private static func ask(_ language: Language) -> String? {
        guard isatty(STDIN_FILENO) == 1 else { return nil }
        FileHandle.standardError.write(Data(language(L.syncAskName).utf8))
        return readLine().map(\.trimmed).flatMap { $0.isEmpty ? nil : $0 }
    }
}
