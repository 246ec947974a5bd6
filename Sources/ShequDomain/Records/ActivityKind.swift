import ShequText

/// The kinds of activity a ledger records.
public enum ActivityKind: String, Codable, CaseIterable, Sendable {
    case lecture, training, publicity, meeting, inspection, volunteerService, performance, visit, other

    public var label: Localized { L.activityKind(self) }
}
