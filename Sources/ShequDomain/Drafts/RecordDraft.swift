import ShequText

/// One input of a record form: a line of text, a choice among options, or
/// a yes/no toggle.
public struct FormField: Equatable, Sendable {
    /// How the field is edited.
    public enum Kind: Equatable, Sendable {
        case text
        /// Text of several lines (an objective, evidence, notes): Enter and
        /// pasted line breaks start a new line.
        case paragraph
        case choice([Option])
        case toggle
    }

    /// A value a choice field can take, and how it is shown.
    public struct Option: Equatable, Sendable {
        public var value: String
        public var label: Localized

        public init(_ value: String, _ label: Localized) {
            self.value = value
            self.label = label
        }
    }

    public var key: FieldKey
    public var label: Localized
    public var kind: Kind
    public var required: Bool

    public init(_ key: FieldKey, _ label: Localized, _ kind: Kind = .text, required: Bool = false) {
        self.key = key
        self.label = label
        self.kind = kind
        self.required = required
    }
}

/// The fields of a form or a dialog and the text typed into each, keyed by
/// `FieldKey`: what the form screen edits, whatever the answers are for.
public protocol FormDraft: Sendable {
    /// The form's title, e.g. "新建计划" or "编辑任务：…".
    var title: Localized { get }
    var fields: [FormField] { get }
    var values: [FieldKey: String] { get set }
    /// The values the form opened with, to tell whether anything changed.
    var initialValues: [FieldKey: String] { get }
    /// Lines shown above the fields (the checklists a batch decision
    /// names); empty for most forms.
    var preamble: [String] { get }
}

extension FormDraft {
    public subscript(key: FieldKey) -> String {
        get { values[key] ?? "" }
        set { values[key] = newValue }
    }

    public var preamble: [String] { [] }

    public var hasChanges: Bool {
        fields.contains { (values[$0.key] ?? "") != (initialValues[$0.key] ?? "") }
    }

    /// This draft's typed values carried onto `fresh`, the same form opened
    /// again: what was typed stays, every other value is `fresh`'s.
    func carryingEdits(onto fresh: Self) -> Self {
        var fresh = fresh
        for (key, value) in values where value != (initialValues[key] ?? "") { fresh[key] = value }
        return fresh
    }
}

/// A form that edits a record of one community: the community itself, or a
/// plan, task, activity, reading or checklist of it, with the rules its
/// text must meet and how it changes the community. Fields may depend on
/// values (a task's target kind decides which fields show).
public protocol RecordDraft: FormDraft {
    /// Each refused field with the reason; empty when the draft can be saved.
    func errors(in community: Community) -> [FieldKey: Localized]
    /// What the form should point out without refusing it, by field
    /// (a reading dated outside its plan's year).
    func warnings(in community: Community) -> [FieldKey: Localized]
    /// The community with this draft applied, and a label for undo; call
    /// only when `errors` is empty.
    func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized)
    /// The status line's words once the change is saved.
    func savedMessage(_ label: Localized, _ community: Community) -> Localized
    /// The same form opened afresh on `community` as it is now, after its
    /// file was changed outside Shequ and read again: its initial values
    /// come from the record there; nil when that record is gone.
    func reopened(on community: Community, today: LocalDate) -> Self?
}

extension RecordDraft {
    public func savedMessage(_ label: Localized, _ community: Community) -> Localized {
        L.savedChange(label)
    }

    public func warnings(in community: Community) -> [FieldKey: Localized] { [:] }

    /// The form reopened on `community` with this form's edits carried
    /// over, so that saving writes what was typed and keeps every other
    /// value as the file now has it.
    public func rebased(on community: Community, today: LocalDate) -> Self? {
        reopened(on: community, today: today).map(carryingEdits)
    }
}

/// Reading and checking the text of form fields.
enum FieldText {
    /// A number as typed: full-width characters, thousands separators and a
    /// trailing per cent sign (96%, for a rate) allowed.
    static func number(_ text: String) -> Double? {
        var typed = text.halfWidth.trimmed
        if typed.hasSuffix("%") { typed.removeLast() }
        guard let ascii = DigitGrouping.ungrouped(typed.trimmed) else { return nil }
        return Double(ascii.trimmed).flatMap { $0.isFinite ? $0 : nil }
    }

    /// The whole number typed, nil when blank or not one.
    static func wholeNumber(_ text: String) -> Int? {
        if case .success(let value) = CommunityDraft.count(text) { return value }
        return nil
    }

    /// A non-negative whole number, or why not; blank is allowed when `blankAllowed`.
    static func count(_ text: String, blankAllowed: Bool = true) -> Localized? {
        if text.trimmed.isEmpty { return blankAllowed ? nil : L.required }
        switch CommunityDraft.count(text) {
        case .success: return nil
        case .failure(let why): return why
        }
    }

    /// A form's errors: what did not parse, then each broken rule of the
    /// record built from the text (`RecordRules`), on the field it belongs
    /// to; `keys` maps a rule's path to its field where the two differ.
    static func errors(
        parsing: [FieldKey: Localized], rules: [RuleProblem], keys: [String: FieldKey] = [:]
    ) -> [FieldKey: Localized] {
        var errors = parsing
        for problem in rules {
            let key = keys[problem.path] ?? FieldKey(problem.path)
            if errors[key] == nil { errors[key] = problem.message }
        }
        return errors
    }

    /// A date in one of the three accepted forms, or why not.
    static func date(_ text: String, blankAllowed: Bool) -> Localized? {
        if text.trimmed.isEmpty { return blankAllowed ? nil : L.required }
        guard LocalDate.parse(text) == nil else { return nil }
        guard let typed = LocalDate.typedParts(text) else { return L.badDate }
        return L.noSuchDay(year: typed.year, month: typed.month, day: typed.day)
    }
}
