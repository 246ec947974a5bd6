import ShequText

// MARK: - Words for the domain's own kinds

/// The catalogue's entries that name a kind of the domain (a decision, a
/// target's kind): the catalogue itself (`ShequText`) knows no records.
extension L {
    public static func decision(_ d: Review.Decision) -> Localized {
        switch d {
        case .submitted: Localized(zh: "提交", en: "submitted")
        case .approved: Localized(zh: "通过", en: "approved")
        case .returned: Localized(zh: "退回", en: "returned")
        case .reopened: Localized(zh: "重新打开", en: "reopened")
        }
    }
    public static func targetValue(_ kind: Target.Kind) -> Localized {
        switch kind {
        case .activities: targetValue
        case .sessions: Localized(zh: "目标场次", en: "Target sessions")
        case .participants: Localized(zh: "目标人次", en: "Target people")
        case .households: Localized(zh: "目标户数", en: "Target households")
        case .amount: Localized(zh: "目标金额 元", en: "Target yuan")
        case .rate: Localized(zh: "目标比率 %", en: "Target rate %")
        case .amountPerResident: Localized(zh: "人均金额 元", en: "Yuan per resident")
        case .done: targetValue
        }
    }
}
