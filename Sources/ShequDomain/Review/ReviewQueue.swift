import Foundation
import ShequText

/// The supervisor's queues across communities: checklists waiting for a
/// decision (the oldest submission first), those returned, those approved,
/// those whose approval no longer holds (changed since, or not validly
/// signed by a trusted reviewer), and those with rectifications past due.
public enum ReviewQueue {
    /// One queue of the Reviews screen.
    public enum Queue: CaseIterable, Sendable {
        case submitted, returned, approved, recheck, overdue, verify

        public var label: Localized { L.reviewQueue(self) }
    }

    /// A checklist in a queue, with its community.
    public struct Entry: Sendable {
        public var community: Community
        public var checklist: Checklist
        /// When it entered the queue: submitted, returned or approved; nil
        /// for a hand-made file without a trail.
        public var time: Date?
        /// Failed items whose rectification is not done and is past due, or
        /// (in the queue of fixes to verify) whose follow-up waits for it.
        public var overdue: [ChecklistItem] = []
    }

    /// The entries of every queue across `communities` (a screen's street
    /// and standard filters pick from them).
    public static func all(_ communities: [Community], trusted: TrustedReviewers, today: LocalDate) -> [Queue: [Entry]]
    {
        var queues: [Queue: [Entry]] = Dictionary(uniqueKeysWithValues: Queue.allCases.map { ($0, []) })
        // Taken in name order, so that entries of the same time stay in it without comparing names again.
        for community in ChineseOrder.sortedByName(communities) {
            for checklist in community.checklists {
                let entry = Entry(community: community, checklist: checklist, time: nil)
                switch checklist.state {
                case .submitted: queues[.submitted]?.append(entry.at(checklist.lastSubmission?.time))
                case .returned: queues[.returned]?.append(entry.at(checklist.reviews.last?.time))
                case .approved:
                    let approval = checklist.reviews.last { $0.decision == .approved }?.time
                    let status = ApprovalSignature.approvalStatus(
                        of: checklist, communityID: community.id, name: community.name, trusted: trusted)
                    if case .valid = status {
                        queues[.approved]?.append(entry.at(approval))
                    } else {
                        queues[.recheck]?.append(entry.at(approval))
                    }
                case .draft: break
                }
                let late = ChecklistEvaluation.openRectifications(checklist).filter {
                    ($0.rectification?.due).map { $0 < today } ?? false
                }
                let toVerify = ChecklistEvaluation.followUpsToVerify(checklist)
                if !toVerify.isEmpty {
                    var entry = entry.at(checklist.followUps?.last?.verifiedAt ?? checklist.reviews.last?.time)
                    entry.overdue = toVerify
                    queues[.verify]?.append(entry)
                }
                if !late.isEmpty {
                    var overdue = entry.at(checklist.reviews.last?.time)
                    overdue.overdue = late
                    queues[.overdue]?.append(overdue)
                }
            }
        }
        queues[.submitted] = sorted(queues[.submitted] ?? [], oldestFirst: true)
        for queue in [Queue.returned, .approved, .recheck, .verify] {
            queues[queue] = sorted(queues[queue] ?? [], oldestFirst: false)
        }
        queues[.overdue] = (queues[.overdue] ?? []).sorted { earliestDue($0) < earliestDue($1) }
        return queues
    }

    private static func earliestDue(_ entry: Entry) -> LocalDate {
        entry.overdue.compactMap(\.rectification?.due).min() ?? LocalDate(year: 9999, month: 12, day: 31)!
    }

    /// Entries by time (a file without a trail last), then in the order
    /// given (community names in `ChineseOrder`); sorted by their keys, not
    /// moved while sorting: an entry carries a whole community.
    private static func sorted(_ entries: [Entry], oldestFirst: Bool) -> [Entry] {
        let times = entries.map { $0.time ?? (oldestFirst ? .distantFuture : .distantPast) }
        return entries.indices.sorted { a, b in
            if times[a] != times[b] { return oldestFirst ? times[a] < times[b] : times[a] > times[b] }
            return a < b
        }.map { entries[$0] }
    }
}

extension ReviewQueue.Entry {
    fileprivate func at(_ time: Date?) -> Self {
        var entry = self
        entry.time = time
        return entry
    }
}
