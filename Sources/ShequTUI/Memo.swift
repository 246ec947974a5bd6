import Foundation

/// One remembered answer of a costly derivation from the state: the
/// Communities screen's sorted rows, the Reviews queue, attainment. Screens
/// ask for them several times per key (update, clamping, drawing, hints)
/// while the answer changes only when what it is derived from does, which
/// the key says (`AppState.communitiesVersion` among it). Copies of a state
/// share a memo; the one state the runner updates in place is the only one
/// that changes. A lock makes it safe wherever a copy of the state goes.
final class Memo<Key: Equatable, Value>: @unchecked Sendable {
    private var key: Key?
    private var value: Value?
    private let lock = NSLock()

    /// The remembered value for `key`, or `compute`'s, remembered.
    func value(for key: Key, compute: () -> Value) -> Value {
        lock.lock()
        if let value, self.key == key {
            lock.unlock()
            return value
        }
        lock.unlock()
        // Worked out outside the lock: a derivation may ask another memo.
        let computed = compute()
        lock.lock()
        (self.key, value) = (key, computed)
        lock.unlock()
        return computed
    }
}

/// What a screen's derived rows depend on besides the data: the filters
/// and the order, as text.
struct MemoKey: Equatable {
    var version: Int
    var parts: [String]
}
