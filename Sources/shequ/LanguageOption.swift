import ArgumentParser
import ShequStore
import ShequText

/// `--lang`, for every command: the language of its messages.
struct LanguageOption: ParsableArguments {
    @Option(name: .customLong("lang"), help: "Language of messages: zh or en (default: from the locale).")
    var language: Language?

    /// --lang, else the configuration file, else the locale.
    func resolved(config: Config, environment: [String: String]) -> Language {
        language ?? config.language ?? Language.fromEnvironment(environment)
    }
}
