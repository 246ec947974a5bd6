import ArgumentParser
import Foundation
import ShequDomain
import ShequStore
import ShequSync
import ShequText

/// `shequ restore`: brings back what a deletion or a merge took away. With
/// no argument it lists what can be brought back; with a community's id it
/// restores the newest copy in `trash/`, else its last version in the
/// shared history; with `--file` a given copy from `trash/`, or takes back
/// a `conflicts/` copy's records into the community as it is now.
struct RestoreCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "restore",
        abstract: "Bring back a deleted community (from trash/ or the history) or a version a merge did not keep.")

    @OptionGroup var options: DataOptions

    @Argument(help: "The deleted community's id (see `shequ restore` for the list).")
    var id: String?

    @Option(help: "A copy to bring back: trash/… or conflicts/… under the data directory.")
    var file: String?

    func run() throws {
        let language = options.resolvedLanguage(config: options.settings())
        let output = StandardOutput(language: language)
        let store = try options.openStore(readOnly: false, language: language)
        let snapshot = store.load()
        let existing = Dictionary(snapshot.communities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let copies = store.restorableCopies()
        guard file != nil || id != nil else {
            for copy in copies { try output.line(copy.path + "  " + VisibleText.of(copy.community.name)) }
            return
        }
        if let id, existing[id] != nil, file == nil {
            printError(language(L.restoreExists(existing[id]?.name ?? id)))
            throw ExitCode(1)
        }
        let copy: RestorableCopy? =
            if let file { store.restorableCopy(at: file) } else {
                copies.last { !$0.isConflictCopy && $0.community.id == id }
            }
        do {
            if let copy {
                let (community, taken) = try store.restore(copy, current: existing[copy.community.id])
                let source = taken.map { language(L.restoreTakenBack($0, copy.path)) } ?? copy.path
                try output.line(language(L.restored(VisibleText.of(community.name), source)))
            } else if file == nil, let id, let community = lastVersionInHistory(of: id) {
                try store.save(community)
                try output.line(language(L.restored(VisibleText.of(community.name), language(L.restoreFromHistory))))
            } else {
                printError(language(file.map(L.restoreNotACopy) ?? L.restoreNothing(id ?? "")))
                throw ExitCode(1)
            }
        } catch let error as StoreError {
            printError(error.message(language))
            throw ExitCode(1)
        }
    }

    /// The community as it was just before a commit of the shared history deleted it.
    private func lastVersionInHistory(of id: String) -> Community? {
        let git = GitRepository(root: options.dataURL)
        guard git.isRepository else { return nil }
        let path = "communities/\(id).json"
        let deleting = git.run(["log", "--diff-filter=D", "--format=%H", "-1", "--", path]).output.trimmed
        guard !deleting.isEmpty else { return nil }
        let shown = git.run(["show", "\(deleting)^:\(path)"])
        guard shown.succeeded else { return nil }
        return try? CommunityFile.decode(Data(shown.output.utf8), id: id).community
    }
}
