import ArgumentParser
import Foundation
import ShequStore
import ShequTUI
import ShequText

/// `shequ doctor`: what a clerk sends to whoever helps them: the version,
/// where the data and settings are and how they read, the themes found,
/// the locale, and what the terminal can show.
struct DoctorCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "doctor",
        abstract: "Report the data directory, settings, themes, locale and terminal, to send to whoever helps you.")

    @OptionGroup var options: DataOptions

    func run() throws {
        let environment = options.environment
        let configFile = DataLocation.configFile(environment: environment)
        let (config, configProblem) = Config.load(configFile)
        let language = options.resolvedLanguage(config: config)
        let output = StandardOutput(language: language)
        var lines = [language(L.doctorVersion(Shequ.version, BuildCommit.id))]
        lines.append(language(dataLine(language)))
        let configState: Localized =
            !FileManager.default.fileExists(atPath: configFile.path)
            ? L.doctorConfigMissing : configProblem.map { L.doctorConfigBroken(language($0)) } ?? L.doctorConfigRead
        lines.append(language(L.doctorConfig(configFile.path, configState)))
        let themes = ThemeLibrary.standard(
            environment: environment, configFolder: DataLocation.configDirectory(environment: environment))
        lines.append(
            language(
                L.doctorThemes(
                    themes.available().map { $0.name + language.parenthesized($0.origin.description(language)) }
                        .joined(separator: language.listSeparator))))
        let capabilities = TerminalCapabilities.current()
        let locale = ["LC_ALL", "LC_CTYPE", "LANG"].compactMap { name in
            environment[name].flatMap { $0.isEmpty ? nil : name + "=" + $0 }
        }.joined(separator: " ")
        lines.append(language(L.doctorLocale(locale.isEmpty ? "-" : locale, capabilities.codeset, language.rawValue)))
        if !capabilities.localeInstalled { lines.append(language(L.doctorLocaleMissing)) }
        lines.append(language(L.doctorTerminal(environment["TERM"] ?? "-", capabilities.colours)))
        let probes = TerminalCapabilities.probes.joined(separator: " ")
        lines.append(
            language(
                capabilities.disagreements.isEmpty
                    ? L.doctorWidthsAgree(probes)
                    : L.doctorWidthsDiffer(
                        capabilities.disagreements.map { "\($0.character) \($0.locale)/\($0.shequ)" }.joined(
                            separator: ", "))))
        for line in lines { try output.line(line) }
    }

    /// Where the data is, how many communities it holds and whether it can be written.
    private func dataLine(_ language: Language) -> Localized {
        let path = options.dataURL.path
        guard FileManager.default.fileExists(atPath: path),
            let store = try? CommunityStore(root: options.dataURL, readOnly: true)
        else { return L.doctorDataMissing(path) }
        let snapshot = store.loadHeadlines()
        return L.doctorData(
            path, communities: snapshot.communities.count, unreadable: snapshot.unreadable.count,
            writable: FileManager.default.isWritableFile(atPath: path))
    }
}
