import Foundation

/// A rectification carried out after its checklist was approved: when,
/// what was done and the evidence, recorded by the clerk beside the signed
/// content (which stays as approved, so the approval still verifies), and
/// the street office's verification of it.
public struct RectificationFollowUp: Codable, KeepsUnknownFields, Equatable, Sendable {
    /// The failed item it puts right.
    public var itemID: String
    public var date: LocalDate
    /// What was done.
    public var action: String
    public var evidence: String
    public var recordedBy: String
    /// The supervisor who checked it, and when; nil until verified.
    public var verifiedBy: String?
    public var verifiedAt: Date?

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    package enum CodingKeys: String, CodingKey {
        case itemID, date, action, evidence, recordedBy, verifiedBy, verifiedAt
    }

    public init(itemID: String, date: LocalDate, action: String, evidence: String, recordedBy: String) {
        self.itemID = itemID
        self.date = date
        self.action = action
        self.evidence = evidence
        self.recordedBy = recordedBy
    }

    public var isVerified: Bool { verifiedBy != nil }
}

extension Checklist {
    /// The follow-up recorded for item `itemID`, if any.
    public func followUp(of itemID: String) -> RectificationFollowUp? {
        followUps?.last { $0.itemID == itemID }
    }
}
