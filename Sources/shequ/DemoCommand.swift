import ArgumentParser
import Foundation
import ShequDomain
import ShequStore
import ShequText

/// `shequ demo`: writes the sample street into the data directory.
struct DemoCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "demo", abstract: "Fill the data directory with the sample street built from the source documents."
    )

    @OptionGroup var options: DataOptions

    @Flag(help: "Write the sample communities even when the data directory already has communities.")
    var force = false

    func run() throws {
        let language = options.resolvedLanguage(config: options.settings())
        let output = StandardOutput(language: language)
        let store = try options.openStore(readOnly: false, language: language)
        do {
            if case .readOnly(let why) = store.access {
                printError(language(why))
                throw ExitCode(1)
            }
            let existing = store.load()
            let count = existing.communities.count + existing.unreadable.count
            if count > 0 && !force {
                printError(language(L.demoRefused(count, options.dataURL.path)))
                throw ExitCode(1)
            }
            let sample = SampleStreet.communities(today: try options.clock(language: language).today())
            var refused = 0
            try store.trust(SampleStreet.reviewer)
            for community in sample {
                if let file = store.refusal(id: community.id)?.protectedFile {
                    printError(language(L.demoKeptFile(file)))
                    refused += 1
                } else {
                    try store.save(community)
                }
            }
            try output.line(language(L.demoWritten(sample.count - refused, options.dataURL.path)))
            if refused > 0 { throw ExitCode(1) }
        } catch let error as StoreError {
            printError(error.message(language))
            throw ExitCode(1)
        }
    }
}
