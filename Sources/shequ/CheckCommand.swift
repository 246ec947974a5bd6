import ArgumentParser
import Foundation
import ShequDomain
import ShequStore
import ShequText

/// `shequ check`: validates every file in the data directory.
struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract:
            "Validate every data file and the settings; print each problem as `file: where: what`; "
            + "exit 1 if there is any.")

    @OptionGroup var options: DataOptions

    func run() throws {
        let (config, configProblem) = options.config
        let language = options.resolvedLanguage(config: config)
        let output = StandardOutput(language: language)
        let store = try options.openStore(readOnly: true, language: language)
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: store.root.path, isDirectory: &isFolder), isFolder.boolValue else {
            printError(language(L.noDataDirectory(store.root.path)))
            throw ExitCode(1)
        }
        let snapshot = store.load()
        let trusted = store.trustedReviewers()
        var problems = snapshot.unreadable + trusted.problems
        // Each community is checked on its own (signatures are the costly part), on every core.
        let checked = snapshot.communities.sorted(by: { $0.id < $1.id }).concurrentMap { community in
            (
                id: community.id, problems: CommunityRules.problems(community, trusted: trusted),
                legacy: community.checklists.count {
                    ApprovalSignature.approvalStatus(of: $0, communityID: community.id, trusted: trusted) == .legacy
                }
            )
        }
        for community in checked {
            let file = "communities/\(community.id).json"
            problems += community.problems.map { UnreadableFile(file: file, problem: $0) }
            if snapshot.newerSchema.contains(community.id) { printError(language(L.newerSchemaNote(file))) }
            if community.legacy > 0 { printError(language(L.legacyApprovalsNote(file, community.legacy))) }
        }
        let byName = snapshot.communities.sorted(by: { $0.id < $1.id })
        for (first, second) in NameLook.lookalikes(byName.map(\.name)) {
            let files = [first, second].compactMap { name in
                byName.first { $0.name == name }.map { "communities/\($0.id).json" }
            }
            printError(
                files.joined(separator: ", ") + ": "
                    + language(L.lookalikeName(VisibleText.of(second), VisibleText.of(first))))
        }
        problems += TemplateLibrary(folder: store.root.appendingPathComponent("templates")).problems
        problems.sort { $0.file < $1.file }
        let lines = problems.map { $0.line(language) } + (configProblem.map { [language($0)] } ?? [])
        for line in lines { try output.line(line) }
        let total = snapshot.communities.count + snapshot.unreadable.count
        if lines.isEmpty {
            printError(language(L.checkPassed(total)))
        } else {
            printError(language(L.checkFailed(lines.count)))
            throw ExitCode(1)
        }
    }
}
