import ShequText

/// The activity form: date, title, kind, sessions, participants, amount,
/// location, notes, and a checklist of the community's tasks of that year
/// to count the activity for.
public struct ActivityDraft: RecordDraft {
    public let activityID: String?
    public var values: [FieldKey: String]
    public let initialValues: [FieldKey: String]
    /// The community's tasks by plan year, for the checklist.
    private let tasksByYear: [Int: [(id: String, title: String)]]
    /// The year the activity was dated in and the titles of the tasks it
    /// counted for then, to say what a new date changed.
    private let original: (year: Int, tasks: [String])?
    /// The day a new activity is dated, until another date is typed.
    private let today: LocalDate
    private let originalTitle: String

    /// A form for `activity`, or for a new one dated `date` (today when nil)
    /// that counts for `presetTasks`.
    public init(
        activity: Activity?, community: Community, today: LocalDate, presetTasks: [String] = [], date: LocalDate? = nil
    ) {
        activityID = activity?.id
        originalTitle = activity?.title ?? ""
        self.today = today
        var byYear: [Int: [(id: String, title: String)]] = [:]
        for plan in community.plans { byYear[plan.year, default: []] += plan.tasks.map { ($0.id, $0.title) } }
        tasksByYear = byYear
        var values: [FieldKey: String] = [
            .date: (activity?.date ?? date ?? today).description, .title: activity?.title ?? "",
            .kind: (activity?.kind ?? .publicity).rawValue,
            .sessions: String(activity?.sessions ?? 1), .participants: String(activity?.participants ?? 0),
            .amount: activity?.amount.map(Target.number) ?? "", .location: activity?.location ?? "",
            .households: activity?.households.map(String.init) ?? "",
            .notes: activity?.notes ?? "",
        ]
        // A task counted for is ticked, and so is the task of the same title in every other year's plans
        // (a plan copied from year to year): a date moved to another year counts for that year's twin.
        let linked = Set(activity?.taskIDs ?? presetTasks)
        let titles = Set(community.plans.flatMap(\.tasks).filter { linked.contains($0.id) }.map(\.title))
        for task in community.plans.flatMap(\.tasks) where linked.contains(task.id) || titles.contains(task.title) {
            values[.task(task.id)] = "1"
        }
        for id in linked { values[.task(id)] = "1" }
        original = activity.map { activity in
            (activity.date.year, community.plans.flatMap(\.tasks).filter { linked.contains($0.id) }.map(\.title))
        }
        self.values = values
        initialValues = values
    }

    public var title: Localized { activityID == nil ? L.newActivity : L.editActivity(originalTitle) }

    public func reopened(on community: Community, today: LocalDate) -> ActivityDraft? {
        guard let activityID else { return ActivityDraft(activity: nil, community: community, today: self.today) }
        return community.activities.first { $0.id == activityID }.map {
            ActivityDraft(activity: $0, community: community, today: self.today)
        }
    }

    private var year: Int { LocalDate.parse(self[.date])?.year ?? today.year }

    public var fields: [FormField] {
        [
            FormField(.date, L.date, required: true),
            FormField(.title, L.activityTitle, required: true),
            FormField(.kind, L.kind, .choice(ActivityKind.allCases.map { FormField.Option($0.rawValue, $0.label) })),
            FormField(.sessions, L.sessions),
            FormField(.participants, L.participants),
            FormField(.households, L.householdsReached),
            FormField(.amount, L.amount),
            FormField(.location, L.location),
            FormField(.notes, L.notes, .paragraph),
        ] + (tasksByYear[year] ?? []).map { FormField(.task($0.id), L.countsFor($0.title), .toggle) }
    }

    public func errors(in community: Community) -> [FieldKey: Localized] {
        var parsing: [FieldKey: Localized] = [:]
        if let why = FieldText.date(self[.date], blankAllowed: false) { parsing[.date] = why }
        if let why = FieldText.count(self[.sessions], blankAllowed: false) { parsing[.sessions] = why }
        if let why = FieldText.count(self[.participants]) { parsing[.participants] = why }
        if let why = FieldText.count(self[.households]) { parsing[.households] = why }
        if !self[.amount].trimmed.isEmpty, FieldText.number(self[.amount]) == nil {
            parsing[.amount] = L.nonNegativeNumber
        }
        return FieldText.errors(parsing: parsing, rules: RecordRules.activity(activity(id: activityID ?? "")))
    }

