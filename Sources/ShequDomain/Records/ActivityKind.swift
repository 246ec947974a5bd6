import ShequText

/// The kinds of activity a ledger records.
public enum ActivityKind: String, Codable, CaseIterable, Sendable {
    case lecture, training, publicity, meeting, inspection, volunteerService, performance, visit, other

    public var label: Localized {
        switch self {
        case .lecture: Localized(zh: "讲座", en: "Lecture")
        case .training: Localized(zh: "培训", en: "Training")
        case .publicity: Localized(zh: "宣传", en: "Publicity")
        case .meeting: Localized(zh: "会议", en: "Meeting")
        case .inspection: Localized(zh: "检查", en: "Inspection")
        case .volunteerService: Localized(zh: "志愿服务", en: "Volunteering")
        case .performance: Localized(zh: "文艺演出", en: "Performance")
        case .visit: Localized(zh: "走访", en: "Visit")
        case .other: Localized(zh: "其他", en: "Other")
        }
    }
}
