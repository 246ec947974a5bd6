import ShequText

/// What a checklist's results add up to: the score out of 100, whether a
/// veto item failed, whether it passes, and whether it can be submitted.
public struct ChecklistEvaluation: Equatable, Sendable {
    /// Passed weight over applicable weight, as points out of 100, to one
    /// decimal as shown: rounded, but never up onto the pass mark the exact
    /// score does not reach (79.95 of 80 shows 79.9, not 80).
    public var score: Double
    /// Some item applies; a checklist of n/a items only has no score.
    public var applicable: Bool
    public var vetoFailed: Bool
    /// No veto failed, nothing pending, and the score reaches the threshold.
    public var passes: Bool
    public var pending: Int
    /// Why it cannot be submitted yet; empty when it can.
    public var notReady: [Localized]

    public init(_ checklist: Checklist) {
        let counted = checklist.items.filter { $0.result != .notApplicable }
        let total = counted.reduce(0) { $0 + $1.weight }
        let passed = counted.filter { $0.result == .pass }.reduce(0) { $0 + $1.weight }
        let exact = total > 0 ? passed / total * 100 : 0
        // Within a billionth of a point is the same score: weights such as 0.1 are not exact in binary.
        let reaches = exact + 1e-9 >= checklist.threshold
        let rounded = (exact * 10).rounded() / 10
        score = rounded >= checklist.threshold && !reaches ? (exact * 10).rounded(.down) / 10 : rounded
        applicable = total > 0
        vetoFailed = checklist.items.contains { $0.veto && $0.result == .fail }
        pending = checklist.items.filter { $0.result == .pending }.count
        // The decision is made on the exact score, not on the one shown.
        passes = !vetoFailed && pending == 0 && total > 0 && reaches
        var reasons: [Localized] = []
        if pending > 0 { reasons.append(L.itemsPending(pending)) }
        for item in checklist.items where item.result == .fail {
            let rectification = item.rectification
            if rectification == nil || rectification?.action.trimmed.isEmpty == true
                || rectification?.owner.trimmed.isEmpty == true
            {
                reasons.append(L.needsRectification(item.text))
            }
        }
        notReady = reasons
    }

    /// The score as every screen, list and export writes it: "85/100",
    /// "100%" for a pass/fail checklist, "—" when no item applies.
    public func scoreText(scored: Bool) -> String {
        applicable ? Target.number(score) + (scored ? "/100" : "%") : ProgressText.unmeasured
    }

    /// Whether the checklist counts as met (达标): approved, passing, and
    /// its approval validly signed by a trusted reviewer (so unchanged since).
    /// Attainment, summaries and lists all use this one rule.
    public static func isAttained(
        _ checklist: Checklist, communityID: String, name: String? = nil, trusted: TrustedReviewers
    ) -> Bool {
        guard checklist.state == .approved, ChecklistEvaluation(checklist).passes,
            case .valid = ApprovalSignature.approvalStatus(
                of: checklist, communityID: communityID, name: name, trusted: trusted)
        else { return false }
        return true
    }

    /// Failed items whose rectification is not done yet: neither marked
    /// done nor followed up after approval.
    public static func openRectifications(_ checklist: Checklist) -> [ChecklistItem] {
        checklist.items.filter {
            $0.result == .fail && $0.rectification?.done != true && checklist.followUp(of: $0.id) == nil
        }
    }

    /// Failed items followed up after approval and not yet verified.
    public static func followUpsToVerify(_ checklist: Checklist) -> [ChecklistItem] {
        checklist.items.filter { checklist.followUp(of: $0.id).map { !$0.isVerified } ?? false }
    }
}
