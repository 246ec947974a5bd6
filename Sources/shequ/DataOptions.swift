import ArgumentParser
import Foundation
import ShequDomain
import ShequStore
import ShequSync
import ShequText

/// The options every command shares: where the data is, and the language.
struct DataOptions: ParsableArguments {
    @Option(
        name: .customLong("data-dir"),
        help: "The data directory (default: $SHEQU_DATA_DIR, $XDG_DATA_HOME/shequ or ~/.local/share/shequ).")
    var dataDirectory: String?

    @OptionGroup var languageOption: LanguageOption

    var environment: [String: String] { ProcessInfo.processInfo.environment }

    var dataURL: URL {
        DataLocation.dataDirectory(explicit: dataDirectory, environment: environment)
    }

    /// The language: --lang, else the configuration file, else the locale.
    func resolvedLanguage(config: Config) -> Language {
        languageOption.resolved(config: config, environment: environment)
    }

    /// Opens the data directory's store, or prints why not and exits 1.
    func openStore(readOnly: Bool, language: Language) throws -> CommunityStore {
        do {
            return try CommunityStore(root: dataURL, readOnly: readOnly)
        } catch {
            printError(error.message(language))
            throw ExitCode(1)
        }
    }

    /// Ends the command with a clear message when this machine has no git.
    func requireGit(language: Language) throws {
        guard GitRepository.isAvailable else {
            printError(language(L.gitMissing))
            throw ExitCode(1)
        }
    }

    /// The store, writable and locked for a sync's whole length; refused
    /// while a Shequ session holds the directory.
    func openStoreForSync(language: Language) throws -> CommunityStore {
        let store = try openStore(readOnly: false, language: language)
        if case .readOnly(let why) = store.access {
            // Held by another session, or not writable at all: each said as it is.
            printError(language(why == L.readOnlyLocked ? L.syncOpenElsewhere : why))
            throw ExitCode(1)
        }
        return store
    }

    /// The clock: the system's, or today pinned by `SHEQU_TODAY`; a bad
    /// value is reported and ends the command.
    func clock(language: Language) throws -> Clock {
        switch Clock.from(environment: environment) {
        case .success(let clock): return clock
        case .failure(let why):
            printError(language(why))
            throw ExitCode(2)
        }
    }

    var config: (config: Config, problem: Localized?) {
        Config.load(DataLocation.configFile(environment: environment))
    }

    /// The settings for a command that prints: a broken or unreadable
    /// `config.toml` is reported on standard error and the defaults are used.
    func settings() -> Config {
        let (config, problem) = config
        // The settings name the language, so a problem with them is told in --lang's or the locale's.
        let language = languageOption.language ?? Language.fromEnvironment(environment)
        if let problem { printError(language(problem)) }
        return config
    }
}

extension Language: ExpressibleByArgument {}
extension UserRole: ExpressibleByArgument {}
extension ChecklistState: ExpressibleByArgument {}

/// Prints to standard error.
func printError(_ text: String) {
    let data = Data((text + "\n").utf8)
    let shown = isatty(STDERR_FILENO) == 1 ? LocaleCharset.current.map { $0.converted(data) } ?? data : data
    FileHandle.standardError.write(shown)
}
