import ArgumentParser
import Foundation
import ShequSync
import ShequText

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
        try options.requireGit(language: language)
        guard GitRepository(root: options.dataURL).isRepository else {
            printError(language(L.syncNotSetUp))
            throw ExitCode(1)
        }
        var communityID: String?
        if let community {
            let store = try options.openStore(readOnly: true, language: language)
            let communities = store.loadHeadlines().communities
            guard let found = communities.named(community) else {
                printError(language(communities.notFound(community)))
                throw ExitCode(1)
            }
            communityID = found.id
        }
        let sync = GitSync(root: options.dataURL, language: language)
        for entry in sync.history(communityID: communityID) {
            try output.line("\(entry.date)  \(entry.author)  \(entry.change)")
        }
    }
}
