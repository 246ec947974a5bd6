import ShequStore
import ShequText

/// What a key does on every screen.
enum GlobalAction: Sendable {
    case help, quit, becomeWritable
}

extension AppState {
    /// The keys that work on every screen, ahead of the screen's own.
    static let globalKeys = KeyTable<GlobalAction>([
        KeyBinding([.char("?"), .function(1)], "? F1", L.keyHelp, .help, hint: true),
        KeyBinding([.char("Q"), .ctrl("c")], "Q Ctrl-C", L.keyQuitAnywhere, .quit),
        KeyBinding([.char("W")], "W", L.keyBecomeWritable, .becomeWritable),
    ])

    /// While the keyboard types into a field, letters are text: only F1 and
    /// Ctrl-C stay global.
    static let typingGlobalKeys = KeyTable<GlobalAction>([
        KeyBinding([.function(1)], "F1", L.keyHelp, .help, hint: true),
        KeyBinding([.ctrl("c")], "Ctrl-C", L.keyQuitAnywhere, .quit),
    ])

    var activeGlobalKeys: KeyTable<GlobalAction> { isTyping ? Self.typingGlobalKeys : Self.globalKeys }

    /// What a page does with a key its table did not turn into an action:
    /// a disabled key says why (and is used up), an unbound one is not used.
    mutating func reject<Action>(_ lookup: KeyLookup<Action>) -> KeyResult {
        if case .refused(let why) = lookup {
            say(why, error: true)
            return .done
        }
        return .unhandled
    }

    /// Runs a global action.
    mutating func perform(_ action: GlobalAction) -> [Effect] {
        switch action {
        case .help:
            showingHelp = true
            helpOffset = 0
            return []
        case .quit:
            if recordFormHasUnsavedChanges {
                prompt = .quitDiscardingForm
                return []
            }
            return quit()
        case .becomeWritable:
            guard lockedOut else {
                say(reasonReadOnly ?? L.alreadyWritable)
                return []
            }
            return [.becomeWritable(endingHolder: false)]
        }
    }

    /// What trying to take the data directory came to: writable, and the
    /// files read again; or still held, with the offer to end the holder
    /// when it is this user's session on this computer.
    mutating func triedAccess(_ tried: StoreAccess, holder: LockHolder?, endedHolder: Bool) {
        access = tried
        lockHolder = holder
        guard tried.isReadOnly else {
            lockedOut = false
            say(L.nowWritable)
            return
        }
        guard let holder else {
            say(reasonReadOnly ?? L.readOnlyLocked, error: true)
            return
        }
        if endedHolder {
            say(L.holderWouldNotEnd(holder.pid), error: true)
        } else if holder.isMineHere {
            prompt = .endLockHolder(holder)
        } else {
            say(L.lockHeldElsewhere(holder.user, holder.host), error: true)
        }
    }
}
