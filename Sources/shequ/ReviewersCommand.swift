import ArgumentParser
import Foundation
import ShequDomain
import ShequStore
import ShequText

/// `shequ reviewers`: the street's trusted reviewers, whose signed
/// approvals count, and this machine's own signing key.
struct ReviewersCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "reviewers",
        abstract: "Trusted reviewers (<data-dir>/reviewers/) and this supervisor's signing key.",
        subcommands: [List.self, Key.self, Add.self], defaultSubcommand: List.self)

    /// `shequ reviewers list`: every trusted key and whose it is.
    struct List: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List the trusted reviewers.")

        @OptionGroup var options: DataOptions

        func run() throws {
            let language = options.resolvedLanguage(config: options.settings())
            let output = StandardOutput(language: language)
            let trusted = TrustedReviewers.load(dataDirectory: options.dataURL)
            let rows = trusted.reviewers.map { [VisibleText.of($0.name), $0.key] }
            try output.write(
                Data(
                    TextTable(header: [language(L.reviewer), language(L.publicKey)], rows: rows, rightAligned: []).text
                        .utf8))
            for problem in trusted.problems { printError(problem.line(language)) }
        }
    }

    /// `shequ reviewers key`: this machine's public key, made on first use,
    /// as the command that trusts it elsewhere.
    struct Key: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print this supervisor's public key (creating the private key, 0600, on first use).")

        @OptionGroup var options: DataOptions

        func run() throws {
            let config = options.settings()
            let language = options.resolvedLanguage(config: config)
            let file = DataLocation.signingKeyFile(environment: options.environment)
            switch ReviewSigner.loadOrCreate(at: file) {
            case .success(let signer):
                let name = config.name ?? Actor.defaultName(for: .supervisor)
                try StandardOutput(language: language).line(
                    "shequ reviewers add '\(name)' \(signer.publicKeyText)")
            case .failure(let problem):
                printError(file.path + ": " + problem.text(language))
                throw ExitCode(1)
            }
        }
    }

    /// `shequ reviewers add NAME KEY`: trusts a supervisor's key.
    struct Add: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Trust a reviewer's public key in this data directory.")

        @OptionGroup var options: DataOptions

        @Argument(help: "The reviewer's name, as screens and exports show it.")
        var name: String

        @Argument(help: "Their public key, as `shequ reviewers key` prints it on their machine.")
        var key: String

        func run() throws {
            let language = options.resolvedLanguage(config: options.settings())
            guard TrustedReviewers.isPublicKey(key), !name.trimmed.isEmpty else {
                printError(language(L.badReviewerKey))
                throw ExitCode(2)
            }
            guard Roster.pinned(in: options.dataURL) == nil else {
                // With a root pinned, trust comes from the signed roster alone.
                printError(language(L.useRosterToTrust))
                throw ExitCode(1)
            }
            let store = try options.openStore(readOnly: false, language: language)
            do {
                try store.trust(TrustedReviewers.Reviewer(name: name.trimmed, key: key))
            } catch {
                printError(error.message(language))
                throw ExitCode(1)
            }
            try StandardOutput(language: language).line(language(L.reviewerTrusted(VisibleText.of(name.trimmed))))
        }
    }
}
