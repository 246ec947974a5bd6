import ArgumentParser
import Foundation
import ShequDomain
import ShequStore
import ShequTUI
import ShequText

/// `shequ themes`: lists the themes that can be chosen, and any that are broken.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the available themes.")

    @OptionGroup var languageOption: LanguageOption

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let config = Config.load(DataLocation.configFile(environment: environment)).config
        let language = languageOption.resolved(config: config, environment: environment)
        let output = StandardOutput(language: language)
        let library = ThemeLibrary.standard(
            environment: environment, configFolder: DataLocation.configDirectory(environment: environment))
        let themes = library.available()
        let width = themes.map { DisplayWidth.of($0.name) }.max() ?? 0
        for (name, origin) in themes {
            switch library.parse(name, from: origin) {
            case .success: try output.line(DisplayWidth.fit(name, to: width) + "  " + origin.description(language))
            case .failure(let problem):
                try output.line(
                    DisplayWidth.fit(name, to: width) + "  " + language(L.themeBroken(problem.description(language))))
            }
        }
    }
}
