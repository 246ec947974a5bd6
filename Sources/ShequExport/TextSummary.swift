import ShequCore

/// The summary as plain text for `lp`: 80 columns aligned in display cells,
/// pages of at most 60 lines with a running header and page numbers, and a
/// form feed between pages and before each community.
public enum TextSummary {
    public static let width = 80
    public static let pageLength = 60

    public static func render(_ summary: Summary, language: Language) -> String {
        var documents: [[String]] = []
        if let rollup = summary.rollup { documents.append(rollupLines(summary, rollup, language)) }
        for community in summary.communities { documents.append(communityLines(community, summary.year, language)) }
        var pages: [[String]] = []
        for document in documents { pages += paginate(document) }
        let header =
            summary.rollup == nil
            ? SummaryText.title(summary.communities.first?.name ?? summary.scope, summary.year, language)
            : SummaryText.rollupTitle(summary.scope, summary.year, language)
        return pages.enumerated().map { index, page in
            let number = language(
                L.pageOf(index + 1, pages.count))
            let top = DisplayWidth.fit(header, to: width - DisplayWidth.of(number) - 2) + "  " + number
            return ([top, String(repeating: "=", count: width)] + page).map(trimRight).joined(separator: "\n") + "\n"
        }.joined(separator: "\u{0C}")
    }

    /// Splits a document into pages of `pageLength` lines less the two
    /// header lines, never leaving a table header or heading last on a page.
    static func paginate(_ lines: [String]) -> [[String]] {
        let room = pageLength - 2
        var pages: [[String]] = [[]]
        for (index, line) in lines.enumerated() {
            let current = pages[pages.count - 1]
            let keepsWithNext =
                line.hasPrefix(headingMark) || (index + 1 < lines.count && lines[index + 1].hasPrefix("-"))
            if current.count >= room || (keepsWithNext && current.count >= room - 2 && !current.isEmpty) {
                pages.append([])
            }
            pages[pages.count - 1].append(
                line.hasPrefix(headingMark) ? String(line.dropFirst(headingMark.count)) : line)
        }
        return pages.filter { !$0.isEmpty }
    }

    /// Marks a heading line so that pagination keeps it with what follows.
    private static let headingMark = "\u{1}"

    private static func trimRight(_ line: String) -> String {
        var line = line
        while line.hasSuffix(" ") { line.removeLast() }
        return line
    }

    /// A table: a header row, a rule, and rows, in the given widths (-1:
    /// as wide as its widest cell; a last width of 0 takes what is left);
    /// numbers align right, and a cell too long for its column wraps onto
    /// further lines rather than being cut.
    static func table(_ header: [String], _ rows: [[String]], widths: [Int], right: Set<Int> = []) -> [String] {
        var all = widths.enumerated().map { index, width in
            width >= 0 ? width : ([header] + rows).map { DisplayWidth.of($0[index]) }.max() ?? 1
        }
        if all[all.count - 1] == 0 {
            all[all.count - 1] = max(4, width - all.dropLast().reduce(0, +) - 2 * (all.count - 1))
        }
        func lines(_ cells: [String]) -> [String] {
            let wrapped = cells.enumerated().map { DisplayWidth.wrap($1, to: all[$0]) }
            let height = wrapped.map(\.count).max() ?? 1
            return (0..<height).map { row in
                wrapped.enumerated().map { column, parts in
                    DisplayWidth.fit(
                        row < parts.count ? parts[row] : "", to: all[column], alignRight: right.contains(column))
                }.joined(separator: "  ")
            }
        }
        return lines(header) + [String(repeating: "-", count: width)] + rows.flatMap(lines)
    }

    private static func heading(_ text: String) -> [String] {
        ["", headingMark + text]
    }

    private static func wrap(_ text: String, indent: String = "") -> [String] {
        DisplayWidth.wrap(text, to: width - DisplayWidth.of(indent)).map { indent + $0 }
    }

    private static func centered(_ text: String) -> String {
        String(repeating: " ", count: max(0, (width - DisplayWidth.of(text)) / 2)) + text
    }

