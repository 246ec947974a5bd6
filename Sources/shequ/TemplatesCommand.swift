import ArgumentParser
import Foundation
import ShequDomain
import ShequStore
import ShequText

/// `shequ templates`: lists the checklist standards, built in and the user's.
struct TemplatesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "templates", abstract: "List the checklist templates: built-in and those in <data-dir>/templates/."
    )

    @OptionGroup var options: DataOptions

    func run() throws {
        let language = options.resolvedLanguage(config: options.settings())
        let output = StandardOutput(language: language)
        let library = TemplateLibrary(folder: options.dataURL.appendingPathComponent("templates"))
        let rows = library.templates.map { template in
            [
                template.id, language(template.title),
                template.scored ? "\(Target.number(template.threshold))/100" : language(L.passFail),
                String(template.items.count), template.file ?? language(L.builtIn),
            ]
        }
        let table = TextTable(
            header: ["id", language(L.checklist), language(L.score), language(L.items), ""], rows: rows,
            rightAligned: [3])
        try output.write(Data(table.text.utf8))
        for problem in library.problems { printError(problem.line(language)) }
    }
}
