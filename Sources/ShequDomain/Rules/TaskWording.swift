import ShequText

/// How a task's figures read in a sentence of the summary: a count done
/// against the count asked ("4场、2040人次" of "4场、2000人次", with
/// "1场" still to do), a level reached against the level asked ("97.5%"
/// of "97%"), or a thing done.
struct TaskWording {
    enum Shape { case count, level, done }

    let title: String
    let shape: Shape
    /// What was reached, with units.
    let achieved: String
    /// What the targets ask, with units.
    let goals: String
    /// What counts are still to do, with units; empty for a level or a done task.
    let more: String

    init(title: String, progress: TaskProgress, language: Language) {
        self.title = title
        let first = progress.figures[0]
        switch first.target.kind {
        case .done:
            shape = .done
            achieved = ""
            goals = ""
            more = ""
        case .rate, .amountPerResident:
            shape = .level
            achieved = ProgressText.actual(first.actual, first.target.kind, language)
            goals = Self.level(first.target, language)
            more = ""
        case .activities, .sessions, .participants, .households, .amount:
            shape = .count
            let separator = language.listSeparator
            achieved = progress.figures.map { Self.count($0.actual, $0.target, language) }.joined(separator: separator)
            goals = progress.figures.map { Self.count($0.goal, $0.target, language) }.joined(separator: separator)
            more = progress.figures.filter { !$0.isMet }.map { Self.count($0.goal - $0.actual, $0.target, language) }
                .joined(separator: separator)
        }
    }

    /// "4场", "2040人次", "4 sessions", "12 times".
    private static func count(_ value: Double, _ target: Target, _ language: Language) -> String {
        let unit = target.unitText(language)
        let rounded = target.kind == .amount ? (value * 100).rounded() / 100 : value
        return language.figure(rounded) + (unit.isEmpty ? language(L.timesInProse) : unit)
    }

    /// "97%", "1元/人".
    private static func level(_ target: Target, _ language: Language) -> String {
        language.figure(target.value) + target.unitText(language)
    }
}
