/// A person a community can be reached through: the committee director, a
/// grid worker, a volunteer leader.
public struct Contact: Codable, KeepsUnknownFields, Equatable, Hashable, Sendable {
    /// Their role in the committee, e.g. 书记 or 网格员.
    public var role: String
    public var name: String
    public var phone: String

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    package enum CodingKeys: String, CodingKey {
        case role, name, phone
    }

    public init(role: String = "", name: String = "", phone: String = "") {
        self.role = role
        self.name = name
        self.phone = phone
    }

    /// True when every field is blank, so a form row left empty is dropped.
    public var isBlank: Bool {
        role.trimmed.isEmpty && name.trimmed.isEmpty && phone.trimmed.isEmpty
    }
}
