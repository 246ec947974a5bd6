import ArgumentParser
import Foundation
import ShequDomain
import ShequStore
import ShequText

/// `shequ import FILE...`: takes in community files sent from other
/// machines, validating each and merging by id; never overwrites newer data.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract:
            "Take in community files from another machine: validate, merge by id "
            + "(the newer record wins, reviews are unioned), report what changed."
    )

    @OptionGroup var options: DataOptions

    @Argument(help: "Community files (.json) to take in.")
    var files: [String]

    func run() throws {
        let language = options.resolvedLanguage(config: options.settings())
        let output = StandardOutput(language: language)
        let store = try options.openStore(readOnly: false, language: language)
        if case .readOnly(let why) = store.access {
            printError(language(why))
            throw ExitCode(1)
        }
        let snapshot = store.load()
        var communities = Dictionary(snapshot.communities.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let unreadable = Set(snapshot.unreadable.map(\.file))
        var refused = 0
        for path in files {
            switch Self.read(path) {
            case .failure(let refusal):
                for problem in refusal.problems {
                    try output.line(path + ": " + problem.text(language))
                }
                try output.line(language(L.notImported(path)))
                refused += 1
            case .success(let incoming):
                if unreadable.contains("communities/\(incoming.id).json") {
                    try output.line(language(L.localFileUnreadable(path, incoming.id)))
                    refused += 1
                    continue
                }
                let said: String
                do throws(StoreError) {
                    if let local = communities[incoming.id] {
                        let (merged, report) = CommunityMerge.merge(local: local, incoming: incoming)
                        if !report.isEmpty { try store.save(merged) }
                        communities[incoming.id] = merged
                        said = "\(merged.name) (\(merged.id)): \(report.summary(language))"
                    } else {
                        try store.save(incoming)
                        communities[incoming.id] = incoming
                        said = "\(incoming.name) (\(incoming.id)): " + language(L.importedNew)
                    }
                } catch {
                    said = error.message(language)
                    refused += 1
                }
                try output.line("\(path): \(said)")
            }
        }
        if refused > 0 { throw ExitCode(1) }
    }

    /// Why a file is not taken in: every problem found.
    struct Refusal: Error {
        var problems: [FileProblem]
    }

    /// Reads and validates one file with the store's reader: it must parse,
    /// hold the id its name says, carry a schema this Shequ understands, and
    /// meet every record's rules.
    static func read(_ path: String) -> Result<Community, Refusal> {
        let contents: CommunityFile.Contents
        switch CommunityFile.read(at: path, id: CommunityFile.id(fromFileName: path)) {
        case .success(let read): contents = read
        case .failure(.missing):
            return .failure(Refusal(problems: [FileProblem(message: L.noSuchFile)]))
        case .failure(.problem(let problem)): return .failure(Refusal(problems: [problem]))
        }
        if contents.schema > CommunityFile.schemaVersion {
            let problem = FileProblem(
                location: "schema", message: L.newerSchema(contents.schema))
            return .failure(Refusal(problems: [problem]))
        }
        let invalid = CommunityRules.invalid(contents.community)
        return invalid.isEmpty ? .success(contents.community) : .failure(Refusal(problems: invalid))
    }
}
