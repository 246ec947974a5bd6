/// Who is acting: a role, which decides what they may do, and the name
/// written into the review trail.
public struct Actor: Equatable, Sendable {
    public var role: UserRole
    public var name: String

    public init(role: UserRole, name: String) {
        self.role = role
        self.name = name
    }

    /// The name used when the configuration gives none.
    public static func defaultName(for role: UserRole) -> String {
        role == .supervisor ? "街道审核员" : "社区填报员"
    }
}
