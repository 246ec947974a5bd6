import Foundation

/// Merges two versions of one community that grew apart from a common
/// ancestor, as git merges a file changed on two machines. Records are
/// matched by id at every level: the community's own details, each plan,
/// task, activity and checklist, each reading of a rate, each review. A
/// record changed on one side only takes that side; deleted on one side and
/// unchanged on the other is deleted; changed on both sides, the one changed
/// later (`updatedAt`) wins and the other is named as a conflict, for the
/// caller to keep. Reviews are unioned, so no decision is ever lost.
public enum ThreeWayMerge {
    /// Which version a conflict kept.
    public enum Side: String, Sendable {
        case ours, theirs
    }

    /// A record changed on both sides (or changed on one and deleted on the
    /// other): which it was and which version was kept.
    public struct Conflict: Equatable, Sendable {
        /// "community", "plan", "task", "activity" or "checklist".
        public var kind: String
        public var id: String
        public var title: String
        public var kept: Side
        /// True when the version not kept was a deletion.
        public var keptOverDeletion: Bool
        /// True when the version not kept was an edit, and the record was
        /// deleted on the other side after it.
        public var lostToDeletion = false
        /// True when the side not kept was stamped more than a day after
        /// the merging machine's clock: a clock that is off does not win.
        public var lostForFutureStamp = false
    }

    /// The merged community, the conflicts resolved on the way, and the
    /// titles of plans that now appear twice for one year (each side made
    /// its own, say both copied last year's plan): pointed out, not merged.
    public struct Outcome: Sendable {
        public var merged: Community
        public var conflicts: [Conflict]
        public var duplicatePlans: [PlanName] = []
    }

    /// A plan as people tell it apart: its year and title.
    public struct PlanName: Hashable, Sendable {
        public var year: Int
        public var title: String
    }

    /// How far ahead of the merging machine's clock a stamp may be and
    /// still count as "later": a day, for time zones and a slow clock.
    public static let toleratedSkew: TimeInterval = 86_400

    /// Merges `ours` and `theirs`, both descended from `base` (nil when the
    /// file was added on both sides). With `now` (the merging machine's
    /// clock), a stamp more than a day after it counts as earliest: a
    /// machine whose clock runs ahead cannot win every conflict.
    public static func merge(base: Community?, ours: Community, theirs: Community, now: Date? = nil) -> Outcome {
        var conflicts: [Conflict] = []
        let limit = now.map { $0.addingTimeInterval(toleratedSkew) } ?? .distantFuture
        let later = laterSide(ours.updatedAt, theirs.updatedAt, limit: limit)
        var merged = ours
        mergeDetails(base, ours, theirs, later: later, into: &merged, conflicts: &conflicts)
        let deletedAt = (ours: ours.updatedAt, theirs: theirs.updatedAt)
        merged.plans = records(
            base?.plans ?? [], ours.plans, theirs.plans, kind: "plan", title: \.title, limit: limit,
            deletedAt: deletedAt, conflicts: &conflicts
        ) { base, ours, theirs, later, conflicts in
            mergePlan(base, ours, theirs, later: later, conflicts: &conflicts)
        }
        merged.activities = records(
            base?.activities ?? [], ours.activities, theirs.activities, kind: "activity", title: \.title,
            limit: limit, deletedAt: deletedAt, conflicts: &conflicts)
        merged.checklists = records(
            base?.checklists ?? [], ours.checklists, theirs.checklists, kind: "checklist", title: \.title,
            limit: limit, deletedAt: deletedAt, conflicts: &conflicts
        ) { base, ours, theirs, later, conflicts in
            mergeChecklist(base, ours, theirs, later: later, conflicts: &conflicts)
        }
        merged.updatedAt = max(ours.updatedAt, theirs.updatedAt)
        return Outcome(merged: merged, conflicts: conflicts, duplicatePlans: duplicatePlans(merged, ours))
    }

    /// Titles of plans of one year that `merged` holds more than once and
    /// `ours` did not: duplicates the merge brought together.
    private static func duplicatePlans(_ merged: Community, _ ours: Community) -> [PlanName] {
        func twice(_ community: Community) -> Set<PlanName> {
            let names = community.plans.map { PlanName(year: $0.year, title: $0.title) }
            return Set(names.filter { name in names.filter { $0 == name }.count > 1 })
        }
        return twice(merged).subtracting(twice(ours)).sorted { ($0.year, $0.title) < ($1.year, $1.title) }
    }

