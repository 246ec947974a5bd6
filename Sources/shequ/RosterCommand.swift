import ArgumentParser
import Foundation
import ShequDomain
import ShequStore
import ShequText

/// `shequ roster`: the street's roster, signed by the street office's root
/// key, and the root fingerprint each machine pins. Trust in reviewers and
/// which clerk keeps which community come from it alone.
struct RosterCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "roster",
        abstract: "The street's signed roster (<data-dir>/reviewers/roster.toml) and its root key.",
        subcommands: [
            Show.self, Root.self, Pin.self, AddReviewer.self, AddClerk.self, Remove.self, StreetLanguage.self,
        ],
        defaultSubcommand: Show.self)

    /// `shequ roster show`: the roster, and whether this machine trusts it.
    struct Show: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show the roster and the pinned root key.")

        @OptionGroup var options: DataOptions

        func run() throws {
            let language = options.resolvedLanguage(config: options.settings())
            let output = StandardOutput(language: language)
            if let pinned = Roster.pinned(in: options.dataURL) { try output.line(language(L.rootPinned(pinned))) }
            if case .success(let roster)? = Roster.load(from: options.dataURL) {
                try output.line(language(L.rosterHeadingReviewers))
                let reviewers = roster.reviewers.map { [VisibleText.of($0.name), $0.user, $0.key] }
                let header = [language(L.reviewer), language(L.serverUser), language(L.publicKey)]
                try output.write(Data(TextTable(header: header, rows: reviewers, rightAligned: []).text.utf8))
                try output.line(language(L.rosterHeadingClerks))
                let clerks = roster.keepers.map {
                    [$0.user, VisibleText.of($0.name), $0.communities.joined(separator: " ")]
                }
                let clerkHeader = [language(L.serverUser), language(L.clerkName), language(L.keptCommunities)]
                try output.write(Data(TextTable(header: clerkHeader, rows: clerks, rightAligned: []).text.utf8))
            }
            let trusted = TrustedReviewers.load(dataDirectory: options.dataURL)
            for problem in trusted.problems { printError(problem.line(language)) }
        }
    }

    /// `shequ roster root`: the street office's root key, made on first use
    /// (0600, outside the data directory); prints its fingerprint, and with
    /// `--pin` pins it for this data directory and signs a first roster.
    struct Root: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Print the street office's root key fingerprint (creating the key on first use).")

        @OptionGroup var options: DataOptions

        @Flag(help: "Also pin it for this data directory and sign an empty roster when there is none.")
        var pin = false

        func run() throws {
            let language = options.resolvedLanguage(config: options.settings())
            let rootKey = try loadRootKey(options, language)
            let fingerprint = Roster.fingerprint(ofKey: rootKey.publicKeyText)
            let output = StandardOutput(language: language)
            try output.line(language(L.rootFingerprint(fingerprint)))
            guard pin else { return }
            try Roster.pin(fingerprint, in: options.dataURL)
            if Roster.load(from: options.dataURL) == nil {
                let store = try options.openStore(readOnly: false, language: language)
                let clock = try options.clock(language: language)
                try write(Roster(root: "", issued: clock.now()).signed(by: rootKey, at: clock.now()), store, language)
            }
            try output.line(language(L.rootPinned(fingerprint)))
        }
    }

    /// `shequ roster pin FINGERPRINT`: trusts the street office's root key
    /// on this machine, as its fingerprint was given by the office.
    struct Pin: ParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Pin the street office's root key fingerprint for this data directory.")

        @OptionGroup var options: DataOptions

        @Argument(help: "The fingerprint, SHA256:…, as `shequ roster root` prints it at the street office.")
        var fingerprint: String

        func run() throws {
            let language = options.resolvedLanguage(config: options.settings())
            guard Roster.isFingerprint(fingerprint) else {
                printError(language(L.notAFingerprint))
                throw ExitCode(2)
            }
            try Roster.pin(fingerprint, in: options.dataURL)
            try StandardOutput(language: language).line(language(L.rootPinned(fingerprint)))
            let trusted = TrustedReviewers.load(dataDirectory: options.dataURL)
            for problem in trusted.problems { printError(problem.line(language)) }
        }
    }

    /// `shequ roster add-reviewer NAME KEY`: a supervisor whose decisions count.
    struct AddReviewer: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-reviewer", abstract: "Add a reviewer to the roster and sign it again.")

        @OptionGroup var options: DataOptions

        @Argument(help: "The reviewer's name, as screens and exports show it.")
        var name: String

        @Argument(help: "Their public key, as `shequ reviewers key` prints it on their machine.")
        var key: String

        @Option(help: "The name the street office's git server knows them by (e.g. their gitolite user).")
        var user = ""

        @Flag(help: "Replace a reviewer of the same name.")
        var replace = false

        func run() throws {
            let language = options.resolvedLanguage(config: options.settings())
            let name = name.trimmed
            guard TrustedReviewers.isPublicKey(key), !name.isEmpty else {
                printError(language(L.badReviewerKey))
                throw ExitCode(2)
            }
            guard key != ReviewSigner.sample?.publicKeyText else {
                printError(language(L.sampleKeyNotInRoster))
                throw ExitCode(2)
            }
            try change(options, language) { roster in
                if !replace, roster.reviewers.contains(where: { $0.name == name && $0.key != key }) {
                    return L.rosterNameTaken(name)
                }
                roster.reviewers.removeAll { $0.name == name || $0.key == key }
                roster.reviewers.append(.init(name: name, key: key, user: user))
                return nil
            }
        }
    }

    /// `shequ roster add-clerk USER --community ID…`: a clerk and the
    /// communities the server lets them change.
    struct AddClerk: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "add-clerk", abstract: "Give a clerk (a server user) the communities they keep.")

        @OptionGroup var options: DataOptions

        @Argument(help: "The name the street office's git server knows them by.")
        var user: String

        @Option(help: "Their name as people know it.")
        var name = ""

        @Option(name: .customLong("community"), help: "A community they keep (its id); repeat for more.")
        var communities: [String] = []

        func run() throws {
            let language = options.resolvedLanguage(config: options.settings())
            try change(options, language) { roster in
                roster.keepers.removeAll { $0.user == user }
                roster.keepers.append(Roster.Keeper(user: user, name: name.trimmed, communities: communities))
                return nil
            }
        }
    }

    /// `shequ roster remove NAME-OR-USER`: takes a reviewer or a clerk off.
    struct Remove: ParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Take a reviewer or a clerk off the roster.")

        @OptionGroup var options: DataOptions

        @Argument(help: "A reviewer's name or key, or a clerk's server user.")
        var who: String

        func run() throws {
            let language = options.resolvedLanguage(config: options.settings())
            try change(options, language) { roster in
                roster.reviewers.removeAll { $0.name == who || $0.key == who || $0.user == who }
                roster.keepers.removeAll { $0.user == who }
                return nil
            }
        }
    }
}