    static func rollupLines(_ summary: Summary, _ rollup: Summary.Rollup, _ language: Language) -> [String] {
        var lines = [centered(SummaryText.rollupTitle(summary.scope, summary.year, language)), ""]
        lines += table(
            [
                language(L.communities), language(L.street), language(L.tasksMet), language(L.sessions),
                language(L.participants), language(L.checklistsPassing), language(L.reviewStateColumn),
            ],
            rollup.rows.map {
                [
                    $0.community, $0.street, "\($0.tasksMet)/\($0.tasks)", String($0.sessions), String($0.participants),
                    "\($0.checklistsPassing)/\($0.checklists)", $0.reviewState,
                ]
            },
            widths: [12, 10, -1, -1, -1, -1, 0], right: [2, 3, 4, 5])
        for standard in rollup.attainment {
            lines += heading(language(L.attainmentOf(standard.standard)))
            lines += table(
                [language(L.street), language(L.attained), "%"],
                standard.rows.map { [$0.name, "\($0.attained)/\($0.total)", "\($0.percent)%"] },
                widths: [20, 10, 0], right: [1])
        }
        lines += ["", "", SummaryText.signatures(language)]
        return lines
    }

    static func communityLines(_ c: Summary.CommunityReport, _ year: Int, _ language: Language) -> [String] {
        var lines = [centered(SummaryText.title(c.name, year, language)), ""] + wrap(SummaryText.facts(c, language))
        lines += heading(SummaryText.section(1, language))
        if c.plans.isEmpty { lines.append(language(L.noPlansThisYear)) }
        for plan in c.plans {
            lines += heading(SummaryText.planHeading(plan, language))
            lines += table(
                [
                    language(L.taskTitle), language(L.target), language(L.actual), language(L.percent),
                    language(L.state), language(L.owner),
                ],
                plan.tasks.map { [$0.title, $0.targetText, $0.actualText, "\($0.percent)%", $0.stateText, $0.owner] },
                widths: [26, 10, 7, 6, 6, 0], right: [2, 3])
            for task in plan.tasks where !task.missingPeriods.isEmpty {
                lines += wrap(
                    language(
                        L.missedLine(task.title, task.missingPeriods.joined(separator: language.listSeparator))),
                    indent: "  ")
            }
        }
        lines += heading(SummaryText.section(2, language))
        let activityHeader = [
            language(L.kind), language(L.activityCount), language(L.sessions), language(L.participants),
        ]
        lines += table(
            activityHeader,
            (c.activitiesByKind + [c.activityTotal]).map {
                [$0.label, String($0.activities), String($0.sessions), String($0.participants)]
            },
            widths: [16, 10, 10, 10], right: [1, 2, 3])
        lines.append("")
        lines += table(
            [language(L.monthFilter)] + activityHeader.dropFirst(),
            c.activitiesByMonth.map {
                [$0.label, String($0.activities), String($0.sessions), String($0.participants)]
            },
            widths: [16, 10, 10, 10], right: [1, 2, 3])
        lines += heading(SummaryText.section(3, language))
        if c.checklists.isEmpty {
            lines.append(language(L.noChecklistsThisYear))
        } else {
            lines += table(
                [language(L.checklist), language(L.score), language(L.state), language(L.reviewer)],
                c.checklists.map {
                    [
                        $0.title, SummaryText.score($0),
                        $0.stateText + ($0.vetoFailed ? language.clauseSeparator + language(L.vetoed) : ""),
                        ($0.reviewer ?? "") + " " + ($0.reviewedOn ?? ""),
                    ]
                },
                widths: [26, 8, 16, 0], right: [1])
            for checklist in c.checklists where checklist.signature != nil {
                let mark = checklist.signature == "valid" ? "    " : "  ! "
                lines.append(mark + checklist.title + language.colon + (checklist.signatureText ?? ""))
            }
            for checklist in c.checklists where !(checklist.comment ?? "").isEmpty {
                lines += wrap(language(L.reviewCommentLine(checklist.title, checklist.comment ?? "")), indent: "  ")
            }
        }
        lines += heading(SummaryText.section(4, language))
        for paragraph in c.narrative { lines += wrap(paragraph, indent: "  ") }
        lines += heading(SummaryText.section(5, language))
        if c.remaining.isEmpty { lines.append("  " + language(L.nothingRemaining)) }
        for item in c.remaining {
            let wrapped = DisplayWidth.wrap(item, to: width - 2)
            lines += wrapped.enumerated().map { ($0.offset == 0 ? "- " : "  ") + $0.element }
        }
        lines += ["", "", SummaryText.signatures(language)]
        return lines
    }
}
