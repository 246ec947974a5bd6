import ShequDomain
import ShequText

/// Words every format of the summary shares.
enum SummaryText {
    static func title(_ name: String, _ year: Int, _ language: Language) -> String {
        language(L.summaryTitle(name, year))
    }

    static func rollupTitle(_ scope: String, _ year: Int, _ language: Language) -> String {
        language(L.rollupTitle(scope, year))
    }

    static func facts(_ c: Summary.CommunityReport, _ language: Language) -> String {
        let facts: [(Localized, String)] = [
            (L.street, c.street), (L.district, c.district), (L.population, c.population.map(String.init) ?? "-"),
            (L.households, c.households.map(String.init) ?? "-"),
        ]
        return facts.map { language($0.0) + language.colon + $0.1 }.joined(separator: "  ")
    }

    /// The heading of section `n` (1 to 5) of a community's summary.
    static func section(_ n: Int, _ language: Language) -> String {
        language(L.summarySection(n))
    }

    /// A plan's heading: its title, then its category and tasks met in brackets.
    static func planHeading(_ plan: Summary.PlanReport, _ language: Language) -> String {
        let about =
            plan.category + language.clauseSeparator + language(L.tasksMetCount(plan.tasksMet, plan.tasks.count))
        return plan.title + language.parenthesized(about)
    }

    /// The header of the activities' tables of section 2, after the column
    /// of kinds or months: 活动、场次、人次、入户数、金额 元.
    static func activityHeader(_ language: Language) -> [String] {
        [L.activityCount, L.sessions, L.participants, L.householdsReached, L.amount].map { language($0) }
    }

    /// One row of those tables: its heading, then its figures as printed.
    static func activityCells(_ row: Summary.ActivityRow, _ language: Language) -> [String] {
        [
            row.label, language.figure(row.activities), language.figure(row.sessions),
            language.figure(row.participants), language.figure(row.households), language.figure(row.amount),
        ]
    }

    /// The figures' columns of those tables, right-aligned.
    static let activityFigureColumns: Set<Int> = [1, 2, 3, 4, 5]

    static func signatures(_ language: Language) -> String {
        language(L.signatureLines)
    }

    /// Section 5's problems, or the sentence that there are none.
    static func problems(_ c: Summary.CommunityReport, _ language: Language) -> [String] {
        c.problems.isEmpty ? [language(L.noProblems)] : c.problems
    }

    /// Section 5's next steps, or the sentence to keep going.
    static func nextSteps(_ c: Summary.CommunityReport, _ language: Language) -> [String] {
        c.nextSteps.isEmpty ? [language(L.keepGoing)] : c.nextSteps
    }

    /// The warning that opens a summary missing communities whose files could not be read.
    static func unreadableWarning(_ summary: Summary, _ language: Language) -> String? {
        summary.unreadable.isEmpty ? nil : language(L.unreadableLeftOut(summary.unreadable.count))
    }

    static func checklistState(_ c: Summary.ChecklistReport, _ language: Language) -> String {
        var text = c.stateText
        if c.vetoFailed { text += language.clauseSeparator + language(L.vetoed) }
        if c.signature == "valid" {
            text += language.clauseSeparator + language(L.signatureValidShort)
        } else if let signature = c.signatureText {
            text += language.clauseSeparator + signature
        }
        return text
    }
}
