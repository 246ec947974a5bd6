/// Who is acting: a role, which decides what they may do, the name
/// written into the review trail, and for a supervisor the key their
/// decisions are signed with.
public struct Actor: Equatable, Sendable {
    public var role: UserRole
    public var name: String
    /// Signs the supervisor's decisions; nil leaves them unsigned, and an
    /// unsigned approval counts for nothing.
    public var signer: ReviewSigner?

    public init(role: UserRole, name: String, signer: ReviewSigner? = nil) {
        self.role = role
        self.name = name
        self.signer = signer
    }

    /// The name used when the configuration gives none.
    public static func defaultName(for role: UserRole) -> String {
        role == .supervisor ? "街道审核员" : "社区填报员"
    }
}
