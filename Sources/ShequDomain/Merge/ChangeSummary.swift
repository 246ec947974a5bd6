import Foundation
import ShequText

/// What changed in a community between two versions, in words, for a sync
/// commit's message and what a sync says came in: "阜新街社区: 提交
/// 五好关工委考评表; 登记活动 3 项".
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
        said += counted(old.plans, new.plans, L.changeCountedPlans)
        said += counted(old.activities, new.activities, L.changeCountedActivities)
        return said
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
