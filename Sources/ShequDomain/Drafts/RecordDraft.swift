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

    public var key: String
    public var label: Localized
    public var kind: Kind
    public var required: Bool

    public init(_ key: String, _ label: Localized, _ kind: Kind = .text, required: Bool = false) {
        self.key = key
        self.label = label
        self.kind = kind
        self.required = required
    }
}

/// The text of a form for a plan, task, activity or reading of one
/// community, with its rules and how it changes the community. Fields may
/// depend on values (a task's target kind decides which fields show).
public protocol RecordDraft: Sendable {
    /// The form's title, e.g. "新建计划" or "编辑任务：…".
    var title: Localized { get }
    var fields: [FormField] { get }
    var values: [String: String] { get set }
    /// The values the form opened with, to tell whether anything changed.
    var initialValues: [String: String] { get }
    /// Each refused field with the reason; empty when the draft can be saved.
    func errors(in community: Community) -> [String: Localized]
    /// What the form should point out without refusing it, by field
    /// (a reading dated outside its plan's year).
    func warnings(in community: Community) -> [String: Localized]
    /// The community with this draft applied, and a label for undo; call
    /// only when `errors` is empty.
    func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized)
    /// Lines shown above the fields (the checklists a batch decision
    /// names); empty for most forms.
    var preamble: [String] { get }
    /// Whether saving changes what the clerk keeps (every form but a
    /// supervisor's decision), which only a clerk may do.
    var changesRecords: Bool { get }
    /// The status line's words once the change is saved.
    func savedMessage(_ label: Localized, _ community: Community) -> Localized
    /// The same form opened afresh on `community` as it is now, after its
    /// file was changed outside Shequ and read again: its initial values
    /// come from the record there; nil when that record is gone.
    func reopened(on community: Community, today: LocalDate) -> Self?
}

extension RecordDraft {
    public subscript(key: String) -> String {
        get { values[key] ?? "" }
        set { values[key] = newValue }
    }

    public func savedMessage(_ label: Localized, _ community: Community) -> Localized {
        L.savedChange(label)
    }

    public func warnings(in community: Community) -> [String: Localized] { [:] }

    public var changesRecords: Bool { true }

    public var preamble: [String] { [] }

    /// The form reopened on `community` with this form's edits carried
    /// over, so that saving writes what was typed and keeps every other
    /// value as the file now has it.
    public func rebased(on community: Community, today: LocalDate) -> Self? {
        guard var fresh = reopened(on: community, today: today) else { return nil }
        for (key, value) in values where value != (initialValues[key] ?? "") { fresh[key] = value }
        return fresh
    }

    public var hasChanges: Bool {
        fields.contains { (values[$0.key] ?? "") != (initialValues[$0.key] ?? "") }
    }
}

/// Reading and checking the text of form fields.
enum FieldText {
    /// A number as typed: full-width characters, thousands separators and a
    /// trailing per cent sign (96%, for a rate) allowed.
    static func number(_ text: String) -> Double? {
        var ascii = text.halfWidth.trimmed.filter { $0 != "," && $0 != "，" }
        if ascii.hasSuffix("%") { ascii.removeLast() }
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
        parsing: [String: Localized], rules: [RuleProblem], keys: [String: String] = [:]
    ) -> [String: Localized] {
        var errors = parsing
        for problem in rules {
            let key = keys[problem.path] ?? problem.path
            if errors[key] == nil { errors[key] = problem.message }
        }
        return errors
    }

    /// A date in one of the three accepted forms, or why not.
    static func date(_ text: String, blankAllowed: Bool) -> Localized? {
        if text.trimmed.isEmpty { return blankAllowed ? nil : L.required }
        return LocalDate.parse(text) == nil ? L.badDate : nil
    }
}
