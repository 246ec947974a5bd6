import ArgumentParser
import Foundation
import ShequDomain
import ShequStore
import ShequSync
import ShequText

/// `shequ merge-driver BASE OURS THEIRS PATH`: what git runs to merge a
/// community file changed on two machines (`shequ sync init` registers it).
/// The file is merged record by record (`ThreeWayMerge`) and written to OURS
/// in the canonical layout; the records a conflict did not keep are saved
/// under `conflicts/`, named after whose they were; plans the merge brought
/// together twice are pointed out; a file that does not parse is left to
/// git as a conflict, with the reason.
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
        for plan in outcome.duplicatePlans {
            printError(mine.name + language.colon + language(L.syncDuplicatePlan(plan.year, plan.title)))
        }
        guard !outcome.conflicts.isEmpty else { return }
        // The records a conflict did not keep stay in the repository beside the merged file, each side's in a
        // copy named after whose version it was, so that they are told at their next sync and can take it back.
        let stamp = Self.stamp()
        var kept: [ThreeWayMerge.Side: String] = [:]
        for side in Set(outcome.conflicts.map { $0.kept == .ours ? ThreeWayMerge.Side.theirs : .ours }) {
            let lost = outcome.conflicts.filter { $0.kept != side }
            let copy = ConflictCopy.lostRecords(lost, of: side == .ours ? mine : other)
            let file = "conflicts/\(mine.id)-\(stamp)-\(side.rawValue)-\(ConflictCopy.fileWord(author(of: side))).json"
            try FileManager.default.createDirectory(atPath: "conflicts", withIntermediateDirectories: true)
            try CommunityFile.encode(copy).write(to: URL(fileURLWithPath: file), options: .atomic)
            kept[side] = file
        }
        for conflict in outcome.conflicts {
            let lost: ThreeWayMerge.Side = conflict.kept == .ours ? .theirs : .ours
            let file = kept[lost] ?? "conflicts/"
            let said: Localized
            if conflict.lostToDeletion {
                said = L.syncDeletedAfterChange(conflict.title, file: file)
            } else {
                // Named by whose it was, the line reads right on every machine the merge is told on.
                let which = language(L.syncVersionOf(author(of: conflict.kept)))
                said = L.syncConflict(conflict.title, kept: which, file: file)
            }
            printError(
                mine.name + language.colon + language(said)
                    + (conflict.lostForFutureStamp ? language(L.syncLostForFutureStamp) : ""))
        }
    }

    /// Who made `side`'s version of the file: this machine's author, or
    /// the author of the last commit that changed it on the branch being
    /// merged in (which the sync names in the environment).
    private func author(of side: ThreeWayMerge.Side) -> String {
        let git = GitRepository(root: URL(fileURLWithPath: FileManager.default.currentDirectoryPath))
        guard side == .theirs else { return git.run(["config", "user.name"]).output.trimmed }
        let merging = ProcessInfo.processInfo.environment[GitSync.mergingVariable] ?? "MERGE_HEAD"
        return git.run(["log", "-1", "--format=%an", merging, "--", path]).output.trimmed
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
