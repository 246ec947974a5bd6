import ShequText

/// One entry of a key table: the keys, how the help names them, what they
/// do, and whether the status line shows them as a hint.
public struct KeyBinding<Action: Sendable>: Sendable {
    public let keys: [Key]
    /// The keys as the help and status line show them, e.g. "d Del".
    public let label: String
    public let help: Localized
    public let action: Action
    public let hint: Bool

    public init(_ keys: [Key], _ label: String, _ help: Localized, _ action: Action, hint: Bool = false) {
        self.keys = keys
        self.label = label
        self.help = help
        self.action = action
        self.hint = hint
    }
}

/// What a key table says of a key on the current screen.
enum KeyLookup<Action> {
    /// The key is bound and enabled.
    case action(Action)
    /// The key is bound, but disabled for this role or state, for this reason.
    case refused(Localized)
    /// No binding has the key.
    case unbound
}

/// A screen's keys. The same table decides what a key does, what the help
/// screen lists and what the status line hints, so they cannot disagree.
/// Whether a binding is enabled is asked of the screen (`refusal`): a
/// disabled binding does nothing and is neither hinted nor listed in help;
/// pressing its key only says why.
public struct KeyTable<Action: Sendable>: Sendable {
    public let bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    /// What `key` does now.
    /// A key may have a binding for each state (s syncs, or sets sync up
    /// when there is none): the first one enabled acts; when none is, the
    /// first one's refusal says why.
    func lookup(_ key: Key, refusal: (Action) -> Localized? = { _ in nil }) -> KeyLookup<Action> {
        let bound = bindings.filter { $0.keys.contains(key) }
        guard let first = bound.first else { return .unbound }
        if let enabled = bound.first(where: { refusal($0.action) == nil }) { return .action(enabled.action) }
        return .refused(refusal(first.action) ?? L.unchanged)
    }

    /// Rows for the help screen: the enabled bindings.
    func help(refusal: (Action) -> Localized? = { _ in nil }) -> [HelpRow] {
        bindings.filter { refusal($0.action) == nil }.map { HelpRow(keys: $0.label, text: $0.help) }
    }

    /// Hints for the status line: the first key of each enabled hinted binding.
    func hints(refusal: (Action) -> Localized? = { _ in nil }) -> [HelpRow] {
        bindings.filter { $0.hint && refusal($0.action) == nil }.map {
            HelpRow(keys: String($0.label.split(separator: " ").first ?? ""), text: $0.help)
        }
    }
}

/// A key and what it does, as the help screen and status line show it.
public struct HelpRow: Equatable, Sendable {
    public let keys: String
    public let text: Localized
}

/// Whether a page used a key; an unused key is left to nobody (it does nothing).
enum KeyResult {
    case handled([Effect])
    case unhandled

    static let done = KeyResult.handled([])
}

/// The rows several screens share, declared once: undo, redo, export and
/// back, each bound to the screen's own action.
enum SharedKeys {
    static func undo<Action>(_ action: Action) -> KeyBinding<Action> {
        KeyBinding([.char("u")], "u", L.keyUndo, action)
    }

    static func redo<Action>(_ action: Action) -> KeyBinding<Action> {
        KeyBinding([.ctrl("r")], "Ctrl-R", L.keyRedo, action)
    }

    static func export<Action>(_ action: Action) -> KeyBinding<Action> {
        KeyBinding([.char("x")], "x", L.keyExport, action)
    }

    /// Esc and q go back one screen (or, where named, somewhere else).
    static func back<Action>(_ action: Action, _ help: Localized = L.keyBack) -> KeyBinding<Action> {
        KeyBinding([.escape, .char("q")], "Esc q", help, action, hint: true)
    }
}

/// The movement keys every list shares.
public enum Movement: Sendable {
    case up, down, pageUp, pageDown, first, last

    /// The help entries for movement, all bound to `action`; the screen
    /// asks `Movement.of(key)` which way.
    static func bindings<Action>(_ action: Action) -> [KeyBinding<Action>] {
        [
            KeyBinding([.up, .char("k"), .down, .char("j")], "Up/Down k/j", L.keyMove, action),
            KeyBinding([.pageUp, .pageDown], "PgUp/PgDn", L.keyPage, action),
            KeyBinding([.home, .char("g"), .end, .char("G")], "Home/End g/G", L.keyFirstLast, action),
        ]
    }

    /// The first line shown after this movement over `lines` lines of
    /// text of which `visible` fit, starting from `offset`.
    func scroll(_ offset: Int, lines: Int, visible: Int) -> Int {
        let moved: Int
        switch self {
        case .up: moved = offset - 1
        case .down: moved = offset + 1
        case .pageUp: moved = offset - visible
        case .pageDown: moved = offset + visible
        case .first: moved = 0
        case .last: moved = lines
        }
        return max(0, min(moved, lines - visible))
    }

    /// The movement a key asks for, if it is one.
    static func of(_ key: Key) -> Movement? {
        switch key {
        case .up, .char("k"): .up
        case .down, .char("j"): .down
        case .pageUp: .pageUp
        case .pageDown: .pageDown
        case .home, .char("g"): .first
        case .end, .char("G"): .last
        default: nil
        }
    }
}
