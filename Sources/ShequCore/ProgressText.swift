/// How progress figures are written on screens and in lists.
public enum ProgressText {
    /// The actual figure in the target's terms: "9", "95.2%", "0.84元/人", "是".
    /// What a task has reached, as `actual` says it, or "—" when nothing is
    /// measured yet.
    public static func actual(_ progress: TaskProgress, _ kind: Target.Kind, _ language: Language) -> String {
        progress.measured ? actual(progress.actual, kind, language) : unmeasured
    }

    /// The mark of a figure not known yet.
    public static let unmeasured = "—"

    public static func actual(_ value: Double, _ kind: Target.Kind, _ language: Language) -> String {
        switch kind {
        case .count, .participants: Target.number(value)
        case .rate: Target.number((value * 10).rounded() / 10) + "%"
        case .amountPerResident:
            Target.number((value * 100).rounded() / 100) + language(L.yuanPerResidentShort)
        case .done: language(value >= 1 ? L.isDone : L.isNotDone)
        }
    }

    /// A bar of `width` cells filled in proportion to `percent` (capped at
    /// 100), rounded down so that only a met target shows a full bar.
    public static func bar(_ percent: Int, width: Int) -> (filled: Int, empty: Int) {
        let filled = max(0, min(width, Int((Double(min(100, percent)) / 100 * Double(width)).rounded(.down))))
        return (filled, width - filled)
    }
}
