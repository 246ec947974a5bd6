import ShequText

/// Who may change a community's records — its details, plans, tasks,
/// readings, activities, and the content of its checklists: the clerk who
/// keeps them. A street-office supervisor reviews, signs and reopens
/// checklists, and changes nothing of what a clerk wrote.
public enum RecordKeeping {
    /// Why `actor` may not change records, or nil when they may.
    public static func refusal(by actor: Actor) -> Localized? {
        actor.role == .clerk ? nil : L.recordsAreTheClerks
    }
}
