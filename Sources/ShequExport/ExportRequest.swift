import Foundation
import ShequDomain
import ShequText

/// What to export: which communities (by id or name, by street, or all),
/// which year, in which format and language, to which file.
public struct ExportRequest: Equatable, Sendable {
    public var communities: [String] = []
    public var street: String?
    public var all = false
    public var year: Int
    public var format: ExportFormat = .txt
    public var table: CSVSummary.Table = .tasks
    public var language: Language = .zh
    public var encoding: TextEncoding = .utf8
    /// Whether “ ” — … count two cells in the text export: as the screen
    /// draws them when it says, else as the language's printer font does
    /// (two in Chinese).
    public var ambiguousWide: Bool?
    /// Data files that could not be read: a summary of a street or of all
    /// communities, which may have included them, names them.
    public var unreadable: [UnreadableFile] = []

    public init(year: Int) {
        self.year = year
    }

    /// Why an export cannot be made, in the user's words.
    public struct Problem: Error, Equatable, Sendable {
        public var message: Localized
    }

    /// The communities the request covers, and how to name them, or why not.
    public func select(from all: [Community]) -> Result<(communities: [Community], scope: String), Problem> {
        // A year the records could not hold (0, 20250) is refused before anything is looked for in it.
        guard RecordRules.years.contains(year) else { return .failure(Problem(message: L.badYear)) }
        guard encoding.fits(format) else { return .failure(Problem(message: L.encodingNotForFormat(format.rawValue))) }
        var chosen: [Community] = []
        for wanted in communities {
            guard let match = all.named(wanted) else {
                return .failure(Problem(message: all.notFound(wanted)))
            }
            if !chosen.contains(where: { $0.id == match.id }) { chosen.append(match) }
        }
        if let street {
            let inStreet = all.filter { $0.street == street }
            guard !inStreet.isEmpty else {
                let streets = all.map(\.street).filter { !$0.isEmpty }
                return .failure(
                    Problem(
                        message: L.unknownStreet(
                            street, suggestions: NameSuggestions.closest(to: street, among: streets))))
            }
            chosen += inStreet.filter { c in !chosen.contains { $0.id == c.id } }
        }
        if self.all || (communities.isEmpty && street == nil) { chosen = all }
        chosen.sort(by: ChineseOrder.byStreetThenName)
        let hasData = chosen.contains { c in
            c.plans.contains { $0.year == year } || c.activities.contains { $0.date.year == year }
                || c.checklists.contains { $0.belongs(toYear: year) }
        }
        guard !chosen.isEmpty else { return .failure(Problem(message: L.nothingToExport)) }
        guard hasData else { return .failure(Problem(message: L.noDataForYear(year))) }
        let scope: String
        if chosen.count == 1 {
            scope = chosen[0].name
        } else if let street, communities.isEmpty {
            scope = street
        } else if chosen.count == all.count {
            scope = chosen.first?.district.isEmpty == false ? chosen[0].district : language(L.allCommunities)
        } else {
            scope = language(L.selectedCommunities(chosen.count))
        }
        return .success((chosen, scope))
    }

    /// The unreadable files the summary must name: all of them unless only
    /// communities named one by one are asked for.
    public var leftOut: [UnreadableFile] {
        all || street != nil || communities.isEmpty ? unreadable : []
    }

    /// The export's bytes, or why not; `progress` hears of each community
    /// as its part of the summary is computed.
    public func render(
        _ all: [Community], today: LocalDate, templates: [ChecklistTemplate], trusted: TrustedReviewers,
        progress: (Int, Int) -> Void = { _, _ in }
    ) -> Result<Data, Problem> {
        switch select(from: all) {
        case .failure(let problem): return .failure(problem)
        case .success(let (communities, scope)):
            // Printable formats show control characters from the data as escapes; JSON keeps the data
            // exactly (its encoder escapes them).
            let shown = format == .json ? communities : communities.map { $0.withVisibleText() }
            let summary = Summary(
                communities: shown, stored: communities, year: year, scope: VisibleText.of(scope), language: language,
                today: today, templates: templates, trusted: trusted, unreadable: leftOut, progress: progress)
            do {
                return .success(
                    try encoding.encode(
                        try format.render(summary, language: language, table: table, ambiguousWide: ambiguousWide)))
            } catch {
                return .failure(Problem(message: L.exportFailed(String(describing: error))))
            }
        }
    }
}
