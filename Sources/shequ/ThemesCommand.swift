import ArgumentParser
import Foundation
import ShequCore
import ShequTUI

/// `shequ themes`: lists the themes that can be chosen, and any that are broken.
struct ThemesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "themes", abstract: "List the available themes.")

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let output = StandardOutput(language: Language.fromEnvironment(environment))
        let library = ThemeLibrary.standard(
            environment: environment, configFolder: DataLocation.configDirectory(environment: environment))
        let themes = library.available()
        let width = themes.map { DisplayWidth.of($0.name) }.max() ?? 0
        for (name, file) in themes {
            switch ThemeLibrary.parse(file, name: name) {
            case .success: try output.line(DisplayWidth.fit(name, to: width) + "  " + file.path)
            case .failure(let problem):
                try output.line(DisplayWidth.fit(name, to: width) + "  broken: " + problem.description)
            }
        }
        if themes.isEmpty {
            printError("no theme files found in: " + library.folders.map(\.path).joined(separator: ", "))
        }
    }
}
