import Foundation

/// One activity held, the evidence that counts toward targets: "4 family
/// education trainings, 2,000 participants".
public struct Activity: Codable, KeepsUnknownFields, Equatable, Sendable, Identifiable {
    public var id: String
    public var date: LocalDate
    public var kind: ActivityKind  // beside the four-byte date, where it takes no room of its own
    public var title: String
    /// Sessions held (场次).
    public var sessions: Int
    /// Participants counted as person-times (人次).
    public var participants: Int
    /// Money spent, in yuan, for amount and per-resident funding targets.
    public var amount: Double?
    /// Households reached (入户走访的户数), for household targets; nil when not recorded.
    public var households: Int?
    public var location: String
    public var notes: String
    /// The tasks this activity counts for; one activity may serve several.
    public var taskIDs: [String]
    /// When this activity last changed here; import keeps the newer one.
    public var updatedAt: Date?

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    package enum CodingKeys: String, CodingKey, CaseIterable {
        case id, date, title, kind, sessions, participants, amount, households, location, notes, taskIDs, updatedAt
    }

    public init(
        id: String, date: LocalDate, title: String, kind: ActivityKind, sessions: Int = 1, participants: Int = 0,
        amount: Double? = nil, households: Int? = nil, location: String = "", notes: String = "",
        taskIDs: [String] = []
    ) {
        self.households = households
        self.id = id
        self.date = date
        self.title = title
        self.kind = kind
        self.sessions = sessions
        self.participants = participants
        self.amount = amount
        self.location = location
        self.notes = notes
        self.taskIDs = taskIDs
    }
}
