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

        public init(_ group: Localized, _ text: Localized, weight: Double = 1, veto: Bool = false) {
            self.group = group
            self.text = text
            self.weight = weight
            self.veto = veto
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

    /// A new checklist from this standard, for `period`, in `language`.
    public func instantiate(id: String, period: String, language: Language) -> Checklist {
        Checklist(
            id: id, templateID: self.id, title: language(title), period: period, scored: scored, threshold: threshold,
            items: items.enumerated().map { index, item in
                ChecklistItem(
                    id: "i\(index + 1)", group: language(item.group), text: language(item.text), weight: item.weight,
                    veto: item.veto)
            })
    }
}
