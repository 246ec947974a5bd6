import ShequText

/// What a work plan is about, as the source documents group them.
public enum PlanCategory: String, Codable, CaseIterable, Sendable {
    case health, selfGovernance, rehabilitation, safety, education, youthCare, learningCommunity, coBuilding, other

    public var label: Localized { L.planCategory(self) }
}
