import ShequText

/// One measurable task of a plan, with its owner and deadline.
public struct PlanTask: Codable, KeepsUnknownFields, Equatable, Sendable, Identifiable {
    public var id: String
    public var title: String
    /// Who answers for it (责任人/责任单位).
    public var owner: String
    /// When it must be done (完成时限); nil means the end of the plan's year.
    public var deadline: LocalDate?
    /// What it must reach; with `extraTargets`, the first of its targets.
    public var target: Target
    /// Further counted targets, all to be reached ("4场次" and "2000人次"
    /// of one training); nil when it has one target, as in every file from
    /// before tasks had more, which read and write unchanged.
    public var extraTargets: [Target]?
    public var recurrence: Recurrence?
    /// Whether a `.done` target has been done.
    public var completed: Bool
    /// Readings for a `.rate` target, e.g. an awareness survey; the latest counts.
    public var measurements: [RateReading]
    public var notes: String

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    package enum CodingKeys: String, CodingKey {
        case id, title, owner, deadline, target, extraTargets, recurrence, completed, measurements, notes
    }

    /// Every target of the task, the first one first.
    public var targets: [Target] {
        get { [target] + (extraTargets ?? []) }
        set {
            guard let first = newValue.first else { return }
            target = first
            extraTargets = newValue.count > 1 ? Array(newValue.dropFirst()) : nil
        }
    }

    /// Its targets as a clerk writes them: "≥4场、≥2000人次". With its
    /// `figures`, a rise on last year carries the goal it makes:
    /// "比上年提高5个百分点（≥87%）", or that last year's figure is missing.
    public func targetText(_ language: Language, figures: [TaskProgress.Figure] = []) -> String {
        targets.enumerated().map { index, target in
            if target.kind == .heldOnDay, let deadline {
                return language(L.heldOnDayText(deadline.month, deadline.day))
            }
            guard target.rise != nil, index < figures.count else { return target.text(language) }
            let figure = figures[index]
            let goal = figure.lastYear == nil ? language(L.noLastYearFigure) : target.goalText(figure.goal, language)
            return target.text(language) + language.parenthesized(goal)
        }.joined(separator: language.listSeparator)
    }

    public init(
        id: String, title: String, owner: String = "", deadline: LocalDate? = nil, target: Target,
        recurrence: Recurrence? = nil, completed: Bool = false, measurements: [RateReading] = [], notes: String = ""
    ) {
        self.id = id
        self.title = title
        self.owner = owner
        self.deadline = deadline
        self.target = target
        self.recurrence = recurrence
        self.completed = completed
        self.measurements = measurements
        self.notes = notes
    }
}

/// A dated reading of a rate, in percent.
public struct RateReading: Codable, KeepsUnknownFields, Equatable, Sendable {
    public var date: LocalDate
    public var percent: Double
    public var notes: String

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    package enum CodingKeys: String, CodingKey {
        case date, percent, notes
    }

    public init(date: LocalDate, percent: Double, notes: String = "") {
        self.date = date
        self.percent = percent
        self.notes = notes
    }
}
