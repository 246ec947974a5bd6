import ArgumentParser
import Foundation
import ShequDomain
import ShequExport

/// `shequ list`: prints records for scripts and spreadsheets.
struct ListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list", abstract: "Print records as a table, CSV or JSON.")

    /// The kinds of record that can be listed.
    enum Kind: String, ExpressibleByArgument, CaseIterable {
        case communities, plans, tasks, activities, checklists
    }

    /// Output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, csv, json
    }

    @Argument(help: "What to list: communities, plans, tasks, activities or checklists.")
    var kind: Kind

    @OptionGroup var options: DataOptions

    @Option(help: "Only this community (id or name).")
    var community: String?

    @Option(help: "Only plans of this year, activities dated in it.")
    var year: Int?

    @Option(help: "Only checklists in this state: draft, submitted, approved or returned.")
    var state: ChecklistState?

    @Option(help: "table, csv or json.")
    var format: Format = .table

    func run() throws {
        let settings = options.settings()
        let language = options.resolvedLanguage(config: settings)
        // The table's columns line up as the terminal draws “…” when the settings say it draws them wide.
        AmbiguousWidth.onScreen = settings.ambiguous == .wide
        let store = try options.openStore(readOnly: true, language: language)
        let snapshot = kind == .communities ? store.loadHeadlines() : store.load()
        for file in snapshot.unreadable { printError(file.line(language)) }
        var communities = snapshot.communities.sorted(by: ChineseOrder.byName)
        if let wanted = community {
            guard let match = communities.named(wanted) else {
                printError(language(communities.notFound(wanted)))
                throw ExitCode(1)
            }
            communities = [match]
        }
        let today = try options.clock(language: language).today()
        let listing: Listing
        switch kind {
        case .communities: listing = Listing.communities(communities, language)
        case .plans: listing = try Listing.plans(communities, year: year, today: today, language)
        case .tasks: listing = try Listing.tasks(communities, year: year, today: today, language)
        case .activities: listing = try Listing.activities(communities, year: year, language)
        case .checklists:
            listing = try Listing.checklists(communities, state: state, trusted: store.trustedReviewers(), language)
        }
        let output = StandardOutput(language: language)
        switch format {
        case .table:
            let rows = listing.rows.map { $0.map { VisibleText.of($0) } }
            let table = TextTable(header: listing.header, rows: rows, rightAligned: listing.rightAligned)
            try output.write(Data(table.text.utf8))
        case .csv:
            try output.write(try CSVDocument.data(header: listing.header, rows: listing.rows))
        case .json:
            try output.write(try listing.json())
        }
    }
}
