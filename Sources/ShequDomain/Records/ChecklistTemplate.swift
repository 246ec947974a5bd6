import ShequText

/// A standard a community is checked against: headed groups of items, each
/// with a weight and maybe a veto, a pass threshold, and whether it is
/// scored out of 100 or pass/fail. Built in, or a user's TOML file.
public struct ChecklistTemplate: Equatable, Sendable, Identifiable {
    /// One item of the standard.
    public struct Item: Equatable, Sendable {
        public var group: Localized
        public var text: Localized
        public var weight: Double
        public var veto: Bool
        /// The kind of plan target the item restates ("召开专题办公会不少于2次"
        /// restates a count of meetings), so that a checklist made from it
        /// links the item to the plan's task of that kind; nil for none.
        public var restates: Target.Kind?

        public init(
            _ group: Localized, _ text: Localized, weight: Double = 1, veto: Bool = false, restates: Target.Kind? = nil
        ) {
            self.group = group
            self.text = text
            self.weight = weight
            self.veto = veto
            self.restates = restates
        }
    }

    public var id: String
    public var title: Localized
    public var scored: Bool
    public var threshold: Double
    public var items: [Item]
    /// Where a user template came from; nil for a built-in one.
    public var file: String?

    public init(id: String, title: Localized, scored: Bool, threshold: Double, items: [Item], file: String? = nil) {
        self.id = id
        self.title = title
        self.scored = scored
        self.threshold = threshold
        self.items = items
        self.file = file
    }

    /// A new checklist from this standard, for `period`, in `language`;
    /// given the plans of the community, each item that restates a target is
    /// linked to the task it restates (`linkedTask`).
    public func instantiate(id: String, period: String, language: Language, plans: [Plan] = []) -> Checklist {
        let year = ChecklistPeriod(period)?.year
        let tasks = plans.filter { $0.year == year }.flatMap(\.tasks)
        return Checklist(
            id: id, templateID: self.id, title: language(title), period: period, scored: scored, threshold: threshold,
            items: items.enumerated().map { index, item in
                var made = ChecklistItem(
                    id: "i\(index + 1)", group: language(item.group), text: language(item.text), weight: item.weight,
                    veto: item.veto)
                made.taskID = item.restates.flatMap { Self.linkedTask(restating: $0, item.text.zh, among: tasks)?.id }
                return made
            })
    }

    /// The task an item restating a `kind` of target most likely restates:
    /// one of a like kind (counted, a rate, done or not) whose title shares
    /// the most characters with the item's, four at least; nil when none does.
    static func linkedTask(restating kind: Target.Kind, _ text: String, among tasks: [PlanTask]) -> PlanTask? {
        func family(_ kind: Target.Kind) -> Int {
            kind.countsActivities ? 0 : kind == .rate ? 1 : 2
        }
        let words = Set(text.filter { !$0.isNumber && !$0.isPunctuation })
        let scored = tasks.filter { family($0.target.kind) == family(kind) }.map { task in
            (task: task, shared: Set(task.title).intersection(words).count)
        }
        guard let best = scored.max(by: { $0.shared < $1.shared }), best.shared >= 4 else { return nil }
        return best.task
    }
}
