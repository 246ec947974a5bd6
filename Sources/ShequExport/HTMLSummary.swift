import ShequDomain
import ShequText

/// The summary as one self-contained HTML file: no network, no scripts, an
/// A4 print stylesheet (a page per community, table headers repeated, rows
/// never split), and charts drawn as inline SVG. Written as well-formed
/// XHTML so that any XML parser can read it.
public enum HTMLSummary {
    public static func render(_ summary: Summary, language: Language) -> String {
        var body: [String] = []
        if let warning = SummaryText.unreadableWarning(summary, language) {
            body.append(
                "<div class=\"unreadable\"><p>\(escape(warning))</p><ul>"
                    + summary.unreadable.map { "<li>\(escape($0))</li>" }.joined() + "</ul></div>")
        }
        if let rollup = summary.rollup {
            body.append("<section class=\"rollup\">")
            body.append("<h1>\(escape(SummaryText.rollupTitle(summary.scope, summary.year, language)))</h1>")
            let communities = RollupTable(rollup, language)
            body.append(table(communities.header, communities.rows, numeric: communities.figures))
            if let compared = rollup.againstLastYear { body.append("<p>\(escape(compared))</p>") }
            for standard in rollup.attainment {
                body.append("<h2>\(escape(language(L.attainmentOf(standard.standard))))</h2>")
                body.append(
                    barChart(
                        standard.rows.map {
                            Bar(
                                label: $0.name, percent: $0.exactPercent,
                                figure: "\($0.attained)/\($0.total) \($0.percentText)")
                        },
                        label: language(L.attainmentOf(standard.standard)), language: language))
            }
            body.append("<p class=\"signatures\">\(escape(SummaryText.signatures(language)))</p>")
            body.append("</section>")
        }
        for c in summary.communities { body.append(community(c, summary.year, language)) }
        let title = escape(
            summary.rollup == nil
                ? SummaryText.title(summary.communities.first?.name ?? summary.scope, summary.year, language)
                : SummaryText.rollupTitle(summary.scope, summary.year, language))
        return """
            <!DOCTYPE html>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="\(language.htmlCode)">
            <head>
            <meta charset="utf-8"/>
            <meta name="generator" content="Shequ"/>
            <title>\(title)</title>
            <style>
            \(style)
            \(pageNumbers(language))
            </style>
            </head>
            <body>
            \(body.joined(separator: "\n"))
            </body>
            </html>

            """
    }

    static let style = """
        @page { size: A4; margin: 16mm 14mm 18mm 14mm; }
        body {
          font-family: "Noto Sans CJK SC", "Source Han Sans SC", "PingFang SC", "Microsoft YaHei", sans-serif;
          font-size: 10.5pt; color: #111; margin: 0 auto; max-width: 190mm; line-height: 1.45;
        }
        h1 { font-size: 16pt; text-align: center; margin: 0 0 4mm; }
        h2 {
          font-size: 12.5pt; border-bottom: 1px solid #999; margin: 6mm 0 2mm;
          break-after: avoid; page-break-after: avoid;
        }
        h3 { font-size: 11pt; margin: 4mm 0 1.5mm; break-after: avoid; page-break-after: avoid; }
        p.facts { text-align: center; color: #444; }
        table { border-collapse: collapse; width: 100%; margin: 1mm 0 3mm; table-layout: auto; }
        table.short, div.closing, div.keep { break-inside: avoid; page-break-inside: avoid; }
        thead { display: table-header-group; }
        tr { break-inside: avoid; page-break-inside: avoid; }
        th, td { border: 1px solid #bbb; padding: 1mm 1.5mm; text-align: left; vertical-align: top; }
        td { overflow-wrap: break-word; }
        th { background: #eee; white-space: nowrap; }
        td.num, td.whole { white-space: nowrap; }
        td.num { text-align: right; }
        tr.met td { color: #1a6b2a; } tr.behind td { color: #9a6200; }
        tr.overdue td, tr.fail td { color: #b00020; font-weight: bold; }
        div.unreadable { border: 2px solid #b00020; padding: 1mm 3mm; margin-bottom: 4mm; color: #b00020; }
        figure.chart { margin: 2mm 0 4mm; break-inside: avoid; page-break-inside: avoid; }
        figure.chart svg { width: 100%; height: auto; }
        figcaption { font-size: 9pt; color: #555; }
        section.community, section.rollup + section.community { break-before: page; page-break-before: always; }
        section:first-child, div.unreadable + section { break-before: auto; page-break-before: auto; }
        p.signatures { margin-top: 12mm; white-space: pre; }
        @media screen {
          body { padding: 8mm; }
          section { border-bottom: 2px dashed #ccc; padding-bottom: 8mm; margin-bottom: 8mm; }
        }
        """

