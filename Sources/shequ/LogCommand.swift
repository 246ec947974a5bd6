import ArgumentParser
import Foundation
import ShequCore

/// `shequ log [--community NAME-OR-ID]`: who changed what and when, from
/// the history `shequ sync` keeps: the audit trail of a community.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log", abstract: "Who changed what and when, from the sync history, newest first.")

    @OptionGroup var options: DataOptions

    @Option(help: "Only this community (its name or id).")
    var community: String?

    func run() throws {
        let language = options.resolvedLanguage(config: options.settings())
        let output = StandardOutput(language: language)
        guard GitRepository.isAvailable else {
            printError(language(L.gitMissing))
            throw ExitCode(1)
        }
        let git = GitRepository(root: options.dataURL)
        guard git.isRepository else {
            printError(language(L.syncNotSetUp))
            throw ExitCode(1)
        }
        var paths: [String] = []
        if let community {
            let store = try options.openStore(readOnly: true, language: language)
            guard let found = store.loadHeadlines().communities.named(community) else {
                printError(language(L.unknownCommunity(community)))
                throw ExitCode(1)
            }
            paths = ["--", "communities/\(found.id).json"]
        }
        let log = git.run(
            ["log", "--no-merges", "--date=format:%Y-%m-%d %H:%M", "--format=%ad%x1f%an%x1f%B%x1e"] + paths)
        for entry in log.output.split(separator: "\u{1E}") {
            let parts = entry.split(separator: "\u{1F}", maxSplits: 2).map { String($0).trimmed }
            guard parts.count == 3 else { continue }
            let body = parts[2].split(separator: "\n").map(String.init).filter { !$0.isEmpty }
            // The subject repeats the body's first line when the body lists each community.
            let lines = body.count > 1 ? Array(body.dropFirst()) : body
            for line in lines { try output.line("\(parts[0])  \(parts[1])  \(line)") }
        }
    }
}
