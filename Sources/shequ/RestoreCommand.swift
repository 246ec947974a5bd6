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
        if let file {
            try restore(file: file, existing: existing, store: store, output: output, language: language)
        } else if let id {
            guard existing[id] == nil else {
                printError(language(L.restoreExists(existing[id]?.name ?? id)))
                throw ExitCode(1)
            }
            if let newest = copies(in: "trash").filter({ $0.hasPrefix("trash/\(id)-") }).last {
                try restore(file: newest, existing: existing, store: store, output: output, language: language)
            } else if let community = lastVersionInHistory(of: id) {
                try save(community, from: language(L.restoreFromHistory), store, output, language)
            } else {
                printError(language(L.restoreNothing(id)))
                throw ExitCode(1)
            }
        } else {
            for path in copies(in: "trash") + copies(in: "conflicts") {
                let name = read(path)?.name ?? "?"
                try output.line(path + "  " + VisibleText.of(name))
            }
        }
    }

    /// The copies in a folder of the data directory, oldest first.
    private func copies(in folder: String) -> [String] {
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: options.dataURL.appendingPathComponent(folder).path))
            ?? []
        return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().map { folder + "/" + $0 }
    }

    /// The community in the copy at `path`, read by the store's one reader.
    private func read(_ path: String) -> Community? {
        // A copy is named by the community's id, then the time: c-demo03-1764750000-….json.
        let name = (path as NSString).lastPathComponent
        guard let match = name.firstMatch(of: /^(.+?)-[0-9]{8,}/) else { return nil }
        let location = options.dataURL.appendingPathComponent(path).path
        guard case .success(let contents) = CommunityFile.read(at: location, id: String(match.1)) else { return nil }
        return contents.community
    }

    private func restore(
        file: String, existing: [String: Community], store: CommunityStore, output: StandardOutput,
        language: Language
    ) throws {
        guard file.hasPrefix("trash/") || file.hasPrefix("conflicts/"), !file.contains(".."),
            let copy = read(file)
        else {
            printError(language(L.restoreNotACopy(file)))
            throw ExitCode(1)
        }
        if let current = existing[copy.id] {
            guard file.hasPrefix("conflicts/") else {
                printError(language(L.restoreExists(current.name)))
                throw ExitCode(1)
            }
            let (merged, taken) = ConflictCopy.takeBack(copy, into: current)
            try save(merged, from: language(L.restoreTakenBack(taken, file)), store, output, language)
        } else {
            try save(copy, from: file, store, output, language)
        }
    }

    private func save(
        _ community: Community, from source: String, _ store: CommunityStore, _ output: StandardOutput,
        _ language: Language
    ) throws {
        do {
            try store.save(community)
        } catch {
            printError(error.message(language))
            throw ExitCode(1)
        }
        try output.line(language(L.restored(VisibleText.of(community.name), source)))
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
