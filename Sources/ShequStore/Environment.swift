import ShequDomain

/// What the program takes from outside besides files and keys: the time and
/// new identifiers. One value is made at start and passed in; tests pass a
/// fixed clock and sequential identifiers.
public struct Environment: Sendable {
    public var clock: Clock
    public var ids: IDGenerator

    public init(clock: Clock, ids: IDGenerator = .random) {
        self.clock = clock
        self.ids = ids
    }
}
