import Foundation
import ShequText

/// The review state machine and who may drive it: which actor may take
/// which step from which state, and what each step records. Screens ask
/// `refusal` to enable their keys; every step checks it again and returns
/// the new checklist or why not.
public enum ChecklistWorkflow {
    /// Everything that can be done to a checklist.
    public enum Step: CaseIterable, Sendable {
        /// Start one from a standard.
        case create
        /// Change results, evidence and rectifications.
        case edit
        case delete
        case submit
        case approve
        /// Return with a comment saying what to fix.
        case giveBack
        /// Open an approved checklist for editing again.
        case reopen
        /// Work the queue of submitted checklists across communities.
        case review
        /// Record a rectification carried out after approval.
        case followUp
        /// Confirm such a rectification.
        case verify

        /// The role whose step it is.
        public var role: UserRole {
            switch self {
            case .create, .edit, .delete, .submit, .followUp: .clerk
            case .approve, .giveBack, .reopen, .review, .verify: .supervisor
            }
        }
    }

    /// Whether a clerk's changes are possible in the checklist's state.
    public static func isEditable(_ checklist: Checklist) -> Bool {
        checklist.state == .draft || checklist.state == .returned
    }

    /// Why `actor` may not take `step` on `checklist` (nil for `.create`),
    /// or nil when they may: first the role, then the state.
    public static func refusal(_ step: Step, _ checklist: Checklist?, by actor: Actor) -> Localized? {
        if actor.role != step.role { return step.role == .clerk ? L.clerkOnly : L.supervisorOnly }
        guard let checklist else { return nil }
        switch step {
        case .create, .review: return nil
        case .edit, .delete, .submit: return isEditable(checklist) ? nil : L.notEditableInState(checklist.state.label)
        case .approve, .giveBack: return checklist.state == .submitted ? nil : L.onlySubmittedCanBeDecided
        case .reopen: return checklist.state == .approved ? nil : L.onlyApprovedCanBeReopened
        case .followUp, .verify: return checklist.state == .approved ? nil : L.followUpOnlyAfterApproval
        }
    }

    /// Why `actor` may not take `step` (`.followUp` or `.verify`) on item
    /// `itemID`, or nil: after approval, a clerk follows up an open
    /// rectification once, and a supervisor verifies a follow-up once.
    public static func refusal(_ step: Step, item itemID: String, of checklist: Checklist, by actor: Actor)
        -> Localized?
    {
        if let why = refusal(step, checklist, by: actor) { return why }
        switch step {
        case .followUp:
            let open = ChecklistEvaluation.openRectifications(checklist).contains { $0.id == itemID }
            return open ? nil : L.noOpenRectification
        case .verify:
            return ChecklistEvaluation.followUpsToVerify(checklist).contains { $0.id == itemID }
                ? nil : L.nothingToVerify
        default: return nil
        }
    }

    /// The checklist with a rectification's follow-up recorded beside its
    /// signed content.
    public static func recordFollowUp(
        _ followUp: RectificationFollowUp, on checklist: Checklist, by actor: Actor
    ) -> Result<Checklist, Refusal> {
        if let why = refusal(.followUp, item: followUp.itemID, of: checklist, by: actor) {
            return .failure(Refusal([why]))
        }
        var next = checklist
        next.followUps = (checklist.followUps ?? []) + [followUp]
        return .success(next)
    }

    /// The checklist with item `itemID`'s follow-up verified by `actor`.
    public static func verifyFollowUp(
        of itemID: String, on checklist: Checklist, by actor: Actor, at time: Date
    ) -> Result<Checklist, Refusal> {
        if let why = refusal(.verify, item: itemID, of: checklist, by: actor) { return .failure(Refusal([why])) }
        var next = checklist
        if let index = next.followUps?.lastIndex(where: { $0.itemID == itemID }) {
            next.followUps?[index].verifiedBy = actor.name
            next.followUps?[index].verifiedAt = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        }
        return .success(next)
    }

    /// Sets one item's result.
    public static func setResult(
        _ result: ItemResult, ofItem itemID: String, in checklist: Checklist, by actor: Actor
    ) -> Result<Checklist, Refusal> {
        if let why = refusal(.edit, checklist, by: actor) { return .failure(Refusal([why])) }
        var next = checklist
        for index in next.items.indices where next.items[index].id == itemID { next.items[index].result = result }
        return .success(next)
    }

