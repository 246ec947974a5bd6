import ArgumentParser
import Foundation
import ShequDomain
import ShequSync
import ShequText

/// `shequ gate`: what the street office's git server runs on every push.
/// As a `pre-receive` hook it reads "old new ref" lines; as an `update`
/// hook or a gitolite VREF it takes the ref, the old and the new commit as
/// arguments (a VREF's further arguments are ignored). The pusher is
/// `--user`, else `GL_USER` (gitolite), else `SHEQU_USER`; the root is
/// `--root`, else the repository's `shequ-root` file. A refusal is printed
/// in words, in both languages unless `--lang` says one, and the push fails.
struct GateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gate",
        abstract: "Check a push at the street office's git server (a pre-receive or update hook, or a gitolite VREF).")

    @Option(help: "The street office's root key fingerprint (default: the repository's shequ-root file).")
    var root: String?

    @Option(help: "Who is pushing, as the server knows them (default: $GL_USER, else $SHEQU_USER).")
    var user: String?

    @Option(help: "The server's repository (default: $GIT_DIR, else the current folder).")
    var repository: String?

    @Option(name: .customLong("lang"), help: "Language of messages: zh or en (default: both).")
    var language: Language?

    @Argument(help: "An update hook's or a VREF's ref, old and new commit; none for a pre-receive hook.")
    var update: [String] = []

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let folder = URL(
            fileURLWithPath: repository ?? environment["GIT_DIR"] ?? FileManager.default.currentDirectoryPath)
        guard let pinned = root ?? PushGate.pinned(in: folder), Roster.isFingerprint(pinned) else {
            try refuse(L.gateNoPin)
        }
        guard let pusher = user ?? environment["GL_USER"] ?? environment["SHEQU_USER"], !pusher.isEmpty else {
            try refuse(L.gateNoUser)
        }
        var updates: [(ref: String, old: String, new: String)] = []
        if update.count >= 3 {
            updates = [(update[0], update[1], update[2])]
        } else {
            while let line = readLine() {
                let fields = line.split(separator: " ").map(String.init)
                if fields.count == 3 { updates.append((fields[2], fields[0], fields[1])) }
            }
        }
        for (ref, old, new) in updates {
            for language in languages {
                let gate = PushGate(repository: folder, pinned: pinned, language: language)
                if let why = gate.refusal(ref: ref, old: old, new: new, user: pusher) {
                    printError(why)
                    if language == languages.last { throw ExitCode(1) }
                } else {
                    break
                }
            }
        }
    }

    /// The languages refusals are told in.
    private var languages: [Language] { language.map { [$0] } ?? [.zh, .en] }

    private func refuse(_ why: Localized) throws -> Never {
        for language in languages { printError(language(why)) }
        throw ExitCode(1)
    }
}
