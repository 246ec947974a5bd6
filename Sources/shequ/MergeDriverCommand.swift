import ArgumentParser
import Foundation
import ShequDomain
import ShequStore
import ShequSync
import ShequText

/// `shequ merge-driver BASE OURS THEIRS PATH`: what git runs to merge a
/// community file changed on two machines (`shequ sync init` registers it).
/// The file is merged record by record (`ThreeWayMerge`) and written to OURS
/// in the canonical layout; the versions a conflict did not keep are saved
/// under `conflicts/`; a file that does not parse is left to git as a
/// conflict, with the reason.
struct MergeDriverCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "merge-driver",
        abstract: "Merge one community file for git (registered by `shequ sync init`; git passes %O %A %B %P).")

    @Option(name: .customLong("lang"), help: "Language of messages: zh or en (default: from the locale).")
    var language: Language?

    @Argument(help: "The common ancestor's version (%O; empty when the file was added on both sides).")
    var base: String
    @Argument(help: "This machine's version (%A), which the result replaces.")
    var ours: String
    @Argument(help: "The other machine's version (%B).")
    var theirs: String
    @Argument(help: "The file's path in the repository (%P).")
    var path: String

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let language =
            self.language ?? environment[GitSync.languageVariable].flatMap(Language.init(rawValue:))
            ?? Language.fromEnvironment(environment)
        // The store's one reader, with the id the file's path says: what the data directory could not open,
        // the merge does not take either, nor what a newer Shequ wrote, which it would write back in this one's form.
        let id = CommunityFile.id(fromFileName: path)
        func read(_ file: String, side: String) throws -> Community? {
            guard let data = FileManager.default.contents(atPath: file) else { throw ExitCode(1) }
            if data.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) { return nil }
            let problem: FileProblem
            switch CommunityFile.read(at: file, id: id) {
            case .success(let contents) where !contents.isNewerSchema: return contents.community
            case .success(let contents):
                problem = FileProblem(location: "schema", message: L.newerSchema(contents.schema))
            case .failure(.problem(let found)): problem = found
            case .failure(.missing): throw ExitCode(1)
            }
            printError(language(L.mergeUnreadable(path, "\(side): " + problem.text(language))))
            throw ExitCode(1)
        }
        let ancestor = try read(base, side: "base")
        guard let mine = try read(ours, side: "ours"), let other = try read(theirs, side: "theirs") else {
            printError(language(L.mergeUnreadable(path, language(L.mergeEmptySide))))
            throw ExitCode(1)
        }
        let outcome = ThreeWayMerge.merge(base: ancestor, ours: mine, theirs: other, now: Date())
        try CommunityFile.encode(outcome.merged).write(to: URL(fileURLWithPath: ours), options: .atomic)
        guard !outcome.conflicts.isEmpty else { return }
        // The versions a conflict did not keep stay in the repository, whole, beside the merged file.
        let stamp = Self.stamp()
        var kept: [ThreeWayMerge.Side: String] = [:]
        for side in Set(outcome.conflicts.map { $0.kept == .ours ? ThreeWayMerge.Side.theirs : .ours }) {
            let file = "conflicts/\(mine.id)-\(stamp)-\(side.rawValue).json"
            try FileManager.default.createDirectory(atPath: "conflicts", withIntermediateDirectories: true)
            try CommunityFile.encode(side == .ours ? mine : other).write(
                to: URL(fileURLWithPath: file), options: .atomic)
            kept[side] = file
        }
        for conflict in outcome.conflicts {
            let lost: ThreeWayMerge.Side = conflict.kept == .ours ? .theirs : .ours
            let which = language(conflict.kept == .ours ? L.syncKeptOurs : L.syncKeptTheirs)
            printError(
                mine.name + language.colon
                    + language(L.syncConflict(conflict.title, kept: which, file: kept[lost] ?? "conflicts/"))
                    + (conflict.lostForFutureStamp ? language(L.syncLostForFutureStamp) : ""))
        }
    }

    /// The time of the merge, in file names: 20251115-093000.
    private static func stamp() -> String {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let parts = calendar.dateComponents([.year, .month, .day, .hour, .minute, .second], from: Date())
        let date = [parts.year, parts.month, parts.day].map { String(format: "%02d", $0 ?? 0) }.joined()
        let time = [parts.hour, parts.minute, parts.second].map { String(format: "%02d", $0 ?? 0) }.joined()
        return date + "-" + time
    }
}
