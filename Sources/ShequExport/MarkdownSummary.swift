import ShequDomain
import ShequText

/// The summary as Markdown: the same content as headings and tables.
public enum MarkdownSummary {
    public static func render(_ summary: Summary, language: Language) -> String {
        var out: [String] = []
        if let warning = SummaryText.unreadableWarning(summary, language) {
            out += ["> **" + MarkdownText.inline(warning) + "**", ">"]
            out += summary.unreadable.map { "> - " + MarkdownText.inline($0) }
            out.append("")
        }
        if let rollup = summary.rollup {
            out += ["# " + MarkdownText.inline(SummaryText.rollupTitle(summary.scope, summary.year, language)), ""]
            let communities = RollupTable(rollup, language)
            out += table(communities.header, communities.rows, right: communities.figures)
            if let compared = rollup.againstLastYear { out += ["", MarkdownText.line(compared)] }
            for standard in rollup.attainment {
                out += ["", "## " + MarkdownText.inline(language(L.attainmentOf(standard.standard))), ""]
                let streets = RollupTable(standard, language)
                out += table(streets.header, streets.rows, right: streets.figures)
            }
            out.append("")
        }
        for c in summary.communities {
            out += [
                "# " + MarkdownText.inline(SummaryText.title(c.name, summary.year, language)), "",
                MarkdownText.line(SummaryText.facts(c, language)), "",
            ]
            out += ["## " + SummaryText.section(1, language), ""]
            if c.plans.isEmpty { out += [language(L.noPlansThisYear), ""] }
            for plan in c.plans {
                out += [
                    "### " + MarkdownText.inline(plan.title), "",
                    MarkdownText.line(
                        plan.category + " · " + language(L.tasksMetCount(plan.tasksMet, plan.tasks.count))),
                    "",
                ]
                out += table(
                    [L.taskTitle, L.target, L.actual, L.percent, L.state, L.owner, L.deadline].map { language($0) },
                    plan.tasks.map {
                        [$0.title, $0.targetText, $0.actualText, $0.percentText, $0.stateText, $0.owner, $0.deadline]
                    }, right: [2, 3])
                // A list straight after a table is read as the table's last rows (Python-Markdown): a blank line.
                if plan.tasks.contains(where: { !$0.missingPeriods.isEmpty }) { out.append("") }
                for task in plan.tasks where !task.missingPeriods.isEmpty {
                    let missed = L.missedLine(task.title, task.missingPeriods.joined(separator: language.listSeparator))
                    out.append("- " + MarkdownText.line(language(missed)))
                }
                out.append("")
            }
            out += ["## " + SummaryText.section(2, language), ""]
            let header = SummaryText.activityHeader(language)
            let figures = { (row: Summary.ActivityRow) in SummaryText.activityCells(row, language) }
            out += table(
                [language(L.kind)] + header, (c.activitiesByKind + [c.activityTotal]).map(figures),
                right: SummaryText.activityFigureColumns)
            out.append("")
            out += table(
                [language(L.monthFilter)] + header, c.activitiesByMonth.map(figures),
                right: SummaryText.activityFigureColumns)
            out += ["", "## " + SummaryText.section(3, language), ""]
            if c.checklists.isEmpty {
                out.append(language(L.noChecklistsThisYear))
            } else {
                out += table(
                    [L.checklist, L.score, L.state, L.reviewer, L.reviewComment].map { language($0) },
                    c.checklists.map {
                        [
                            $0.title, $0.scoreText, SummaryText.checklistState($0, language),
                            ($0.reviewer ?? "") + " " + ($0.reviewedOn ?? ""), $0.comment ?? "",
                        ]
                    }, right: [1])
            }
            out += ["", "## " + SummaryText.section(4, language), ""]
            for paragraph in c.narrative { out += [MarkdownText.line(paragraph), ""] }
            out += ["## " + SummaryText.section(5, language), ""]
            out += ["### " + MarkdownText.inline(language(L.problemsHeading)), ""]
            out += SummaryText.problems(c, language).map { "- " + MarkdownText.line($0) }
            out += ["", "### " + MarkdownText.inline(language(L.nextStepsHeading)), ""]
            out += SummaryText.nextSteps(c, language).map { "- " + MarkdownText.line($0) }
            out += ["", SummaryText.signatures(language), ""]
        }
        return out.joined(separator: "\n")
    }

    private static func table(_ header: [String], _ rows: [[String]], right: Set<Int> = []) -> [String] {
        func cell(_ text: String) -> String {
            MarkdownText.inline(text)
        }
        return [
            "| " + header.map(cell).joined(separator: " | ") + " |",
            "|" + header.indices.map { right.contains($0) ? " ---: " : " --- " }.joined(separator: "|") + "|",
        ]
            + rows.map { "| " + $0.map(cell).joined(separator: " | ") + " |" }
    }
}
