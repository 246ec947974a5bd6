import Foundation
import ShequText

/// An inspection or evaluation checklist (检查/考评表) filled for one
/// period: items copied from a standard, each passed, failed or not
/// applicable, with evidence; and the review trail that signs it off.
public struct Checklist: Codable, KeepsUnknownFields, Equatable, Sendable, Identifiable {
    public var id: String
    public var templateID: String
    public var title: String
    /// The period it covers, as people write it: "2025年", "2025年第三季度".
    public var period: String
    /// Whether items carry weights out of 100 (百分考评) or are pass/fail only.
    public var scored: Bool
    /// Points needed to pass (100 for pass/fail: every applicable item).
    public var threshold: Double
    public var items: [ChecklistItem]
    public var state: ChecklistState
    public var reviews: [Review]
    /// Rectifications carried out after approval, outside the signed
    /// content; nil (absent from the file) until there is one.
    public var followUps: [RectificationFollowUp]?
    /// When this checklist last changed here; import keeps the newer one.
    public var updatedAt: Date?

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    package enum CodingKeys: String, CodingKey {
        case id, templateID, title, period, scored, threshold, items, state, reviews, followUps, updatedAt
    }

    public init(
        id: String, templateID: String, title: String, period: String, scored: Bool, threshold: Double,
        items: [ChecklistItem], state: ChecklistState = .draft, reviews: [Review] = []
    ) {
        self.id = id
        self.templateID = templateID
        self.title = title
        self.period = period
        self.scored = scored
        self.threshold = threshold
        self.items = items
        self.state = state
        self.reviews = reviews
    }
}

/// One line of a checklist.
public struct ChecklistItem: Codable, KeepsUnknownFields, Equatable, Sendable, Identifiable {
    public var id: String
    /// The heading it stands under, e.g. 领导班子建设好.
    public var group: String
    public var text: String
    public var weight: Double
    /// A veto item (一票否决): failing it fails the whole checklist.
    public var veto: Bool
    public var result: ItemResult
    public var evidence: String
    /// What will be put right, by whom and when; required for a failed item.
    public var rectification: Rectification?
    /// The plan task the item restates ("召开专题办公会不少于2次"), whose
    /// figures it is checked against; nil when not linked.
    public var taskID: String?

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    package enum CodingKeys: String, CodingKey {
        case id, group, text, weight, veto, result, evidence, rectification, taskID
    }

    public init(
        id: String, group: String, text: String, weight: Double, veto: Bool = false,
        result: ItemResult = .pending, evidence: String = "", rectification: Rectification? = nil
    ) {
        self.id = id
        self.group = group
        self.text = text
        self.weight = weight
        self.veto = veto
        self.result = result
        self.evidence = evidence
        self.rectification = rectification
    }
}

/// The result of one item; Space cycles pending → pass → fail → n/a.
public enum ItemResult: String, Codable, CaseIterable, Sendable {
    case pending, pass, fail, notApplicable

    public var next: ItemResult {
        switch self {
        case .pending: .pass
        case .pass: .fail
        case .fail: .notApplicable
        case .notApplicable: .pending
        }
    }

    public var label: Localized { L.itemResult(self) }
}

/// A rectification (整改) of a failed item.
public struct Rectification: Codable, KeepsUnknownFields, Equatable, Sendable {
    public var action: String
    public var owner: String
    public var due: LocalDate
    public var done: Bool

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    package enum CodingKeys: String, CodingKey {
        case action, owner, due, done
    }

    public init(action: String, owner: String, due: LocalDate, done: Bool = false) {
        self.action = action
        self.owner = owner
        self.due = due
        self.done = done
    }
}

/// Where a checklist is in its review: draft → submitted → approved or
/// returned → (edited) → submitted …
public enum ChecklistState: String, Codable, CaseIterable, Sendable {
    case draft, submitted, approved, returned

    public var label: Localized { L.checklistState(self) }
}

/// One step of the review trail: who did what, when, with which comment; a
/// supervisor's decision is signed with their key (`ApprovalSignature`).
public struct Review: Codable, KeepsUnknownFields, Equatable, Sendable {
    /// What the step was: the clerk's submission or a supervisor's decision.
    public enum Decision: String, Codable, Sendable {
        case submitted, approved, returned, reopened

        /// The state of a checklist whose trail ends in this step.
        public var stateLeft: ChecklistState {
            switch self {
            case .submitted: .submitted
            case .approved: .approved
            case .returned, .reopened: .returned
            }
        }
    }

    public var time: Date
    public var reviewer: String
    public var decision: Decision
    public var comment: String
    /// SHA-256 of the checklist's content, written by older versions on
    /// approval; such an approval shows as unsigned (legacy).
    public var digest: String?
    /// The signer's Ed25519 public key, base64.
    public var signedBy: String?
    /// The Ed25519 signature over `ApprovalSignature`'s payload, base64.
    public var signature: String?
    /// The digest of the trail before this decision, which its signature
    /// covers: the chain that keeps a signed trail from losing, repeating or
    /// reordering entries. Absent in signatures of older versions.
    public var previous: String?
    /// The community's name when the decision was signed, which its
    /// signature covers: renaming the community afterwards shows.
    public var communityName: String?
    /// On a return or a reopening, the items as the supervisor sent them
    /// back (the content the signature covers): what a resubmission is
    /// compared with (`ReturnChanges`). Absent from older files' entries.
    public var returnedItems: [ChecklistItem]?

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    package enum CodingKeys: String, CodingKey {
        case time, reviewer, decision, comment, digest, signedBy, signature, previous, communityName, returnedItems
    }

    public init(time: Date, reviewer: String, decision: Decision, comment: String = "", digest: String? = nil) {
        self.time = time
        self.reviewer = reviewer
        self.decision = decision
        self.comment = comment
        self.digest = digest
    }
}

extension Checklist {
    /// The supervisor's last decision (approval, return or reopening): the
    /// one that names "the reviewer" on screens, in `list` and in exports.
    public var lastDecision: Review? {
        reviews.last { $0.decision != .submitted }
    }

    /// When the clerk last submitted it for review.
    public var lastSubmission: Review? {
        reviews.last { $0.decision == .submitted }
    }

    /// Whether it belongs to `year`: its period names the year ("2025年",
    /// "2025年第三季度").
    public func belongs(toYear year: Int) -> Bool {
        period.contains(String(year))
    }
}