    /// "第 X 页 共 Y 页" at the foot of each printed page, where the browser
    /// supports `@page` margin boxes (Chromium 131 and later); others ignore it.
    static func pageNumbers(_ language: Language) -> String {
        let content =
            language == .zh
            ? "\"第 \" counter(page) \" 页 共 \" counter(pages) \" 页\""
            : "\"Page \" counter(page) \" of \" counter(pages)"
        return "@page { @bottom-center { content: \(content); font-size: 9pt; color: #555; } }"
    }

    /// A bar of a chart: what it is, its exact percentage and the figure written at its end.
    struct Bar {
        var label: String
        var percent: Double
        var figure: String
        /// The colour of the bar: a task's state, as its row shows it.
        var colour = "#3f6fb5"
    }

    /// The colour of a task's bar, by the same state its row is coloured by.
    static func colour(_ state: TaskProgress.State) -> String {
        switch state {
        case .met: "#2e7d32"
        case .onTrack: "#3f6fb5"
        case .behind: "#f9a825"
        case .overdue: "#c62828"
        }
    }

    /// Text as XML-safe HTML: markup characters as entities, and control
    /// characters (which XML does not allow) as visible escapes.
    static func escape(_ text: String) -> String {
        let visible = VisibleText.of(text, keepingLineBreaks: true)
        // One pass, and none at all for text with nothing to escape: a district's summary has many thousand cells.
        guard visible.utf8.contains(where: { $0 == 0x26 || $0 == 0x3C || $0 == 0x3E || $0 == 0x22 }) else {
            return visible
        }
        var escaped = ""
        escaped.reserveCapacity(visible.utf8.count + 16)
        for scalar in visible.unicodeScalars {
            switch scalar {
            case "&": escaped += "&amp;"
            case "<": escaped += "&lt;"
            case ">": escaped += "&gt;"
            case "\"": escaped += "&quot;"
            default: escaped.unicodeScalars.append(scalar)
            }
        }
        return escaped
    }

    /// A table; `numeric` columns align right and `whole` ones never break
    /// (dates, percentages, states); a table of a dozen rows or fewer is
    /// never split across pages.
    static func table(
        _ header: [String], _ rows: [[String]], numeric: Set<Int> = [], whole: Set<Int> = [], classes: [String?] = []
    ) -> String {
        let kind = rows.count <= 12 ? " class=\"short\"" : ""
        var html =
            "<table\(kind)>\n<thead><tr>" + header.map { "<th>\(escape($0))</th>" }.joined()
            + "</tr></thead>\n<tbody>\n"
        for (index, row) in rows.enumerated() {
            let rowClass = index < classes.count ? classes[index].map { " class=\"\($0)\"" } ?? "" : ""
            html +=
                "<tr\(rowClass)>"
                + row.enumerated().map { column, text in
                    let cellClass =
                        numeric.contains(column) ? " class=\"num\"" : whole.contains(column) ? " class=\"whole\"" : ""
                    return "<td\(cellClass)>\(escape(text))</td>"
                }.joined() + "</tr>\n"
        }
        return html + "</tbody>\n</table>"
    }

    /// A horizontal bar chart of percentages (drawn to the exact value,
    /// capped at 100) with a label, cut with "…" when too long for its room
    /// (the whole label is the bar's tooltip), and the figure at the end.
    static func barChart(_ bars: [Bar], label: String, language: Language) -> String {
        // A chart is one picture that a page break would cut through a bar: a long one is several, each of
        // them shorter than a page, the caption under the last.
        guard bars.count <= barsPerChart else {
            let parts = stride(from: 0, to: bars.count, by: barsPerChart).map {
                Array(bars[$0..<min(bars.count, $0 + barsPerChart)])
            }
            return parts.enumerated().map { index, part in
                barChart(part, label: label, language: language, captioned: index == parts.count - 1)
            }.joined(separator: "\n")
        }
        return barChart(bars, label: label, language: language, captioned: true)
    }

