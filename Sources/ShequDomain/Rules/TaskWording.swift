import ShequText

/// How a task's figures read in a sentence of the summary: a count done
/// against the count asked ("4场、2040人次" of "4场、2000人次", with
/// "1场" still to do), a level reached against the level asked ("97.5%"
/// of "97%"), a figure against a range ("35人次" of "30–50人次"), or a thing done.
struct TaskWording {
    enum Shape { case count, level, range, done }

    let title: String
    let shape: Shape
    /// What was reached, with units.
    let achieved: String
    /// What the targets ask, with units.
    let goals: String
    /// What counts are still to do, with units; empty for a level or a done task.
    let more: String
    /// Whether the figure is money, which is spent (投入) rather than done.
    let isMoney: Bool
    /// Whether a figure is above the top of its range.
    let isOverRange: Bool

    init(title: String, progress: TaskProgress, language: Language) {
        // A title quoted in a sentence keeps its own quotes as the inner kind: “…‘三无’…”.
        self.title = title.quotedWithin
        let first = progress.figures[0]
        isMoney = first.target.kind == .amount
        isOverRange = progress.figures.contains(where: \.isOverRange)
        if progress.figures.contains(where: { $0.target.atMost != nil }) {
            shape = .range
            achieved = progress.figures.map { Self.reached($0, language) }.joined(separator: language.listSeparator)
            goals = progress.figures.map { $0.target.goalText($0.goal, language) }.joined(
                separator: language.listSeparator)
            more = ""
            return
        }
        switch first.target.kind {
        case .done, .heldOnDay:
            shape = .done
            achieved = ""
            goals = ""
            more = ""
        case .rate, .amountPerResident:
            shape = .level
            achieved = ProgressText.actual(first.actual, first.target.kind, language)
            goals = language.figure(first.goal) + first.target.unitText(language)
            more = ""
        case .activities, .sessions, .participants, .households, .amount, .kinds:
            shape = .count
            let separator = language.listSeparator
            achieved = progress.figures.map { Self.count($0.actual, $0.target, language) }.joined(separator: separator)
            goals = progress.figures.map { Self.count($0.goal, $0.target, language) }.joined(separator: separator)
            more = progress.figures.filter { $0.actual < $0.goal }.map {
                Self.count($0.goal - $0.actual, $0.target, language)
            }
            .joined(separator: separator)
        }
    }

    /// "4场", "2040人次", "4 sessions", "12 times".
    private static func count(_ value: Double, _ target: Target, _ language: Language) -> String {
        let unit = target.unitText(language)
        let rounded = target.kind == .amount ? (value * 100).rounded() / 100 : value
        let written = unit.isEmpty ? language(L.timesInProse) : unit
        return language.figure(rounded) + (language == .en && rounded == 1 ? Self.singular(written) : written)
    }

    /// An English unit for one: " person", " session", " household".
    private static func singular(_ unit: String) -> String {
        switch unit {
        case " people": " person"
        case _ where unit.hasSuffix("s") && !unit.hasSuffix("ss"): String(unit.dropLast())
        default: unit
        }
    }

    /// A figure reached, with its unit: "35人次", "18%".
    private static func reached(_ figure: TaskProgress.Figure, _ language: Language) -> String {
        switch figure.target.kind {
        case .rate, .amountPerResident, .done, .heldOnDay:
            ProgressText.actual(figure.actual, figure.target.kind, language)
        case .activities, .sessions, .participants, .households, .amount, .kinds:
            count(figure.actual, figure.target, language)
        }
    }
}
