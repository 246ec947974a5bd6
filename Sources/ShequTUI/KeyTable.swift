import ShequCore

/// One entry of a screen's key table: the keys, how the help names them,
/// what they do, and whether the status line shows them as a hint.
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

/// A screen's keys. The same table decides what a key does, what the help
/// screen lists and what the status line hints, so they cannot disagree.
public struct KeyTable<Action: Sendable>: Sendable {
    public let bindings: [KeyBinding<Action>]

    public init(_ bindings: [KeyBinding<Action>]) {
        self.bindings = bindings
    }

    /// The action bound to `key`, if any.
    public func action(for key: Key) -> Action? {
        bindings.first { $0.keys.contains(key) }?.action
    }

    /// Rows for the help screen.
    public var help: [HelpRow] {
        bindings.map { HelpRow(keys: $0.label, text: $0.help) }
    }

    /// Hints for the status line: the first key of each hinted binding.
    public var hints: [HelpRow] {
        hints { _ in true }
    }

    /// Hints of the bindings whose action passes `include`.
    public func hints(_ include: (Action) -> Bool) -> [HelpRow] {
        bindings.filter { $0.hint && include($0.action) }.map {
            HelpRow(keys: String($0.label.split(separator: " ").first ?? ""), text: $0.help)
        }
    }
}

/// A key and what it does, as the help screen and status line show it.
public struct HelpRow: Equatable, Sendable {
    public let keys: String
    public let text: Localized
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
