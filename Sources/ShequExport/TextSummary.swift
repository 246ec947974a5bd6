import ShequDomain
import ShequText

/// The summary as plain text for `lp`: 80 columns aligned in display cells
/// (East Asian Ambiguous characters such as “” count as the screen draws
/// them when that is known, else two in Chinese, as a Chinese printer font
/// draws them), pages of at most 60 lines with a
/// running header and page numbers, a form feed between pages and before
/// each community, tables that repeat their header on a new page, and short
/// tables, headings and the signatures kept with what belongs to them.
public enum TextSummary {
    public static let width = 80
    public static let pageLength = 60

    public static func render(_ summary: Summary, language: Language, ambiguousWide: Bool? = nil) -> String {
        let writer = Writer(language: language, year: summary.year, ambiguousWide: ambiguousWide ?? (language == .zh))
        var documents: [[PrintLine]] = []
        if let rollup = summary.rollup { documents.append(writer.rollup(summary, rollup)) }
        for community in summary.communities { documents.append(writer.community(community)) }
        if let warning = writer.unreadable(summary) {
            documents[0] = Array(documents[0].prefix(2)) + warning + documents[0].dropFirst(2)
        }
        var pages: [[String]] = []
        for document in documents { pages += TextPagination.pages(document, room: pageLength - 2) }
        let header =
            summary.rollup == nil
            ? SummaryText.title(summary.communities.first?.name ?? summary.scope, summary.year, language)
            : SummaryText.rollupTitle(summary.scope, summary.year, language)
        return pages.enumerated().map { index, page in
            let number = language(L.pageOf(index + 1, pages.count))
            let top =
                writer.fit(header, to: width - writer.cells(number) - 2) + "  " + number
            return ([top, String(repeating: "=", count: width)] + page).map(trimRight).joined(separator: "\n") + "\n"
        }.joined(separator: "\u{0C}")
    }

