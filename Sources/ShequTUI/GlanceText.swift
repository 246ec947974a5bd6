import ShequDomain
import ShequText

/// A glance's cells as the Communities screen writes them: "2025年2项",
/// "退回1 草稿1". Put together by plain concatenation, not through
/// `Localized` pairs: they are made for every row of every frame.
enum GlanceText {
    /// The latest plan year and its plans, or that there is none.
    static func plans(_ glance: CommunityGlance, _ language: Language) -> String {
        guard let year = glance.year else { return language(L.noPlansShort) }
        return language == .zh
            ? String(year) + "年" + String(glance.plans) + "项" : String(year) + ": " + String(glance.plans)
    }

    /// The checklists waiting, returned ones first; empty when none.
    static func waiting(_ glance: CommunityGlance, _ language: Language) -> String {
        guard glance.hasChecklistsWaiting else { return "" }
        var text = ""
        for (count, zh, en) in [
            (glance.returned, "退回", "returned"), (glance.drafts, "草稿", "draft"), (glance.submitted, "待审", "to review"),
        ] where count > 0 {
            if !text.isEmpty { text += " " }
            text += language == .zh ? zh + String(count) : String(count) + " " + en
        }
        return text
    }
}
