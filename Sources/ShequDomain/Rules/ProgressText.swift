import ShequText

/// How progress figures are written on screens and in lists.
public enum ProgressText {
    /// What a task has reached, as `actual` says it, or "—" when nothing is
    /// measured yet; a task with several targets gives each figure with its
    /// unit: "4场、2150人次".
    public static func actual(_ progress: TaskProgress, _ language: Language) -> String {
        guard progress.measured else { return unmeasured }
        guard progress.figures.count > 1 else {
            return actual(progress.actual, progress.figures[0].target.kind, language)
        }
        return progress.figures.map { figure in
            let text = actual(figure.actual, figure.target.kind, language)
            // A rate and a per-resident amount carry their units already.
            let kind = figure.target.kind
            return kind.countsActivities && kind != .amountPerResident ? text + figure.target.unitText(language) : text
        }.joined(separator: language.listSeparator)
    }

    /// How far a task has come as summaries and lists print it: "76.7%"
    /// (`Percentage`'s one rule), "—" when nothing is measured.
    public static func percent(_ progress: TaskProgress) -> String {
        progress.measured ? Percentage.text(progress.exactPercent, short: progress.state != .met) : unmeasured
    }

    /// The mark of a figure not known yet.
    public static let unmeasured = "—"

    /// The actual figure in the target's terms: "9", "95.2%", "0.84元/人", "是".
    public static func actual(_ value: Double, _ kind: Target.Kind, _ language: Language) -> String {
        switch kind {
        case .activities, .sessions, .participants, .households: language.figure(value)
        case .amount: language.figure((value * 100).rounded() / 100)
        case .rate: Target.number((value * 10).rounded() / 10) + "%"
        case .amountPerResident:
            Target.number((value * 100).rounded() / 100) + language(L.yuanPerResidentShort)
        case .done: language(value >= 1 ? L.isDone : L.isNotDone)
        case .kinds: language.figure(value)
        case .heldOnDay: language(value >= 1 ? L.isHeld : L.isNotHeld)
        }
    }

    /// A bar of `width` cells filled in proportion to `percent` (capped at
    /// 100), rounded down so that only a met target shows a full bar.
    public static func bar(_ percent: Int, width: Int) -> (filled: Int, empty: Int) {
        let filled = max(0, min(width, Int((Double(min(100, percent)) / 100 * Double(width)).rounded(.down))))
        return (filled, width - filled)
    }
}
