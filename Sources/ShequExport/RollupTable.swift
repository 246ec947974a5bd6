import ShequDomain
import ShequText

/// The table of several communities that opens a summary of a street or a
/// district, and the attainment table of each standard under it: built
/// once here and printed by every format (HTML, Markdown, text), so the
/// formats cannot disagree on a column.
struct RollupTable {
    var header: [String]
    var rows: [[String]]
    /// The columns of figures, aligned right.
    var figures: Set<Int>

    /// A row per community: tasks met, sessions, people, checklists passing, review state.
    init(_ rollup: Summary.Rollup, _ language: Language) {
        header = [
            L.communities, L.street, L.tasksMet, L.sessions, L.participants, L.checklistsPassing, L.reviewStateColumn,
        ].map { language($0) }
        rows = rollup.rows.map {
            [
                $0.community, $0.street, "\($0.tasksMet)/\($0.tasks)", language.figure($0.sessions),
                language.figure($0.participants), "\($0.checklistsPassing)/\($0.checklists)",
                $0.hasData ? $0.reviewState : language(L.notReported),
            ]
        }
        figures = [2, 3, 4, 5]
    }

    /// A row per street: attained of total, and the rate.
    init(_ standard: Summary.StandardAttainment, _ language: Language) {
        header = [language(L.street), language(L.attained), language(L.attainmentRate)]
        rows = standard.rows.map { [$0.name, "\($0.attained)/\($0.total)", $0.percentText] }
        figures = [1, 2]
    }
}