    /// The activity as typed.
    private func activity(id: String) -> Activity {
        let shownTasks = Set(fields.map(\.key).filter(\.isTaskLink))
        return Activity(
            id: id, date: LocalDate.parse(self[.date]) ?? today, title: self[.title].trimmed,
            kind: ActivityKind(rawValue: self[.kind]) ?? .other,
            sessions: FieldText.wholeNumber(self[.sessions]) ?? 1,
            participants: FieldText.wholeNumber(self[.participants]) ?? 0,
            amount: FieldText.number(self[.amount]), households: FieldText.wholeNumber(self[.households]),
            location: self[.location].trimmed, notes: self[.notes].trimmed,
            taskIDs: shownTasks.filter { self[$0] == "1" }.compactMap(\.linkedTaskID).sorted())
    }

    /// An activity the ledger holds already — the same day, title, sessions
    /// and participants — is pointed out, as a second entry of one event
    /// would count it twice; it is not refused (two talks on one day may
    /// well be alike).
    public func warnings(in community: Community) -> [FieldKey: Localized] {
        var warnings: [FieldKey: Localized] = [:]
        if let same = alike(in: community).first {
            warnings[.title] = L.sameActivityLogged(same.title, same.date.description)
        }
        let stranded = strandedTasks
        if LocalDate.parse(self[.date]) != nil, !stranded.isEmpty {
            warnings[.date] = L.activityOutsideTaskYear(year, stranded.joined(separator: "、"))
        }
        return warnings
    }

    /// The titles of tasks ticked for another year than the date's, with no
    /// task of that title ticked in the date's year: the activity will not
    /// count for them (a 2025 task's activity dated 2024-10-15 by a slip).
    private var strandedTasks: [String] {
        let shown = Set((tasksByYear[year] ?? []).filter { self[.task($0.id)] == "1" }.map(\.title))
        let elsewhere = tasksByYear.filter { $0.key != year }.values.joined()
            .filter { self[.task($0.id)] == "1" && !shown.contains($0.title) }.map(\.title)
        return Array(Set(elsewhere)).sorted()
    }

    /// The other activities of `community` alike to this one as typed.
    private func alike(in community: Community) -> [Activity] {
        let typed = activity(id: activityID ?? "")
        guard LocalDate.parse(self[.date]) != nil, !typed.title.isEmpty else { return [] }
        return community.activities.filter {
            $0.id != activityID && $0.date == typed.date && $0.title.trimmed == typed.title
                && $0.sessions == typed.sessions && $0.participants == typed.participants
        }
    }

    /// Saved, and when the date moved to another year, what it now counts
    /// for there and which tasks of the old year it no longer counts for;
    /// an activity logged twice says so.
    public func savedMessage(_ label: Localized, _ community: Community) -> Localized {
        // `community` holds the saved activity: a new one is among the alike, an edited one is not.
        let alike = alike(in: community)
        if let same = alike.first, alike.count >= (activityID == nil ? 2 : 1) {
            return L.savedWithWarning(label, L.sameActivityLogged(same.title, same.date.description))
        }
        guard let original, original.year != year, !original.tasks.isEmpty else { return L.savedChange(label) }
        let now = Set((tasksByYear[year] ?? []).filter { self[.task($0.id)] == "1" }.map(\.title))
        return L.activityMovedYear(
            label, from: original.year, to: year, counted: now.count,
            dropped: original.tasks.filter { !now.contains($0) })
    }

    public func applied(to community: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        var community = community
        let id = activityID ?? ids.next(prefix: "a", avoiding: Set(community.activities.map(\.id)))
        let activity = activity(id: id)
        if let index = community.activities.firstIndex(where: { $0.id == id }) {
            community.activities[index] = activity
            return (community, L.changeEditActivity(activity.title))
        }
        community.activities.append(activity)
        return (community, L.changeNewActivity(activity.title))
    }
}
