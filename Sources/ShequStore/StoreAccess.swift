import ShequText

/// Whether this process may write to the data directory, and if not, why.
public enum StoreAccess: Equatable, Sendable {
    case readWrite
    case readOnly(Localized)

    public var isReadOnly: Bool {
        if case .readOnly = self { return true }
        return false
    }
}
