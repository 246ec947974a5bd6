import ShequText

/// Who is at the keyboard: a community clerk who keeps the records, or a
/// street-office supervisor who reviews them.
public enum UserRole: String, CaseIterable, Sendable {
    case clerk, supervisor
}

extension UserRole {
    /// The mark in the title bar, for the role that is not the default.
    public var badge: Localized? { self == .supervisor ? L.supervisorBadge : nil }
}
