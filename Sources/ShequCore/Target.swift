/// What a task must reach, measured from the activities and measurements
/// recorded, never typed in as progress.
public struct Target: Codable, KeepsUnknownFields, Equatable, Sendable {
    /// How a target is measured.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// At least N sessions held ("不少于12次").
        case count
        /// At least N participants (人次).
        case participants
        /// At least P percent, from dated measurements; the latest counts.
        case rate
        /// At least X yuan per resident, from activity amounts over the population.
        case amountPerResident
        /// Done or not done.
        case done

        /// Whether progress comes from dated readings (a rate, e.g. awareness 97%).
        public var takesReadings: Bool { self == .rate }

        /// Whether the clerk marks it done by hand.
        public var isMarkedByHand: Bool { self == .done }

        public var label: Localized {
            switch self {
            case .count: Localized(zh: "次数", en: "Count")
            case .participants: Localized(zh: "人次", en: "Participants")
            case .rate: Localized(zh: "比率", en: "Rate")
            case .amountPerResident: Localized(zh: "人均金额", en: "Amount per resident")
            case .done: Localized(zh: "完成与否", en: "Done")
            }
        }
    }

    public var kind: Kind
    /// N, P or X; ignored for `.done`.
    public var value: Double
    /// The unit a count is in, e.g. 次, 期, 场.
    public var unit: String

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    enum CodingKeys: String, CodingKey {
        case kind, value, unit
    }

    public init(kind: Kind, value: Double = 1, unit: String = "") {
        self.kind = kind
        self.value = value
        self.unit = unit
    }

    /// The target as a clerk would write it: ">=12次", ">=97%", ">=1元/人".
    public func text(_ language: Language) -> String {
        switch kind {
        case .count: ">=" + Self.number(value) + (unit.isEmpty ? language(L.timesUnit) : unit)
        case .participants: ">=" + Self.number(value) + language(L.peopleUnit)
        case .rate: ">=" + Self.number(value) + "%"
        case .amountPerResident: ">=" + Self.number(value) + language(L.yuanPerResident)
        case .done: language(L.targetDone)
        }
    }

    /// A figure without a needless ".0"; one too large or too small for
    /// two decimals (only a hand-edited file holds such) in short scientific form.
    public static func number(_ value: Double) -> String {
        guard value.isFinite, abs(value) < 1e12 else { return value.isNaN ? "-" : String(format: "%.3g", value) }
        if value == value.rounded() { return String(Int(value)) }
        if abs(value) < 0.005 { return String(format: "%.3g", value) }
        return String(format: "%.2f", value).replacingOccurrences(of: #"\.?0+$"#, with: "", options: .regularExpression)
    }
}
