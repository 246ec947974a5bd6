import Foundation

/// A neighbourhood committee (社区居委会) and the figures that describe it;
/// everything Shequ keeps about one community lives in its file.
public struct Community: Equatable, Sendable, Identifiable {
    /// Generated identifier, also the file name: lowercase letters, digits
    /// and hyphens, never derived from the name.
    public var id: String
    public var name: String
    /// The street office (街道) the community belongs to.
    public var street: String
    /// The district (区).
    public var district: String
    /// Resident population (常住人口); nil when not known.
    public var population: Int?
    public var households: Int?
    /// Number of resident groups (居民小组).
    public var residentGroups: Int?
    public var contacts: [Contact]
    public var notes: String
    /// Annual work plans, any year.
    public var plans: [Plan]
    /// The activity ledger (活动台账), any year.
    public var activities: [Activity]
    /// Inspection and evaluation checklists, with their review trails.
    public var checklists: [Checklist]
    /// When the record last changed; import compares it.
    public var updatedAt: Date
    /// Top-level fields this version does not know, written back on save.
    public var unknownFields = UnknownFields()

    public init(
        id: String, name: String, street: String = "", district: String = "",
        population: Int? = nil, households: Int? = nil, residentGroups: Int? = nil,
        contacts: [Contact] = [], notes: String = "", plans: [Plan] = [], activities: [Activity] = [],
        checklists: [Checklist] = [],
        updatedAt: Date = Date(timeIntervalSince1970: 0)
    ) {
        self.id = id
        self.name = name
        self.street = street
        self.district = district
        self.population = population
        self.households = households
        self.residentGroups = residentGroups
        self.contacts = contacts
        self.notes = notes
        self.plans = plans
        self.activities = activities
        self.checklists = checklists
        self.updatedAt = updatedAt
    }

    /// True when `query` occurs in the name, street, district or a contact,
    /// ignoring case; Chinese text matches as typed.
    public func matches(_ query: String) -> Bool {
        let needle = query.trimmed
        if needle.isEmpty { return true }
        let haystacks = [name, street, district] + contacts.flatMap { [$0.name, $0.role] }
        return haystacks.contains {
            $0.localizedCaseInsensitiveContains(needle) || PinyinInitials.match(needle, in: $0)
        }
    }
}
