import ShequText

/// What a task must reach, measured from the activities and measurements
/// recorded, never typed in as progress.
public struct Target: Codable, KeepsUnknownFields, Equatable, Sendable {
    /// How a target is measured: what it counts, or that it is read or marked.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// At least N activities logged for it ("举办讲座不少于12次").
        case activities
        /// At least N sessions held, added up over its activities ("培训4场次"); stored as "count", the
        /// name from before targets said what they count, which always added up sessions.
        case sessions = "count"
        /// At least N participants (人次).
        case participants
        /// At least N households reached (入户走访36户).
        case households
        /// At least X yuan spent in all.
        case amount
        /// At least P percent, from dated measurements; the latest counts.
        case rate
        /// At least X yuan per resident, from activity amounts over the population.
        case amountPerResident
        /// Done or not done.
        case done
        /// At least N different kinds of activity among those logged for it
        /// ("形式多样": 讲座、宣传、义诊 are three).
        case kinds
        /// Held on the task's deadline day ("5月30日 世界无烟日"): met when an
        /// activity for it is dated that day.
        case heldOnDay

        /// Whether progress comes from dated readings (a rate, e.g. awareness 97%).
        public var takesReadings: Bool { self == .rate }

        /// Whether the clerk marks it done by hand.
        public var isMarkedByHand: Bool { self == .done }

        /// Whether it is met or not, with no figure to reach: marked done, or held on its day.
        public var isYesOrNo: Bool { self == .done || self == .heldOnDay }

        /// Whether it adds up a figure of the activities logged for it, so
        /// that it can stand beside another such target on one task.
        public var countsActivities: Bool {
            switch self {
            case .activities, .sessions, .participants, .households, .amount, .amountPerResident, .kinds: true
            case .rate, .done, .heldOnDay: false
            }
        }

        /// Whether the clerk names the unit (次, 期, 场).
        public var takesUnit: Bool { self == .activities || self == .sessions }

        public var label: Localized { L.targetKind(self) }
    }

    /// How a goal follows from last year's figure ("每年提高五个百分点",
    /// "比上年增加10%"): the target's value is then the rise, not the goal.
    public enum Rise: String, Codable, CaseIterable, Sendable {
        /// Last year's figure and the value more, in the target's own unit
        /// (percentage points for a rate).
        case by
        /// Last year's figure raised by the value per cent.
        case percent

        /// The goal that `value` on top of last year's `figure` makes.
        public func goal(over figure: Double, by value: Double) -> Double {
            switch self {
            case .by: figure + value
            case .percent: figure * (1 + value / 100)
            }
        }
    }

    public var kind: Kind
    /// N, P or X; ignored for `.done`; with `rise`, how much above last year.
    public var value: Double
    /// The unit activities or sessions are counted in, e.g. 次, 期, 场.
    public var unit: String
    /// Set when the goal is last year's figure raised (the value is the rise).
    public var rise: Rise?
    /// The most the figure may reach, for a range ("社卫中心2-3人",
    /// "参加人数30-50人"): a figure above it misses the target.
    public var atMost: Double?

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    package enum CodingKeys: String, CodingKey {
        case kind, value, unit, rise, atMost
    }

    public init(kind: Kind, value: Double = 1, unit: String = "", rise: Rise? = nil, atMost: Double? = nil) {
        self.kind = kind
        self.value = value
        self.unit = unit
        self.rise = rise
        self.atMost = atMost
    }

    /// Whether it can take a rise on last year or an upper bound: a figure
    /// that grows, not one marked, held or a count of kinds.
    public var takesBounds: Bool { !kind.isYesOrNo && kind != .kinds }

    /// The target as a clerk would write it: "≥12次", "≥97%", "≥1元/人",
    /// "≥36户", "30～50人次", "比上年提高5个百分点"; in English "≥6 sessions".
    public func text(_ language: Language) -> String {
        switch kind {
        case .done: return language(L.targetDone)
        case .heldOnDay: return language(L.targetHeldOnDay)
        default: break
        }
        let unit = unitText(language)
        if let rise {
            let figure = language.figure(value)
            let text =
                rise == .percent
                ? language(L.riseByPercent(figure)) : language(L.riseBy(figure, points: kind == .rate, unit))
            return atMost.map { text + language.parenthesized("≤" + language.figure($0) + unit) } ?? text
        }
        guard let atMost else { return "≥" + language.figure(value) + unit }
        guard value > 0 else { return "≤" + language.figure(atMost) + unit }
        return language.figure(value) + language.rangeDash + language.figure(atMost) + unit
    }

    /// The goal written out, for a target whose goal is worked out (a rise
    /// on last year): "≥87%"; in the target's words otherwise.
    public func goalText(_ goal: Double, _ language: Language) -> String {
        var fixed = self
        fixed.rise = nil
        fixed.value = goal
        return fixed.text(language)
    }

    /// The unit a counted figure is written with: the clerk's (期, 场) or
    /// the kind's own (次, 场次, 人次, 户, 元). English writes the kind's
    /// own where the clerk's is Chinese ("3 times", not "3次"), after a space.
    public func unitText(_ language: Language) -> String {
        let own = language == .en && unit.unicodeScalars.contains { $0.value >= 0x2E80 } ? "" : unit
        let clerks = language == .en && !own.isEmpty && !own.hasPrefix(" ") ? " " + own : own
        switch kind {
        case .activities: return clerks.isEmpty ? language(L.timesUnit) : clerks
        case .sessions: return clerks.isEmpty ? language(L.sessionsUnit) : clerks
        default: return kindUnit(language)
        }
    }

    /// The unit of the kind itself, whatever the clerk named.
    private func kindUnit(_ language: Language) -> String {
        switch kind {
        case .activities: language(L.timesUnit)
        case .sessions: language(L.sessionsUnit)
        case .participants: language(L.peopleUnit)
        case .households: language(L.householdsUnit)
        case .amount: language(L.yuanUnit)
        case .rate: "%"
        case .amountPerResident: language(L.yuanPerResident)
        case .kinds: language(L.kindsUnit)
        case .done, .heldOnDay: ""
        }
    }

    /// The target with what it counts when its unit leaves that open:
    /// "≥12次（场次）", "≥36户".
    public func fullText(_ language: Language) -> String {
        guard kind.takesUnit else { return text(language) }
        return text(language) + language.parenthesized(language(kind.label))
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
