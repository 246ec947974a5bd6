import ArgumentParser
import Foundation
import ShequDomain
import ShequExport
import ShequStore
import ShequText

/// `shequ export`: the printable summary of a year.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract:
            "Write the year's summary of one community, several, a street or all: "
            + "txt for lp, html to print, md, csv or json."
    )

    @OptionGroup var options: DataOptions

    @Option(name: .customLong("community"), help: "A community by id or name; repeat for several.")
    var communities: [String] = []

    @Option(help: "Every community of this street.")
    var street: String?

    @Flag(help: "Every community (the default when none is named).")
    var all = false

    @Option(help: "The year (default: this year).")
    var year: Int?

    @Option(help: "txt, html, md, csv or json.")
    var format: ExportFormat

    @Option(help: "For csv: tasks, activities, checklists or communities.")
    var table: CSVSummary.Table = .tasks

    @Option(help: "The file to write (default: standard output).")
    var output: String?

    @Option(help: "utf-8, or gb18030 for printers and spreadsheets that need it (txt, md, csv).")
    var encoding: TextEncoding = .utf8

    @Flag(
        help: "Succeed although some data files could not be read; the summary still names them.")
    var skipUnreadable = false

    func run() throws {
        let settings = options.settings()
        let language = options.resolvedLanguage(config: settings)
        let store = try options.openStore(readOnly: true, language: language)
        let snapshot = store.load()
        for file in snapshot.unreadable { printError(file.line(language)) }
        let today = try options.clock(language: language).today()
        var request = ExportRequest(year: year ?? today.year)
        request.communities = communities
        request.street = street
        request.all = all
        request.format = format
        request.table = table
        request.language = language
        request.encoding = encoding
        // As the settings say the terminal draws “…”; when they leave it to the terminal, as the language's font does.
        request.ambiguousWide = settings.ambiguous.flatMap { $0 == .auto ? nil : $0 == .wide }
        request.unreadable = snapshot.unreadable
        let showProgress = isatty(STDERR_FILENO) == 1
        let templates = TemplateLibrary(folder: store.root.appendingPathComponent("templates")).templates
        let result = request.render(
            snapshot.communities, today: today, templates: templates, trusted: store.trustedReviewers()
        ) { done, total in
            guard showProgress else { return }
            let bar = ProgressText.bar(done * 100 / max(1, total), width: 30)
            let cells = String(repeating: "#", count: bar.filled) + String(repeating: "-", count: bar.empty)
            FileHandle.standardError.write(Data("\r[\(cells)] \(done)/\(total)".utf8))
            if done == total { FileHandle.standardError.write(Data("\n".utf8)) }
        }
        switch result {
        case .failure(let problem):
            printError(language(problem.message))
            throw ExitCode(1)
        case .success(let data):
            if let output {
                do {
                    try AtomicFile.write(data, to: URL(fileURLWithPath: output), shared: true)
                } catch {
                    printError(error.message(language))
                    throw ExitCode(1)
                }
                printError(language(L.exportedTo(output)))
            } else {
                try StandardOutput(language: language).write(data)
            }
        }
        // The summary was written and names them; the exit status tells a script that communities are missing.
        if !request.leftOut.isEmpty && !skipUnreadable {
            printError(language(L.unreadableNotCounted(request.leftOut.count)))
            throw ExitCode(1)
        }
    }
}

extension ExportFormat: ExpressibleByArgument {}
extension CSVSummary.Table: ExpressibleByArgument {}
extension TextEncoding: ExpressibleByArgument {}