    /// The side changed later, a stamp beyond `limit` counting as earliest.
    private static func laterSide(_ ours: Date?, _ theirs: Date?, limit: Date) -> Side {
        trusted(theirs, limit) > trusted(ours, limit) ? .theirs : .ours
    }

    /// A stamp as "later wins" reads it: none, or one beyond `limit`, is earliest.
    private static func trusted(_ stamp: Date?, _ limit: Date) -> Date {
        stamp.map { $0 > limit ? Date.distantPast : $0 } ?? .distantPast
    }

    /// Merges lists of records by id: ours in our order, then records only
    /// theirs has, in theirs. `both` merges a record changed on both sides
    /// more finely than taking one whole (plans by task, checklists with
    /// their reviews unioned). A record deleted on one side and changed on
    /// the other is kept with the change, unless the deleting side's last
    /// change to the community (`deletedAt`, when it deleted at the latest)
    /// came after the change: then the deletion stands, and the change is
    /// the version not kept. A checklist holding a signed decision is
    /// never deleted so.
    private static func records<R: TimeStamped>(
        _ base: [R], _ ours: [R], _ theirs: [R], kind: String, title: (R) -> String, limit: Date,
        deletedAt: (ours: Date?, theirs: Date?), conflicts: inout [Conflict],
        both: ((R?, R, R, Side, inout [Conflict]) -> R)? = nil
    ) -> [R] {
        let baseByID = Dictionary(base.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let theirsByID = Dictionary(theirs.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let oursIDs = Set(ours.map(\.id))
        var result: [R] = []
        for id in ours.map(\.id) + theirs.map(\.id).filter({ !oursIDs.contains($0) }) {
            let (b, o, t) = (baseByID[id], ours.first { $0.id == id }, theirsByID[id])
            let later = laterSide(o?.updatedAt, t?.updatedAt, limit: limit)
            let before = conflicts.count
            if let o, let t, o.withoutStamp == t.withoutStamp {
                result.append(later == .ours ? o : t)  // the same change made on both sides
            } else if let b, let edited = o ?? t, o == nil || t == nil, edited != b, !edited.holdsSignedDecision,
                trusted(o == nil ? deletedAt.ours : deletedAt.theirs, limit) > trusted(edited.updatedAt, limit)
            {
                // Deleted after the change was made: the deletion stands; the change is the version not kept.
                conflicts.append(
                    Conflict(
                        kind: kind, id: id, title: title(edited), kept: o == nil ? .ours : .theirs,
                        keptOverDeletion: false, lostToDeletion: true))
            } else if let o, let t, b != o, b != t, let both {
                result.append(both(b, o, t, later, &conflicts))
            } else if let kept = pick(
                b, o, t, later: later, kind: kind, id: id, title: (o ?? t).map(title) ?? id, conflicts: &conflicts)
            {
                result.append(kept)
            }
            // The side that lost because its stamp ran ahead of this clock is said to have.
            let lost = later == .ours ? t?.updatedAt : o?.updatedAt
            if conflicts.count > before, let lost, lost > limit {
                conflicts[conflicts.count - 1].lostForFutureStamp = true
            }
        }
        return result
    }

    /// The three-way choice for one value: the side that changed it, or,
    /// when both did, the later one, noted as a conflict. A deletion against
    /// a change keeps the change.
    private static func pick<V: Equatable>(
        _ base: V?, _ ours: V?, _ theirs: V?, later: Side, kind: String, id: String, title: String,
        conflicts: inout [Conflict]
    ) -> V? {
        if ours == theirs { return ours }
        if base == ours { return theirs }
        if base == theirs { return ours }
        switch (ours, theirs) {
        case (let kept?, nil):
            conflicts.append(Conflict(kind: kind, id: id, title: title, kept: .ours, keptOverDeletion: true))
            return kept
        case (nil, let kept?):
            conflicts.append(Conflict(kind: kind, id: id, title: title, kept: .theirs, keptOverDeletion: true))
            return kept
        default:
            conflicts.append(Conflict(kind: kind, id: id, title: title, kept: later, keptOverDeletion: false))
            return later == .ours ? ours : theirs
        }
    }

    /// A non-optional `pick`, for values both sides always have.
    private static func pick<V: Equatable>(
        _ base: V?, _ ours: V, _ theirs: V, later: Side, kind: String, id: String, title: String,
        conflicts: inout [Conflict]
    ) -> V {
        let chosen: V? = pick(
            base, Optional(ours), Optional(theirs), later: later, kind: kind, id: id, title: title,
            conflicts: &conflicts)
        return chosen ?? ours
    }

    /// A plan changed on both sides: its own fields as one value, its tasks
    /// by id, each task's readings as a set.
    private static func mergePlan(_ base: Plan?, _ ours: Plan, _ theirs: Plan, later: Side, conflicts: inout [Conflict])
        -> Plan
    {
        func fields(_ plan: Plan) -> Plan {
            var plan = plan
            plan.tasks = []
            plan.updatedAt = nil
            return plan
        }
        var merged = pick(
            base.map(fields), fields(ours), fields(theirs), later: later, kind: "plan", id: ours.id,
            title: ours.title, conflicts: &conflicts)
        merged.updatedAt = later == .ours ? ours.updatedAt : theirs.updatedAt
        let baseTasks = base?.tasks ?? []
        let theirsIDs = Set(theirs.tasks.map(\.id))
        let oursIDs = Set(ours.tasks.map(\.id))
        for id in ours.tasks.map(\.id) + theirs.tasks.map(\.id).filter({ !oursIDs.contains($0) }) {
            let b = baseTasks.first { $0.id == id }
            let o = ours.tasks.first { $0.id == id }
            let t = theirsIDs.contains(id) ? theirs.tasks.first { $0.id == id } : nil
            func withoutReadings(_ task: PlanTask?) -> PlanTask? {
                task.map {
                    var task = $0
                    task.measurements = []
                    return task
                }
            }
            guard
                var task = pick(
                    withoutReadings(b), withoutReadings(o), withoutReadings(t), later: later, kind: "task", id: id,
                    title: (o ?? t)?.title ?? id, conflicts: &conflicts)
            else { continue }
            task.measurements = union(
                b?.measurements ?? [], o?.measurements ?? [], t?.measurements ?? []
            ).sorted { $0.date < $1.date }
            merged.tasks.append(task)
        }
        return merged
    }

    /// A checklist changed on both sides: its reviews unioned, the rest
    /// chosen as one value.
    private static func mergeChecklist(
        _ base: Checklist?, _ ours: Checklist, _ theirs: Checklist, later: Side, conflicts: inout [Conflict]
    ) -> Checklist {
        func withoutReviews(_ checklist: Checklist) -> Checklist {
            var checklist = checklist
            checklist.reviews = []
            return checklist
        }
        var merged = pick(
            base.map(withoutReviews), withoutReviews(ours), withoutReviews(theirs), later: later, kind: "checklist",
            id: ours.id, title: ours.title, conflicts: &conflicts)
        merged.reviews = union(base?.reviews ?? [], ours.reviews, theirs.reviews, keepRemoved: true)
            .sorted { $0.time < $1.time }
        // The state follows the trail: a return made there is not undone by an edit made here meanwhile.
        if let last = merged.reviews.last { merged.state = last.decision.stateLeft }
        return merged
    }

    /// A three-way merge of lists read as sets: what both keep, and what
    /// either added; what one removed and the other kept is removed, unless
    /// `keepRemoved` (reviews, which are never taken back).
    private static func union<E: Equatable>(_ base: [E], _ ours: [E], _ theirs: [E], keepRemoved: Bool = false)
        -> [E]
    {
        var result = ours.filter { keepRemoved || theirs.contains($0) || !base.contains($0) }
        for element in theirs where !result.contains(element) && (keepRemoved || !base.contains(element)) {
            result.append(element)
        }
        return result
    }

    /// The community's own details, field by field: a field changed on one
    /// side takes that side, so one machine's new notes and another's new
    /// population both survive. Fields changed differently on both sides
    /// keep the later side's and make one conflict of the community.
    private static func mergeDetails(
        _ base: Community?, _ ours: Community, _ theirs: Community, later: Side, into merged: inout Community,
        conflicts: inout [Conflict]
    ) {
        var clashed = false
        func field<V: Equatable>(_ key: WritableKeyPath<Community, V>) {
            let (o, t) = (ours[keyPath: key], theirs[keyPath: key])
            if o == t { return }
            if let base, base[keyPath: key] == o {
                merged[keyPath: key] = t
            } else if let base, base[keyPath: key] == t {
                merged[keyPath: key] = o
            } else {
                clashed = true
                merged[keyPath: key] = later == .ours ? o : t
            }
        }
        field(\.name)
        field(\.street)
        field(\.district)
        field(\.notes)
        field(\.population)
        field(\.households)
        field(\.residentGroups)
        field(\.contacts)
        field(\.unknownFields)
        if clashed {
            conflicts.append(
                Conflict(kind: "community", id: ours.id, title: ours.name, kept: later, keptOverDeletion: false))
        }
    }
}
