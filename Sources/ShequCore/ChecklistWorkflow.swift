import Foundation

/// The review state machine: who may move a checklist from which state to
/// which, and what is recorded. Each step returns the new checklist or
/// why not.
public enum ChecklistWorkflow {
    /// Whether a clerk may change results, evidence and rectifications.
    public static func isEditable(_ checklist: Checklist) -> Bool {
        checklist.state == .draft || checklist.state == .returned
    }

    /// draft | returned → submitted, when every item is answered and every
    /// failed item has a rectification.
    public static func submit(_ checklist: Checklist, by clerk: String, at time: Date) -> Result<Checklist, Refusal> {
        guard isEditable(checklist) else { return .failure(Refusal([L.notEditableInState(checklist.state)])) }
        let evaluation = ChecklistEvaluation(checklist)
        guard evaluation.notReady.isEmpty else { return .failure(Refusal(evaluation.notReady)) }
        var next = checklist
        next.state = .submitted
        next.reviews.append(Review(time: time, reviewer: clerk, decision: .submitted))
        return .success(next)
    }

    /// submitted → approved, recording the digest of what was approved.
    public static func approve(_ checklist: Checklist, by reviewer: String, comment: String, at time: Date) -> Result<
        Checklist, Refusal
    > {
        guard checklist.state == .submitted else { return .failure(Refusal([L.onlySubmittedCanBeDecided])) }
        var next = checklist
        next.state = .approved
        next.reviews.append(
            Review(
                time: time, reviewer: reviewer, decision: .approved, comment: comment.trimmed,
                digest: ChecklistDigest.of(checklist)))
        return .success(next)
    }

    /// submitted → returned, with a comment saying what to fix.
    public static func returnForChanges(_ checklist: Checklist, by reviewer: String, comment: String, at time: Date)
        -> Result<Checklist, Refusal>
    {
        guard checklist.state == .submitted else { return .failure(Refusal([L.onlySubmittedCanBeDecided])) }
        guard !comment.trimmed.isEmpty else { return .failure(Refusal([L.returnNeedsComment])) }
        var next = checklist
        next.state = .returned
        next.reviews.append(Review(time: time, reviewer: reviewer, decision: .returned, comment: comment.trimmed))
        return .success(next)
    }

    /// approved → returned by a supervisor, so that it can be edited again;
    /// recorded in the trail.
    public static func reopen(_ checklist: Checklist, by reviewer: String, comment: String, at time: Date) -> Result<
        Checklist, Refusal
    > {
        guard checklist.state == .approved else { return .failure(Refusal([L.onlyApprovedCanBeReopened])) }
        var next = checklist
        next.state = .returned
        next.reviews.append(Review(time: time, reviewer: reviewer, decision: .reopened, comment: comment.trimmed))
        return .success(next)
    }

    /// Why a step was refused: every reason, for the status line.
    public struct Refusal: Error, Equatable, Sendable {
        public var reasons: [Localized]
        public init(_ reasons: [Localized]) { self.reasons = reasons }
    }
}