extension RosterCommand {
    /// `shequ roster language zh|en`: the street's language, in which every
    /// change in the shared history is described, whoever made it.
    struct StreetLanguage: ParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "language",
            abstract: "Set the street's language: every change in the shared history is described in it.")

        @OptionGroup var options: DataOptions

        @Argument(help: "zh or en.")
        var street: Language

        func run() throws {
            let language = options.resolvedLanguage(config: options.settings())
            try change(options, language) { roster in
                roster.language = street
                return nil
            }
        }
    }
}

/// The root key of this machine, made on first use.
private func loadRootKey(_ options: DataOptions, _ language: Language) throws -> ReviewSigner {
    let file = DataLocation.rootKeyFile(environment: options.environment)
    switch ReviewSigner.loadOrCreate(at: file) {
    case .success(let key): return key
    case .failure(let problem):
        printError(file.path + ": " + problem.text(language))
        throw ExitCode(1)
    }
}

/// Changes the roster with `edit` (which returns why not, or nil) and signs
/// it again, on the machine holding the root key pinned here only.
private func change(_ options: DataOptions, _ language: Language, _ edit: (inout Roster) -> Localized?) throws {
    let file = DataLocation.rootKeyFile(environment: options.environment)
    let pinned = Roster.pinned(in: options.dataURL)
    guard FileManager.default.fileExists(atPath: file.path), let pinned else {
        printError(language(L.noRootKeyHere))
        throw ExitCode(1)
    }
    let rootKey = try loadRootKey(options, language)
    guard Roster.fingerprint(ofKey: rootKey.publicKeyText) == pinned else {
        printError(language(L.noRootKeyHere))
        throw ExitCode(1)
    }
    let clock = try options.clock(language: language)
    var roster: Roster
    switch Roster.load(from: options.dataURL) {
    case .success(let existing)? where existing.refusal(pinned: pinned) == nil: roster = existing
    case .failure(let problem)?:
        printError("reviewers/\(Roster.fileName): " + problem.text(language))
        throw ExitCode(1)
    default: roster = Roster(root: "", issued: clock.now())
    }
    if let why = edit(&roster) {
        printError(language(why))
        throw ExitCode(1)
    }
    let store = try options.openStore(readOnly: false, language: language)
    try write(roster.signed(by: rootKey, at: clock.now()), store, language)
}

private func write(_ roster: Roster, _ store: CommunityStore, _ language: Language) throws {
    do {
        try store.write(roster)
    } catch {
        printError(error.message(language))
        throw ExitCode(1)
    }
    try StandardOutput(language: language).line(
        language(L.rosterSigned(roster.reviewers.count, roster.keepers.count)))
}
