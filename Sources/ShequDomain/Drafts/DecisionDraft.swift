import Foundation
import ShequText

/// A supervisor's decision, with its comment: approving one or several
/// submitted checklists (the comment optional; each checklist still gets
/// its own signed review), returning one (the comment says what to fix and
/// is required), or reopening an approved one (the reason is required).
public struct DecisionDraft: FormDraft {
    /// Which decision.
    public typealias Kind = ChecklistWorkflow.Decision

    /// A checklist decided on, and how it is named: community, standard, period.
    public struct Subject: Sendable, Equatable {
        public var communityID: String
        public var checklistID: String
        public var name: String

        public init(communityID: String, checklist: Checklist, communityName: String) {
            self.communityID = communityID
            checklistID = checklist.id
            name = communityName + " · " + checklist.title + "（" + checklist.period + "）"
        }
    }

    public let kind: Kind
    public let subjects: [Subject]
    public let reviewer: Actor
    public let time: Date
    public var values: [FieldKey: String] = [.comment: ""]
    public let initialValues: [FieldKey: String] = [:]

    public init(_ kind: Kind, _ subjects: [Subject], reviewer: Actor, time: Date) {
        self.kind = kind
        self.subjects = subjects
        self.reviewer = reviewer
        self.time = time
    }

    public var title: Localized {
        switch kind {
        case .approve: subjects.count == 1 ? L.approveTitle(subjects[0].name) : L.approveManyTitle(subjects.count)
        case .giveBack: L.returnTitle(subjects.first?.name ?? "")
        case .reopen: L.reopenTitle(subjects.first?.name ?? "")
        }
    }

    /// The checklists of a batch, listed above the comment.
    public var preamble: [String] { subjects.count > 1 ? subjects.map(\.name) : [] }

    /// The communities the decision changes.
    public var communityIDs: [String] {
        subjects.map(\.communityID).reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }

    /// The form again while its checklists are all still there.
    public func stillOpen(on community: Community) -> DecisionDraft? {
        let ids = Set(community.checklists.map(\.id))
        let missing = subjects.contains { $0.communityID == community.id && !ids.contains($0.checklistID) }
        return missing ? nil : self
    }

    public var fields: [FormField] {
        switch kind {
        case .approve: [FormField(.comment, L.approvalComment)]
        case .giveBack: [FormField(.comment, L.reviewComment, .paragraph, required: true)]
        case .reopen: [FormField(.comment, L.reopenReason, required: true)]
        }
    }

    /// The comment refused, with the reason, when the decision needs one.
    public func errors() -> [FieldKey: Localized] {
        guard let why = kind.commentRequired, self[.comment].trimmed.isEmpty else { return [:] }
        return [.comment: why]
    }

    /// `community` with the decision taken on each of its checklists named.
    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        let comment = self[.comment]
        for subject in subjects where subject.communityID == community.id {
            for index in community.checklists.indices where community.checklists[index].id == subject.checklistID {
                let checklist = community.checklists[index]
                let decided = ChecklistWorkflow.decide(
                    kind, checklist, in: community.id, named: community.name, by: reviewer, comment: comment, at: time)
                if case .success(let next) = decided { community.checklists[index] = next }
            }
        }
        return (community, label)
    }

    /// What undo and the status line call it.
    public var label: Localized {
        let name = subjects.count == 1 ? subjects[0].name : ""
        switch kind {
        case .approve: return subjects.count == 1 ? L.changeApprove(name) : L.changeApproveMany(subjects.count)
        case .giveBack: return L.changeReturn(name)
        case .reopen: return L.changeReopen(name)
        }
    }
}
