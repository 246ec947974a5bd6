import Foundation
import ShequText

/// Merges a community file from another machine into the local copy:
/// records are matched by id; of two copies the one changed later wins;
/// records only one side has are kept; checklist reviews are unioned.
/// Nothing is dropped silently: every decision is in the report.
public enum CommunityMerge {
    /// What a merge did, for the person running `shequ import`.
    public struct Report: Equatable, Sendable {
        public var added: [Localized] = []
        public var updated: [Localized] = []
        public var keptLocal: [Localized] = []
        public var reviewsAdded = 0

        public var isEmpty: Bool { added.isEmpty && updated.isEmpty && reviewsAdded == 0 }

        /// What the merge did, in `language`: "added 活动 义诊; 1 review(s) added".
        public func summary(_ language: Language) -> String {
            let list = { (items: [Localized]) in items.map { language($0) }.joined(separator: language.listSeparator) }
            var parts: [String] = []
            if !added.isEmpty { parts.append(language(L.mergeAdded(list(added)))) }
            if !updated.isEmpty { parts.append(language(L.mergeUpdated(list(updated)))) }
            if reviewsAdded > 0 { parts.append(language(L.mergeReviewsAdded(reviewsAdded))) }
            if !keptLocal.isEmpty { parts.append(language(L.mergeKeptLocal(list(keptLocal)))) }
            return parts.isEmpty ? language(L.mergeUpToDate) : parts.joined(separator: language.clauseSeparator)
        }
    }

    public static func merge(local: Community, incoming: Community) -> (Community, Report) {
        var report = Report()
        var merged = local
        let incomingNewer = incoming.updatedAt > local.updatedAt
        let (newer, older) = incomingNewer ? (incoming, local) : (local, incoming)
        merged.unknownFields = UnknownFields(older.unknownFields.values.merging(newer.unknownFields.values) { $1 })
        if incomingNewer && profile(incoming) != profile(local) {
            merged.name = incoming.name
            merged.street = incoming.street
            merged.district = incoming.district
            merged.population = incoming.population
            merged.households = incoming.households
            merged.residentGroups = incoming.residentGroups
            merged.contacts = incoming.contacts
            merged.notes = incoming.notes
            report.updated.append(L.mergeCommunityDetails)
        } else if !incomingNewer && profile(incoming) != profile(local) {
            report.keptLocal.append(L.mergeCommunityDetails)
        }
        merged.plans = mergeRecords(local.plans, incoming.plans, kind: L.mergePlan, name: \.title, report: &report)
        merged.activities = mergeRecords(
            local.activities, incoming.activities, kind: L.mergeActivity, name: \.title, report: &report)
        merged.checklists = mergeRecords(
            local.checklists, incoming.checklists, kind: L.mergeChecklist, name: \.title, report: &report)
        for index in merged.checklists.indices {
            let id = merged.checklists[index].id
            let localReviews = local.checklists.first { $0.id == id }?.reviews ?? []
            let all = localReviews + (incoming.checklists.first { $0.id == id }?.reviews ?? [])
            var seen = Set<String>()
            let union = all.filter {
                seen.insert("\($0.time.timeIntervalSince1970)|\($0.reviewer)|\($0.decision.rawValue)").inserted
            }.sorted { $0.time < $1.time }
            if local.checklists.contains(where: { $0.id == id }) {
                report.reviewsAdded += max(0, union.count - localReviews.count)
            }
            merged.checklists[index].reviews = union
        }
        merged.updatedAt = max(local.updatedAt, incoming.updatedAt)
        return (merged, report)
    }

    /// The community's own details, which a merge takes from one side whole.
    private struct Profile: Equatable {
        var texts: [String]
        var figures: [Int?]
        var contacts: [Contact]
    }

    private static func profile(_ c: Community) -> Profile {
        Profile(
            texts: [c.name, c.street, c.district, c.notes], figures: [c.population, c.households, c.residentGroups],
            contacts: c.contacts)
    }

    private static func mergeRecords<Record: TimeStamped>(
        _ local: [Record], _ incoming: [Record], kind: Localized, name: KeyPath<Record, String>,
        report: inout Report
    ) -> [Record] {
        var result = local
        for record in incoming {
            guard let index = result.firstIndex(where: { $0.id == record.id }) else {
                result.append(record)
                report.added.append(L.mergeRecord(kind, record[keyPath: name]))
                continue
            }
            let mine = result[index]
            guard mine.withoutStamp != record.withoutStamp else { continue }
            if (record.updatedAt ?? .distantPast) > (mine.updatedAt ?? .distantPast) {
                result[index] = record
                report.updated.append(L.mergeRecord(kind, record[keyPath: name]))
            } else {
                report.keptLocal.append(L.mergeRecord(kind, mine[keyPath: name]))
            }
        }
        return result
    }
}