    /// draft | returned → submitted, when every item is answered and every
    /// failed item has a rectification.
    public static func submit(_ checklist: Checklist, by actor: Actor, at time: Date) -> Result<Checklist, Refusal> {
        if let why = refusal(.submit, checklist, by: actor) { return .failure(Refusal([why])) }
        let evaluation = ChecklistEvaluation(checklist)
        guard evaluation.notReady.isEmpty else { return .failure(Refusal(evaluation.notReady)) }
        return .success(recording(.submitted, on: checklist, state: .submitted, by: actor, at: time))
    }

    /// A supervisor's decision on a checklist: approve a submitted one,
    /// return a submitted one for changes, or reopen an approved one.
    public enum Decision: Sendable {
        case approve, giveBack, reopen

        /// The step whose rule (role and state) allows it.
        var step: Step {
            switch self {
            case .approve: .approve
            case .giveBack: .giveBack
            case .reopen: .reopen
            }
        }

        /// What the trail records, and the state it leaves.
        var recorded: (decision: Review.Decision, state: ChecklistState) {
            switch self {
            case .approve: (.approved, .approved)
            case .giveBack: (.returned, .returned)
            case .reopen: (.reopened, .returned)
            }
        }

        /// Why a decision without a comment is refused: a return says what
        /// to fix, a reopening why; nil when the comment may be empty.
        public var commentRequired: Localized? {
            switch self {
            case .approve: nil
            case .giveBack: L.returnNeedsComment
            case .reopen: L.reopenNeedsReason
            }
        }
    }

    /// The one function behind every supervisor's decision: refused when
    /// the role, the checklist's state or a missing comment forbid it; else
    /// recorded in the trail and signed over exactly what was decided in
    /// `communityID`. An approval leaves the checklist approved; a return
    /// and a reopening leave it returned, to be edited again.
    public static func decide(
        _ decision: Decision, _ checklist: Checklist, in communityID: String, named name: String? = nil,
        by actor: Actor, comment: String, at time: Date
    ) -> Result<Checklist, Refusal> {
        if let why = refusal(decision.step, checklist, by: actor) { return .failure(Refusal([why])) }
        if let why = decision.commentRequired, comment.trimmed.isEmpty { return .failure(Refusal([why])) }
        // A clock more than a day behind the trail would sign a decision dated before the steps it follows.
        if let last = checklist.reviews.map(\.time).max(), time < last.addingTimeInterval(-ThreeWayMerge.toleratedSkew)
        {
            return .failure(Refusal([L.clockBehindTrail]))
        }
        let (recorded, state) = decision.recorded
        return .success(
            recording(
                recorded, on: checklist, in: communityID, named: name, state: state, by: actor, at: time,
                comment: comment))
    }

    /// submitted → approved: `decide(.approve, …)`.
    public static func approve(
        _ checklist: Checklist, in communityID: String, by actor: Actor, comment: String, at time: Date
    ) -> Result<Checklist, Refusal> {
        decide(.approve, checklist, in: communityID, by: actor, comment: comment, at: time)
    }

    /// submitted → returned, with what to fix: `decide(.giveBack, …)`.
    public static func returnForChanges(
        _ checklist: Checklist, in communityID: String, by actor: Actor, comment: String, at time: Date
    ) -> Result<Checklist, Refusal> {
        decide(.giveBack, checklist, in: communityID, by: actor, comment: comment, at: time)
    }

    /// approved → returned, with the reason: `decide(.reopen, …)`.
    public static func reopen(
        _ checklist: Checklist, in communityID: String, by actor: Actor, comment: String, at time: Date
    ) -> Result<Checklist, Refusal> {
        decide(.reopen, checklist, in: communityID, by: actor, comment: comment, at: time)
    }

    /// The checklist with the step added to its trail. The time is kept to
    /// the second, as files store it, so that a signature made now still
    /// verifies once read back; a supervisor's decision is signed when the
    /// actor has a key.
    private static func recording(
        _ decision: Review.Decision, on checklist: Checklist, in communityID: String = "", named name: String? = nil,
        state: ChecklistState, by actor: Actor, at time: Date, comment: String = ""
    ) -> Checklist {
        var next = checklist
        next.state = state
        var review = Review(
            time: Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down)), reviewer: actor.name,
            decision: decision, comment: comment.trimmed)
        // What was sent back is kept, so that the resubmission can be shown against it.
        if decision == .returned || decision == .reopened { review.returnedItems = checklist.items }
        if decision != .submitted, let signer = actor.signer {
            review = ApprovalSignature.signed(review, on: checklist, communityID: communityID, name: name, by: signer)
        }
        next.reviews.append(review)
        return next
    }

    /// Why a step was refused: every reason, for the status line.
    public struct Refusal: Error, Equatable, Sendable {
        public var reasons: [Localized]
        public init(_ reasons: [Localized]) { self.reasons = reasons }
    }
}
