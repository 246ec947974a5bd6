import ShequText

/// One broken rule of a stored value: where in the record (a path such as
/// `target.value`, or `plans[0].tasks[2].target.value` in a file) and what.
public struct RuleProblem: Equatable, Sendable {
    public var path: String
    public var message: Localized

    public init(_ path: String, _ message: Localized) {
        self.path = path
        self.message = message
    }

    /// The same problem, one level down in a file: `prefix.path`.
    func within(_ prefix: String) -> RuleProblem {
        RuleProblem(prefix + "." + path, message)
    }
}

/// The rules every stored record meets, checked on typed values: one
/// validator per record kind, shared by the forms (on what was typed),
/// `shequ check` and `shequ import`. The ranges keep every figure well inside
/// what the arithmetic of progress and scores can hold.
public enum RecordRules {
    /// Years a plan, an activity or any date may be in.
    public static let years = 2000...2100
    /// Counts: residents, households, groups, sessions, participants.
    public static let counts = 0...100_000_000
    /// Yuan of one activity.
    public static let amounts: ClosedRange<Double> = 0...1_000_000_000
    /// The least a target may ask for: a rate of 0.1%, 0.01 yuan per resident.
    public static let smallestTarget = 0.01
    /// The most a count or participants target may ask for.
    public static let largestTarget = 100_000_000.0
    /// Characters in one text field.
    public static let textLength = 65_536

    /// The community's own fields and contacts.
    public static func community(_ c: Community) -> [RuleProblem] {
        var problems: [RuleProblem] = []
        if c.name.trimmed.isEmpty { problems.append(RuleProblem("name", L.nameRequired)) }
        let figures = [
            ("population", c.population), ("households", c.households), ("residentGroups", c.residentGroups),
        ]
        for (path, value) in figures { problems += count(value, path) }
        for (index, contact) in c.contacts.enumerated() {
            let path = "contacts[\(index)]"
            if !contact.phone.trimmed.isEmpty, let why = PhoneNumber.problem(contact.phone) {
                problems.append(RuleProblem(path + ".phone", why))
            }
            let hasDetails = !contact.role.trimmed.isEmpty || !contact.phone.trimmed.isEmpty
            if hasDetails && contact.name.trimmed.isEmpty {
                problems.append(RuleProblem(path + ".name", L.contactNameRequired))
            }
        }
        problems += text([("name", c.name), ("street", c.street), ("district", c.district), ("notes", c.notes)])
        for (index, contact) in c.contacts.enumerated() {
            let path = "contacts[\(index)]"
            problems += text([
                (path + ".role", contact.role), (path + ".name", contact.name), (path + ".phone", contact.phone),
            ])
        }
        return problems
    }

    /// A plan's own fields (its tasks are checked one by one).
    public static func plan(_ plan: Plan) -> [RuleProblem] {
        var problems: [RuleProblem] = []
        if !years.contains(plan.year) { problems.append(RuleProblem("year", L.badYear)) }
        if plan.title.trimmed.isEmpty { problems.append(RuleProblem("title", L.required)) }
        return problems + text([("title", plan.title), ("objective", plan.objective), ("safeguards", plan.safeguards)])
    }

    /// A task: its title, deadline, target and recurrence, and its readings.
    public static func task(_ task: PlanTask) -> [RuleProblem] {
        var problems: [RuleProblem] = []
        if task.title.trimmed.isEmpty { problems.append(RuleProblem("title", L.required)) }
        problems += date(task.deadline, "deadline")
        problems += target(task.target).map { $0.within("target") }
        for (index, extra) in (task.extraTargets ?? []).enumerated() {
            problems += target(extra).map { $0.within("extraTargets[\(index)]") }
        }
        if task.targets.contains(where: { $0.kind == .heldOnDay }), task.deadline == nil {
            problems.append(RuleProblem("deadline", L.heldOnDayNeedsDeadline))
        }
        if let months = task.recurrence?.months, months.contains(where: { !(1...12).contains($0) }) {
            problems.append(RuleProblem("recurrence.months", L.badMonths))
        }
        for (index, reading) in task.measurements.enumerated() {
            problems += self.reading(reading).map { $0.within("measurements[\(index)]") }
        }
        return problems + text([("title", task.title), ("owner", task.owner), ("notes", task.notes)])
    }

    /// What a target asks for: more than nothing, and no more than can be reached.
    public static func target(_ target: Target) -> [RuleProblem] {
        guard !target.kind.isYesOrNo else { return [] }
        let value = target.value
        if let top = target.atMost {
            // A range's top is a goal of its own; "at most 20%" alone asks for nothing below.
            var bounded = target
            bounded.value = top
            bounded.atMost = nil
            bounded.rise = nil
            let problems = self.target(bounded).map { RuleProblem("atMost", $0.message) }
            if !problems.isEmpty { return problems }
            if target.rise == nil, value > top { return [RuleProblem("atMost", L.upperBelowLower)] }
            if target.rise == nil, value == 0 { return [] }
        }
        guard value.isFinite, value > 0 else { return [RuleProblem("value", L.positiveNumber)] }
        let largest: Double
        switch target.kind {
        case .rate: largest = 100
        case .amountPerResident: largest = amounts.upperBound
        case .amount: largest = amounts.upperBound
        case .activities, .sessions, .participants, .households, .done, .heldOnDay: largest = largestTarget
        case .kinds: largest = Double(ActivityKind.allCases.count)
        }
        if value > largest {
            return [RuleProblem("value", target.kind == .rate ? L.percentRange : L.atMost(Target.number(largest)))]
        }
        return value < smallestTarget ? [RuleProblem("value", L.atLeast(Target.number(smallestTarget)))] : []
    }

