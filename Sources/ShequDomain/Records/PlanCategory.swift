import ShequText

/// What a work plan is about, as the source documents group them.
public enum PlanCategory: String, Codable, CaseIterable, Sendable {
    case health, selfGovernance, rehabilitation, safety, education, youthCare, learningCommunity, coBuilding, other

    public var label: Localized {
        switch self {
        case .health: Localized(zh: "健康教育", en: "Health education")
        case .selfGovernance: Localized(zh: "居民自治", en: "Self-governance")
        case .rehabilitation: Localized(zh: "残疾人康复", en: "Rehabilitation")
        case .safety: Localized(zh: "平安与安全", en: "Safety")
        case .education: Localized(zh: "社区教育", en: "Community education")
        case .youthCare: Localized(zh: "关心下一代", en: "Youth care")
        case .learningCommunity: Localized(zh: "学习型社区", en: "Learning community")
        case .coBuilding: Localized(zh: "共驻共建", en: "Co-building")
        case .other: Localized(zh: "其他", en: "Other")
        }
    }
}
