import CSV
import Foundation
import ShequDomain
import ShequText

/// One table of the summary as CSV, UTF-8 with a byte-order mark so that
/// spreadsheet programs show Chinese.
public enum CSVSummary {
    /// The tables `--table` chooses from.
    public enum Table: String, CaseIterable, Sendable {
        case tasks, activities, checklists, communities
        /// The activity ledger (活动台账): one row per activity of the year,
        /// with the tasks it counts for.
        case ledger
        /// The attainment matrix: a row per street and one for the whole
        /// scope, attained, total and rate (one decimal) per standard.
        case attainment
    }

    public static func render(_ summary: Summary, table: Table, language: Language) throws -> Data {
        let (header, rows) = contents(summary, table: table, language: language)
        return try CSVDocument.data(header: header.map { Self.header($0, language) }, rows: rows)
    }

    /// A column's name in `language`, from the catalogue (`L.csvColumn`).
    static func header(_ key: String, _ language: Language) -> String {
        language(L.csvColumn(key))
    }

    /// Yes or no in `language`: 是/否, true/false.
    private static func yesNo(_ value: Bool, _ language: Language) -> String {
        language(L.csvYesNo(value))
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
                                c.name, plan.title, t.title, t.targetText,
                                t.percent == nil ? "" : Self.actual(t),
                                t.percent == nil ? "" : t.percentText,
                                language == .zh ? t.stateText : t.state.rawValue, t.owner, t.deadline,
                                t.missingPeriods.joined(separator: language.listSeparator),
                            ]
                        }
                    }
                }
            )
        case .activities:
            return (
                ["community", "month", "activities", "sessions", "participants", "households", "amount"],
                communities.flatMap { c in
                    c.activitiesByMonth.map {
                        [
                            c.name, $0.label, String($0.activities), String($0.sessions), String($0.participants),
                            String($0.households), Target.number($0.amount),
                        ]
                    }
                }
            )
        case .checklists:
            return (
                [
                    "community", "checklist", "period", "score", "threshold", "veto", "passes", "attained", "state",
                    "reviewer", "date", "comment", "signature",
                ],
                communities.flatMap { c in
                    c.checklists.map { k in
                        [
                            c.name, k.title, k.period, k.score.map(Target.number) ?? "", Target.number(k.threshold),
                            yesNo(k.vetoFailed, language), yesNo(k.passes, language), yesNo(k.attained, language),
                            language == .zh ? language(k.state.label) : k.state.rawValue,
                            k.reviewer ?? "", k.reviewedOn ?? "", k.comment ?? "",
                            k.signature.map { language(L.csvSignature($0)) } ?? "",
                        ]
                    }
                }
            )
        case .ledger:
            return (
                [
                    "community", "date", "title", "kind", "sessions", "participants", "households", "amount",
                    "location",
                    "linked_tasks",
                ],
                communities.flatMap { c in
                    c.ledger.map { a in
                        [
                            c.name, a.date, a.title, a.kind, String(a.sessions), String(a.participants),
                            a.households.map(String.init) ?? "", a.amount.map(Target.number) ?? "", a.location,
                            a.tasks.joined(separator: language.listSeparator),
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

    /// A task's actual as a spreadsheet takes it: one figure as a number
    /// rounded as every other format prints it (a rate to one decimal, money
    /// to the fen); several (4场、1999人次) as the same text the others print.
    static func actual(_ task: Summary.TaskRow) -> String {
        guard task.measures == 1 else { return task.actualText }
        switch task.target.kind {
        case .rate: return Target.number((task.actual * 10).rounded() / 10)
        case .amount: return Target.number((task.actual * 100).rounded() / 100)
        default: return Target.number(task.actual)
        }
    }
}