    /// A dated reading of a rate.
    public static func reading(_ reading: RateReading) -> [RuleProblem] {
        var problems = date(reading.date, "date")
        if !reading.percent.isFinite || !(0...100).contains(reading.percent) {
            problems.append(RuleProblem("percent", L.percentRange))
        }
        return problems + text([("notes", reading.notes)])
    }

    /// An activity of the ledger.
    public static func activity(_ activity: Activity) -> [RuleProblem] {
        var problems = date(activity.date, "date")
        if activity.title.trimmed.isEmpty { problems.append(RuleProblem("title", L.required)) }
        problems += count(activity.sessions, "sessions") + count(activity.participants, "participants")
        if let households = activity.households { problems += count(households, "households") }
        if let amount = activity.amount, !amount.isFinite || !amounts.contains(amount) {
            problems.append(RuleProblem("amount", amount < 0 ? L.nonNegativeNumber : L.atMost("1000000000")))
        }
        return problems
            + text([("title", activity.title), ("location", activity.location), ("notes", activity.notes)])
    }

    /// A checklist's settings and items.
    public static func checklist(_ checklist: Checklist) -> [RuleProblem] {
        var problems: [RuleProblem] = []
        if checklist.period.trimmed.isEmpty { problems.append(RuleProblem("period", L.required)) }
        if !checklist.threshold.isFinite || !(0...100).contains(checklist.threshold) {
            problems.append(RuleProblem("threshold", L.percentRange))
        }
        for (index, item) in checklist.items.enumerated() {
            problems += self.item(item).map { $0.within("items[\(index)]") }
        }
        return problems + text([("title", checklist.title), ("period", checklist.period)])
    }

    /// One checklist item: its weight, evidence and rectification.
    public static func item(_ item: ChecklistItem) -> [RuleProblem] {
        var problems: [RuleProblem] = []
        if !item.weight.isFinite || !(0...100).contains(item.weight) {
            problems.append(RuleProblem("weight", L.percentRange))
        }
        if let rectification = item.rectification {
            if rectification.action.trimmed.isEmpty { problems.append(RuleProblem("rectification.action", L.required)) }
            if rectification.owner.trimmed.isEmpty { problems.append(RuleProblem("rectification.owner", L.required)) }
            problems += date(rectification.due, "rectification.due")
        }
        return problems + text([("text", item.text), ("evidence", item.evidence)])
    }

    /// Every rule of everything a community file holds, with its path.
    public static func all(_ c: Community) -> [RuleProblem] {
        var problems = community(c)
        for (p, plan) in c.plans.enumerated() {
            problems += self.plan(plan).map { $0.within("plans[\(p)]") }
            for (t, task) in plan.tasks.enumerated() {
                problems += self.task(task).map { $0.within("plans[\(p)].tasks[\(t)]") }
            }
        }
        for (index, activity) in c.activities.enumerated() {
            problems += self.activity(activity).map { $0.within("activities[\(index)]") }
        }
        for (index, checklist) in c.checklists.enumerated() {
            problems += self.checklist(checklist).map { $0.within("checklists[\(index)]") }
        }
        return problems
    }

    private static func count(_ value: Int?, _ path: String) -> [RuleProblem] {
        guard let value else { return [] }
        if value < 0 { return [RuleProblem(path, L.mustNotBeNegative)] }
        return value > counts.upperBound ? [RuleProblem(path, L.atMost(String(counts.upperBound)))] : []
    }

    private static func date(_ date: LocalDate?, _ path: String) -> [RuleProblem] {
        guard let date, !years.contains(date.year) else { return [] }
        return [RuleProblem(path, L.dateOutOfRange)]
    }

    private static func text(_ fields: [(String, String)]) -> [RuleProblem] {
        var problems: [RuleProblem] = []
        for (path, value) in fields {
            // Most text is far shorter in bytes than the limit in characters: no count needed then.
            if value.utf8.count > textLength && value.count > textLength {
                problems.append(RuleProblem(path, L.textTooLong(textLength)))
            }
            if let control = control(in: value) { problems.append(RuleProblem(path, L.controlCharacter(control))) }
        }
        return problems
    }

    /// The first control character in `text` that no record may hold — any
    /// C0 but a line break or a tab, DEL, any C1 — as "U+0000"; nil when none.
    /// NUL would cut the text short in a C program, ESC drive a terminal.
    static func control(in text: String) -> String? {
        // Bytes below 0x20 and 0x7F are the C0 controls and DEL; C1 controls are C2 80–9F in UTF-8.
        guard text.utf8.contains(where: { ($0 < 0x20 && $0 != 0x0A && $0 != 0x09) || $0 == 0x7F || $0 == 0xC2 })
        else { return nil }
        let found = text.unicodeScalars.first {
            ($0.value < 0x20 && $0 != "\n" && $0 != "\t") || (0x7F...0x9F).contains($0.value)
        }
        return found.map { "U+" + String($0.value, radix: 16, uppercase: true).leftPadded(to: 4) }
    }
}
