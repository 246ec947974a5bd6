import Foundation

/// Taking back a version a merge did not keep (a `conflicts/` copy, a whole
/// community as one side had it): each plan, activity and checklist of the
/// copy that differs from the community as it is now, or is missing from
/// it, is put back; records the copy does not have stay. A checklist is
/// taken back only when its copy holds every decision the current one does,
/// so that no signed decision is ever dropped.
public enum ConflictCopy {
    /// `current` with the records of `copy` taken back, and how many were.
    public static func takeBack(_ copy: Community, into current: Community) -> (community: Community, taken: Int) {
        var result = current
        var taken = 0
        func putBack<Record: Equatable>(
            _ records: [Record], into list: inout [Record], id: (Record) -> String, allowed: (Record, Record) -> Bool
        ) {
            for record in records {
                if let index = list.firstIndex(where: { id($0) == id(record) }) {
                    guard list[index] != record, allowed(record, list[index]) else { continue }
                    list[index] = record
                } else {
                    list.append(record)
                }
                taken += 1
            }
        }
        putBack(copy.plans, into: &result.plans, id: \.id) { _, _ in true }
        putBack(copy.activities, into: &result.activities, id: \.id) { _, _ in true }
        putBack(copy.checklists, into: &result.checklists, id: \.id) { copied, now in
            now.reviews.allSatisfy { copied.reviews.contains($0) }
        }
        return (result, taken)
    }

    /// The copy of `side` (one side's version of a community) that keeps
    /// only the records `lost` names: the community's own details, and each
    /// plan (a task's plan), activity and checklist that lost. What won is
    /// in the merged file; the copy holds nothing else.
    public static func lostRecords(_ lost: [ThreeWayMerge.Conflict], of side: Community) -> Community {
        let ids = Set(lost.map(\.id))
        var copy = side
        copy.plans = side.plans.filter { plan in ids.contains(plan.id) || plan.tasks.contains { ids.contains($0.id) } }
        copy.activities = side.activities.filter { ids.contains($0.id) }
        copy.checklists = side.checklists.filter { ids.contains($0.id) }
        return copy
    }

    /// A person's name as it may stand in a file name: letters and digits
    /// (Chinese among them) kept, anything else an underscore.
    public static func fileWord(_ name: String) -> String {
        let word = String(
            name.unicodeScalars.map {
                CharacterSet.alphanumerics.contains($0) ? Character($0) : "_"
            })
        return word.isEmpty ? "_" : word
    }
}