    /// The most bars one chart holds: 12 rows of 22 units are 71mm of an
    /// A4 page's 263, a part that fits the room a table leaves.
    static let barsPerChart = 12

    private static func barChart(_ bars: [Bar], label: String, language: Language, captioned: Bool) -> String {
        let rowHeight = 22, labelWidth = 210, barWidth = 360, height = max(1, bars.count) * rowHeight + 10
        var svg =
            "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 680 \(height)\" "
            + "role=\"img\" aria-label=\"\(escape(label))\">\n"
        svg +=
            "<line x1=\"\(labelWidth + barWidth)\" y1=\"0\" x2=\"\(labelWidth + barWidth)\" y2=\"\(height)\" "
            + "stroke=\"#999\" stroke-dasharray=\"3,3\"/>\n"
        for (index, bar) in bars.enumerated() {
            let y = index * rowHeight + 5
            let width = (Double(barWidth) * min(100, max(0, bar.percent)) / 100 * 10).rounded() / 10
            // 12px text: a Chinese character takes about 12px, a Latin one about half, in 200px of room.
            let shown = DisplayWidth.clip(bar.label, to: 32, ambiguousWide: language == .zh)
            svg +=
                "<text x=\"\(labelWidth - 6)\" y=\"\(y + 14)\" font-size=\"12\" text-anchor=\"end\">"
                + "<title>\(escape(bar.label))</title>\(escape(shown))</text>"
            svg += "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(barWidth)\" height=\"16\" fill=\"#eee\"/>"
            svg +=
                "<rect x=\"\(labelWidth)\" y=\"\(y)\" width=\"\(Target.number(width))\" height=\"16\" "
                + "fill=\"\(bar.colour)\"/>"
            svg +=
                "<text x=\"\(labelWidth + barWidth + 6)\" y=\"\(y + 13)\" font-size=\"12\">"
                + "\(escape(bar.figure))</text>\n"
        }
        return svg + "</svg>" + (captioned ? "<figcaption>\(escape(label))</figcaption>" : "") + "</figure>"
    }

    /// Vertical bars of sessions per month.
    static func monthChart(_ months: [Summary.ActivityRow], label: String) -> String {
        let peak = max(1, months.map(\.sessions).max() ?? 1)
        var svg =
            "<figure class=\"chart\"><svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 680 200\" "
            + "role=\"img\" aria-label=\"\(escape(label))\">\n"
        svg += "<line x1=\"40\" y1=\"170\" x2=\"670\" y2=\"170\" stroke=\"#666\"/>\n"
        for (index, month) in months.enumerated() {
            let x = 50 + index * 52
            // A file may hold negative counts; a bar is never below the axis nor above the chart.
            let height = Int(140.0 * min(1, max(0, Double(month.sessions) / Double(peak))))
            svg += "<rect x=\"\(x)\" y=\"\(170 - height)\" width=\"34\" height=\"\(height)\" fill=\"#3f6fb5\"/>"
            svg +=
                "<text x=\"\(x + 17)\" y=\"186\" font-size=\"11\" text-anchor=\"middle\">\(escape(month.label))</text>"
            if month.sessions > 0 {
                svg +=
                    "<text x=\"\(x + 17)\" y=\"\(165 - height)\" font-size=\"11\" text-anchor=\"middle\">"
                    + "\(month.sessions)</text>"
            }
            svg += "\n"
        }
        return svg + "</svg><figcaption>\(escape(label))</figcaption></figure>"
    }

    /// Whether sections 3 to 5 and the signatures fit on one page: an
    /// estimate in lines of 10.5pt text (an A4 page holds about 48; 40 leave
    /// room for the headings' margins), a line holding 44 cells of Chinese.
    static func closingFitsAPage(_ c: Summary.CommunityReport, _ language: Language) -> Bool {
        let lines = { (texts: [String]) in texts.reduce(0) { $0 + DisplayWidth.of($1) / 88 + 1 } }
        let checklists = c.checklists.map { [$0.title, $0.comment ?? ""].joined() }
        let estimate =
            10 + 2 + lines(checklists) + lines(c.narrative)
            + lines(SummaryText.problems(c, language)) + lines(SummaryText.nextSteps(c, language)) + 4
        return estimate <= 40
    }