    private static func trimRight(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    /// Lays out the parts of a summary in one language.
    struct Writer {
        let language: Language
        let year: Int
        let ambiguousWide: Bool

        func cells(_ text: String) -> Int { DisplayWidth.of(text, ambiguousWide: ambiguousWide) }

        func fit(_ text: String, to width: Int) -> String {
            DisplayWidth.fit(text, to: width, ambiguousWide: ambiguousWide)
        }

        /// A list of figures ("4场、2040人次") one to a line.
        func oneToALine(_ figures: String) -> String {
            figures.replacingOccurrences(of: language.listSeparator, with: "\n")
        }

        /// A heading with a blank line before it, kept with what follows.
        func heading(_ text: String) -> [PrintLine] {
            [PrintLine(text: "", glue: true), PrintLine(text: text, glue: true)]
        }

        /// A paragraph wrapped to the page: a short one kept whole, a longer
        /// one neither leaving its first line last on a page nor its last first.
        func paragraph(_ text: String, first: String = "", rest: String = "") -> [PrintLine] {
            let lines = DisplayWidth.wrap(text, to: TextSummary.width - cells(first), ambiguousWide: ambiguousWide)
            return lines.enumerated().map { index, line in
                let glued = index < lines.count - 1 && (lines.count <= 4 || index == 0 || index == lines.count - 2)
                return PrintLine(text: (index == 0 ? first : rest) + line, glue: glued)
            }
        }

        func bullets(_ items: [String]) -> [PrintLine] {
            items.flatMap { paragraph($0, first: "- ", rest: "  ") }
        }

        func table(_ table: PrintTable) -> [PrintLine] {
            table.lines(width: TextSummary.width, ambiguousWide: ambiguousWide)
        }

        func centered(_ text: String) -> PrintLine {
            PrintLine(text: String(repeating: " ", count: max(0, (TextSummary.width - cells(text)) / 2)) + text)
        }

        /// The signature lines, with the last lines before them on their page.
        func closing(after lines: inout [PrintLine]) {
            for index in lines.indices.suffix(2) { lines[index].glue = true }
            lines += [
                PrintLine(text: "", glue: true), PrintLine(text: "", glue: true),
                PrintLine(text: SummaryText.signatures(language)),
            ]
        }

        /// The warning that the communities of unreadable files are missing, and the files.
        func unreadable(_ summary: Summary) -> [PrintLine]? {
            guard let warning = SummaryText.unreadableWarning(summary, language) else { return nil }
            return paragraph("! " + warning) + bullets(summary.unreadable) + [PrintLine(text: "")]
        }

        func rollup(_ summary: Summary, _ rollup: Summary.Rollup) -> [PrintLine] {
            var lines = [centered(SummaryText.rollupTitle(summary.scope, year, language)), PrintLine(text: "")]
            let communities = RollupTable(rollup, language)
            lines += table(
                PrintTable(
                    header: communities.header, rows: communities.rows,
                    columns: [
                        .wraps(minimum: 8), .wraps(minimum: 6), .whole, .whole, .whole, .whole, .wraps(minimum: 8),
                    ],
                    right: communities.figures))
            if let compared = rollup.againstLastYear { lines += paragraph(compared) }
            for standard in rollup.attainment {
                lines += heading(language(L.attainmentOf(standard.standard)))
                let streets = RollupTable(standard, language)
                lines += table(
                    PrintTable(
                        header: streets.header, rows: streets.rows, columns: [.wraps(minimum: 10), .whole, .whole],
                        right: streets.figures))
            }
            closing(after: &lines)
            return lines
        }

        func community(_ c: Summary.CommunityReport) -> [PrintLine] {
            var lines = [centered(SummaryText.title(c.name, year, language)), PrintLine(text: "")]
            lines += paragraph(SummaryText.facts(c, language))
            lines += heading(SummaryText.section(1, language))
            if c.plans.isEmpty { lines.append(PrintLine(text: language(L.noPlansThisYear))) }
            for plan in c.plans {
                lines += heading(SummaryText.planHeading(plan, language))
                lines += table(
                    PrintTable(
                        header: [L.taskTitle, L.target, L.actual, L.percent, L.state, L.owner].map { language($0) },
                        // A task of two targets gives each its line: "≥4场" over "≥2000人次", never "人" over "次".
                        rows: plan.tasks.map {
                            [
                                $0.title, oneToALine($0.targetText), oneToALine($0.actualText), $0.percentText,
                                $0.stateText,
                                $0.owner,
                            ]
                        },
                        columns: [.wraps(minimum: 12), .whole, .whole, .whole, .whole, .wraps(minimum: 8)],
                        right: [2, 3]))
                for task in plan.tasks where !task.missingPeriods.isEmpty {
                    let periods = task.missingPeriods.joined(separator: language.listSeparator)
                    lines += paragraph(language(L.missedLine(task.title, periods)), first: "  ", rest: "  ")
                }
            }
            lines += heading(SummaryText.section(2, language))
            let counts = SummaryText.activityHeader(language)
            let figures = { (row: Summary.ActivityRow) in SummaryText.activityCells(row, language) }
            let columns: [PrintTable.Column] = [.wraps(minimum: 10), .whole, .whole, .whole, .whole, .whole]
            lines += table(
                PrintTable(
                    header: [language(L.kind)] + counts, rows: (c.activitiesByKind + [c.activityTotal]).map(figures),
                    columns: columns, right: SummaryText.activityFigureColumns))
            lines.append(PrintLine(text: ""))
            lines += table(
                PrintTable(
                    header: [language(L.monthFilter)] + counts, rows: c.activitiesByMonth.map(figures),
                    columns: columns, right: SummaryText.activityFigureColumns))
            lines += heading(SummaryText.section(3, language))
            if c.checklists.isEmpty {
                lines.append(PrintLine(text: language(L.noChecklistsThisYear)))
            } else {
                lines += table(
                    PrintTable(
                        header: [L.checklist, L.score, L.state, L.reviewer].map { language($0) },
                        rows: c.checklists.map {
                            [
                                $0.title, $0.scoreText, SummaryText.checklistState($0, language),
                                [$0.reviewer, $0.reviewedOn].compactMap { $0 }.joined(separator: " "),
                            ]
                        },
                        columns: [.wraps(minimum: 12), .whole, .wraps(minimum: 8), .wraps(minimum: 10)], right: [1]))
                for checklist in c.checklists where !(checklist.comment ?? "").isEmpty {
                    let comment = language(L.reviewCommentLine(checklist.title, checklist.comment ?? ""))
                    lines += paragraph(comment, first: "  ", rest: "  ")
                }
            }
            lines += heading(SummaryText.section(4, language))
            for text in c.narrative { lines += paragraph(text, first: "  ", rest: "  ") }
            lines += heading(SummaryText.section(5, language))
            lines += heading(language(L.problemsHeading)).dropFirst()
            lines += bullets(SummaryText.problems(c, language))
            lines += heading(language(L.nextStepsHeading))
            lines += bullets(SummaryText.nextSteps(c, language))
            closing(after: &lines)
            return lines
        }
    }
}
