import Foundation

/// The supervisor's queue: submitted checklists across communities, the
/// oldest submission first, then by community name in `ChineseOrder`.
public enum ReviewQueue {
    /// A submitted checklist waiting for a decision, with its community.
    public struct Entry: Sendable {
        public var community: Community
        public var checklist: Checklist
        /// When it was last submitted; nil for a hand-made file without a trail.
        public var submitted: Date?
    }

    /// The submitted checklists of `communities`, limited to a street and a
    /// standard when given.
    public static func pending(_ communities: [Community], street: String? = nil, templateID: String? = nil) -> [Entry]
    {
        let entries = communities.filter { street == nil || $0.street == street }.flatMap { community in
            community.checklists.filter { $0.state == .submitted && (templateID == nil || $0.templateID == templateID) }
                .map { Entry(community: community, checklist: $0, submitted: $0.lastSubmission?.time) }
        }
        // Sorted by their keys, not moved while sorting: an entry carries a whole community.
        let keys = entries.map { (time: $0.submitted ?? .distantFuture, name: $0.community.name) }
        return entries.indices.sorted { a, b in
            if keys[a].time != keys[b].time { return keys[a].time < keys[b].time }
            if keys[a].name != keys[b].name { return ChineseOrder.precedes(keys[a].name, keys[b].name) }
            return a < b
        }.map { entries[$0] }
    }
}
