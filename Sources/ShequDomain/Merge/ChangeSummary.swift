import Foundation
import ShequText

/// What changed in a community between two versions, in words, for a sync
/// commit's message and what a sync says came in: "阜新街社区: 提交
/// 五好关工委考评表; 修改活动“健康讲座”（5月12日）：人数 40→45". A few
/// records are each named; more are counted ("登记活动 12 项").
public enum ChangeSummary {
    /// One line for the change from `old` to `new` (nil: the file did not
    /// exist, or no longer does); nil when nothing a person would name
    /// changed.
    public static func line(old: Community?, new: Community?, language: Language) -> String? {
        guard let community = new ?? old else { return nil }
        let parts = phrases(old: old, new: new).map { language($0) }
        guard !parts.isEmpty else { return nil }
        return community.name + language.colon + parts.joined(separator: language.clauseSeparator)
    }

    /// What changed from `old` to `new`, in both languages and without the
    /// community's name ("修改社区信息，登记活动 3 项"); nil when nothing a
    /// person would name changed.
    public static func described(old: Community?, new: Community?) -> Localized? {
        let parts = phrases(old: old, new: new)
        guard !parts.isEmpty else { return nil }
        return Localized(
            zh: parts.map(\.zh).joined(separator: Language.zh.clauseSeparator),
            en: parts.map(\.en).joined(separator: Language.en.clauseSeparator))
    }

    private static func phrases(old: Community?, new: Community?) -> [Localized] {
        guard let new else { return [L.changeDeletedCommunity] }
        guard let old else { return [L.changeAddedCommunity] }
        var said: [Localized] = []
        var details = old
        details.plans = new.plans
        details.activities = new.activities
        details.checklists = new.checklists
        details.updatedAt = new.updatedAt
        if details != new { said.append(L.changeEditedDetails) }
        for checklist in new.checklists {
            guard let before = old.checklists.first(where: { $0.id == checklist.id }) else {
                said.append(L.changeStartedChecklist(checklist.title))
                continue
            }
            guard before != checklist else { continue }
            said.append(step(before, checklist))
        }
        let removedChecklists = old.checklists.filter { c in !new.checklists.contains { $0.id == c.id } }
        for checklist in removedChecklists {
            said.append(L.changeDeletedChecklist(checklist.title))
        }
        said +=
            named(old.plans, new.plans) { change, plan, _ in L.changeNamedPlan(change, plan.title, year: plan.year) }
            ?? counted(old.plans, new.plans, L.changeCountedPlans)
        said +=
            named(old.activities, new.activities, activityWords)
            ?? counted(
                old.activities, new.activities, L.changeCountedActivities)
        return said
    }

    /// How many changed records of one kind are each named; more are counted.
    static let namedAtMost = 3

    /// Each record added, changed or removed, named by `words` (given the
    /// change, the record, and the version before); nil when more than
    /// `namedAtMost` changed, to be counted instead.
    private static func named<R: Identifiable & Equatable>(
        _ old: [R], _ new: [R], _ words: (L.RecordChange, R, R?) -> Localized
    ) -> [Localized]? where R.ID == String {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let after = Set(new.map(\.id))
        var said: [Localized] = []
        for record in new {
            if let earlier = before[record.id] {
                if earlier != record { said.append(words(.changed, record, earlier)) }
            } else {
                said.append(words(.added, record, nil))
            }
        }
        for record in old where !after.contains(record.id) { said.append(words(.removed, record, nil)) }
        return said.count > namedAtMost ? nil : said
    }

    /// "修改活动“健康讲座”（5月12日）：人数 40→45": an activity, its day,
    /// and for a change the fields it changed, with values where short.
    private static func activityWords(_ change: L.RecordChange, _ activity: Activity, _ before: Activity?)
        -> Localized
    {
        var fields: [Localized] = []
        if let before {
            func value<V: Equatable>(_ key: KeyPath<Activity, V>, _ field: Localized, _ shown: (V) -> String) {
                let (old, new) = (before[keyPath: key], activity[keyPath: key])
                if old != new { fields.append(L.fieldChange(field, from: shown(old), to: shown(new))) }
            }
            value(\.title, L.fieldTitle) { $0 }
            value(\.date, L.fieldDate) { "\($0.month)/\($0.day)" }
            value(\.participants, L.fieldParticipants) { String($0) }
            value(\.sessions, L.fieldSessions) { String($0) }
            value(\.households, L.fieldHouseholds) { $0.map(String.init) ?? "—" }
            value(\.amount, L.fieldAmount) { $0.map { String(format: "%.2f", $0) } ?? "—" }
            value(\.location, L.fieldLocation) { $0.isEmpty ? "—" : $0 }
            if before.kind != activity.kind {
                fields.append(L.fieldChange(L.fieldKind, from: before.kind.label, to: activity.kind.label))
            }
            if before.notes != activity.notes { fields.append(L.fieldNotes) }
            if before.taskIDs != activity.taskIDs { fields.append(L.fieldTasks) }
        }
        let day = (before ?? activity).date
        return L.changeNamedActivity(change, activity.title, month: day.month, day: day.day, fields: fields)
    }

    /// A checklist's change named by the step it took.
    private static func step(_ before: Checklist, _ after: Checklist) -> Localized {
        let title = after.title
        guard before.state != after.state || after.reviews.count > before.reviews.count,
            let decision = after.reviews.last?.decision, after.reviews.count > before.reviews.count
        else { return L.changeFilledIn(title) }
        switch decision {
        case .submitted: return L.changeSubmitted(title)
        case .approved: return L.changeApproved(title)
        case .returned: return L.changeReturned(title, comment: after.reviews.last?.comment ?? "")
        case .reopened: return L.changeReopened(title)
        }
    }

    /// "登记活动 3 项", "修改计划 1 项", "删除活动 2 项" for records added,
    /// changed and removed.
    private static func counted<R: Identifiable & Equatable>(
        _ old: [R], _ new: [R], _ words: (_ added: Int, _ changed: Int, _ removed: Int) -> [Localized]
    ) -> [Localized]
    where R.ID == String {
        let before = Dictionary(old.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        let added = new.filter { before[$0.id] == nil }.count
        let changed = new.filter { record in before[record.id].map { $0 != record } ?? false }.count
        let after = Set(new.map(\.id))
        let removed = old.filter { !after.contains($0.id) }.count
        return words(added, changed, removed)
    }
}