    static func community(_ c: Summary.CommunityReport, _ year: Int, _ language: Language) -> String {
        var html = [
            "<section class=\"community\" id=\"\(escape(c.id))\">",
            "<h1>\(escape(SummaryText.title(c.name, year, language)))</h1>",
            "<p class=\"facts\">\(escape(SummaryText.facts(c, language)))</p>",
            "<h2>\(escape(SummaryText.section(1, language)))</h2>",
        ]
        if c.plans.isEmpty { html.append("<p>\(escape(language(L.noPlansThisYear)))</p>") }
        for plan in c.plans {
            html.append("<h3>" + escape(SummaryText.planHeading(plan, language)) + "</h3>")
            html.append(
                table(
                    [L.taskTitle, L.target, L.actual, L.percent, L.state, L.owner, L.deadline].map { language($0) },
                    plan.tasks.map {
                        [$0.title, $0.targetText, $0.actualText, $0.percentText, $0.stateText, $0.owner, $0.deadline]
                    },
                    numeric: [2, 3], whole: [1, 4, 6], classes: plan.tasks.map { stateClass($0.state) }))
            let missed = plan.tasks.filter { !$0.missingPeriods.isEmpty }
            if !missed.isEmpty {
                let separator = language.listSeparator
                let items = missed.map {
                    "<li>" + escape(language(L.missedLine($0.title, $0.missingPeriods.joined(separator: separator))))
                        + "</li>"
                }
                html.append("<ul>" + items.joined() + "</ul>")
            }
            html.append(
                barChart(
                    plan.tasks.map {
                        Bar(label: $0.title, percent: $0.percent ?? 0, figure: $0.percentText, colour: colour($0.state))
                    },
                    label: language(L.attainmentChart(plan.title)), language: language))
        }
        // The activities' table and chart stay together: a chart is not left alone at the top of a page.
        html.append("<div class=\"keep\">")
        html.append("<h2>\(escape(SummaryText.section(2, language)))</h2>")
        html.append(
            table(
                [language(L.kind)] + SummaryText.activityHeader(language),
                (c.activitiesByKind + [c.activityTotal]).map { SummaryText.activityCells($0, language) },
                numeric: SummaryText.activityFigureColumns))
        html.append(monthChart(c.activitiesByMonth, label: language(L.sessionsByMonthChart(year))))
        html.append("</div>")
        // The checklists, the summary, the problems and the signatures stay together where a page allows; a
        // block taller than a page would only be pushed to a new one and split there, a page lost.
        html.append(closingFitsAPage(c, language) ? "<div class=\"closing\">" : "<div class=\"flowing\">")
        html.append("<h2>\(escape(SummaryText.section(3, language)))</h2>")
        if c.checklists.isEmpty {
            html.append("<p>\(escape(language(L.noChecklistsThisYear)))</p>")
        } else {
            html.append(
                table(
                    [L.checklist, L.score, L.state, L.reviewer, L.date, L.reviewComment].map { language($0) },
                    c.checklists.map {
                        [
                            $0.title, $0.scoreText, SummaryText.checklistState($0, language), $0.reviewer ?? "",
                            $0.reviewedOn ?? "", $0.comment ?? "",
                        ]
                    },
                    numeric: [1], whole: [2, 3, 4],
                    classes: c.checklists.map {
                        $0.vetoFailed || ($0.signature ?? "valid") != "valid" ? "fail" : nil
                    })
            )
        }
        html.append("<h2>\(escape(SummaryText.section(4, language)))</h2>")
        html += c.narrative.map { "<p>\(escape($0))</p>" }
        html.append("<h2>\(escape(SummaryText.section(5, language)))</h2>")
        html.append("<h3>\(escape(language(L.problemsHeading)))</h3>")
        html.append(list(SummaryText.problems(c, language)))
        html.append("<h3>\(escape(language(L.nextStepsHeading)))</h3>")
        html.append(list(SummaryText.nextSteps(c, language)))
        html.append("<p class=\"signatures\">\(escape(SummaryText.signatures(language)))</p>")
        html.append("</div>")
        html.append("</section>")
        return html.joined(separator: "\n")
    }

    private static func list(_ items: [String]) -> String {
        "<ul>" + items.map { "<li>\(escape($0))</li>" }.joined() + "</ul>"
    }

    /// The class of a task's row: its state, which its bar's colour follows too.
    private static func stateClass(_ state: TaskProgress.State) -> String {
        switch state {
        case .met: "met"
        case .onTrack: "ontrack"
        case .behind: "behind"
        case .overdue: "overdue"
        }
    }
}
