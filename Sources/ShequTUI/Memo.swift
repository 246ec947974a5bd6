/// One remembered answer of a costly derivation from the state: the
/// Communities screen's sorted rows, the Reviews queue, attainment. Screens
/// ask for them several times per key (update, clamping, drawing, hints)
/// while the answer changes only when what it is derived from does, which
/// the key says (`AppState.communitiesVersion` among it). Copies of a state
/// share a memo; the one state the runner updates in place is the only one
/// that changes.
final class Memo<Key: Equatable, Value>: @unchecked Sendable {
    private var key: Key?
    private var value: Value?

    /// The remembered value for `key`, or `compute`'s, remembered.
    func value(for key: Key, compute: () -> Value) -> Value {
        if let value, self.key == key { return value }
        let computed = compute()
        self.key = key
        value = computed
        return computed
    }
}

/// What a screen's derived rows depend on besides the data: the filters
/// and the order, as text.
struct MemoKey: Equatable {
    var version: Int
    var parts: [String]
}
