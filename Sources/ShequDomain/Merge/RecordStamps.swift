import Foundation

/// Stamps the plans, activities and checklists that a change touched with
/// the time of the change, so that import can tell the newer of two copies.
public enum RecordStamps {
    /// `after`, with `updatedAt` set to `now` on every record that is new or
    /// differs from its namesake in `before`, and on the community itself.
    public static func stamp(_ after: Community, comparedWith before: Community?, at now: Date) -> Community {
        var stamped = after
        stamped.updatedAt = now
        stamped.plans = stampChanged(after.plans, before?.plans ?? [], now: now)
        stamped.activities = stampChanged(after.activities, before?.activities ?? [], now: now)
        stamped.checklists = stampChanged(after.checklists, before?.checklists ?? [], now: now)
        return stamped
    }

    /// Whether two versions of a community hold the same data, whatever
    /// their stamps; two nils (no community) are the same too.
    public static func sameContent(_ a: Community?, _ b: Community?) -> Bool {
        a.map(withoutStamps) == b.map(withoutStamps)
    }

    private static func withoutStamps(_ community: Community) -> Community {
        var plain = community
        plain.updatedAt = Date(timeIntervalSince1970: 0)
        plain.plans = community.plans.map(\.withoutStamp)
        plain.activities = community.activities.map(\.withoutStamp)
        plain.checklists = community.checklists.map(\.withoutStamp)
        return plain
    }

    private static func stampChanged<Record: TimeStamped>(_ records: [Record], _ previous: [Record], now: Date)
        -> [Record]
    {
        let old = Dictionary(previous.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        return records.map { record in
            guard let earlier = old[record.id], earlier.withoutStamp == record.withoutStamp else {
                var changed = record
                changed.updatedAt = now
                return changed
            }
            return record
        }
    }
}

/// A record that carries the time it last changed.
protocol TimeStamped: Identifiable, Equatable where ID == String {
    var updatedAt: Date? { get set }
    /// True when deleting the record would drop a signed decision.
    var holdsSignedDecision: Bool { get }
}

extension TimeStamped {
    var holdsSignedDecision: Bool { false }

    /// The record with its stamp cleared, to compare contents.
    var withoutStamp: Self {
        var copy = self
        copy.updatedAt = nil
        return copy
    }
}

extension Plan: TimeStamped {}
extension Activity: TimeStamped {}
extension Checklist: TimeStamped {
    var holdsSignedDecision: Bool { reviews.contains { $0.signature != nil } }
}
