import CSV
import Foundation
import ShequCore

/// One table of the summary as CSV, UTF-8 with a byte-order mark so that
/// spreadsheet programs show Chinese.
public enum CSVSummary {
    /// The tables `--table` chooses from.
    public enum Table: String, CaseIterable, Sendable {
        case tasks, activities, checklists, communities
        /// The attainment matrix: a row per street and one for the whole
        /// scope, attained, total and rate (one decimal) per standard.
        case attainment
    }

    public static func render(_ summary: Summary, table: Table, language: Language) throws -> Data {
        let (header, rows) = contents(summary, table: table, language: language)
        return try CSVDocument.data(header: header, rows: rows)
    }

    static func contents(_ summary: Summary, table: Table, language: Language) -> ([String], [[String]]) {
        let communities = summary.communities
        switch table {
        case .tasks:
            return (
                ["community", "plan", "task", "target", "actual", "percent", "state", "owner", "deadline", "missing"],
                communities.flatMap { c in
                    c.plans.flatMap { plan in
                        plan.tasks.map { t in
                            [
                                c.name, plan.title, t.title, t.targetText, Target.number(t.actual), String(t.percent),
                                t.state.rawValue, t.owner, t.deadline,
                                t.missingPeriods.joined(separator: language.listSeparator),
                            ]
                        }
                    }
                }
            )
        case .activities:
            return (
                ["community", "month", "activities", "sessions", "participants"],
                communities.flatMap { c in
                    c.activitiesByMonth.map {
                        [c.name, $0.label, String($0.activities), String($0.sessions), String($0.participants)]
                    }
                }
            )
        case .checklists:
            return (
                [
                    "community", "checklist", "period", "score", "threshold", "veto", "passes", "state", "reviewer",
                    "date", "comment", "signature",
                ],
                communities.flatMap { c in
                    c.checklists.map { k in
                        [
                            c.name, k.title, k.period, Target.number(k.score), Target.number(k.threshold),
                            String(k.vetoFailed), String(k.passes), k.state.rawValue,
                            k.reviewer ?? "", k.reviewedOn ?? "", k.comment ?? "", k.signature ?? "",
                        ]
                    }
                }
            )
        case .attainment:
            let standards = summary.rollup?.attainment ?? []
            let names = standards.first?.rows.map(\.name) ?? []
            return (
                ["street"]
                    + standards.flatMap { [$0.standard + " attained", $0.standard + " total", $0.standard + " rate"] },
                names.indices.map { index in
                    [names[index]]
                        + standards.flatMap { standard -> [String] in
                            guard standard.rows.indices.contains(index) else { return ["", "", ""] }
                            let row = standard.rows[index]
                            return [String(row.attained), String(row.total), row.percentText]
                        }
                }
            )
        case .communities:
            return (
                [
                    "community", "street", "district", "population", "households", "tasks_met", "tasks", "sessions",
                    "participants", "checklists",
                ],
                communities.map { c in
                    [
                        c.name, c.street, c.district, c.population.map(String.init) ?? "",
                        c.households.map(String.init) ?? "",
                        String(c.plans.reduce(0) { $0 + $1.tasksMet }),
                        String(c.plans.reduce(0) { $0 + $1.tasks.count }),
                        String(c.activityTotal.sessions), String(c.activityTotal.participants),
                        String(c.checklists.count),
                    ]
                }
            )
        }
    }
}
