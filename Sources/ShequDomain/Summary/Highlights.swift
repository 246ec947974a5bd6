import ShequText

/// The year's 亮点 in section 4, as the source reports name them: targets
/// well exceeded, a recurring task kept in every period, the best-attended
/// activity, and a variety of forms. Taken from the records only; nil when
/// nothing stands out, rather than praise for an ordinary year.
enum Highlights {
    /// How far past its target a task must come to be a highlight: half again.
    static let exceededPercent = 150.0
    /// How many different kinds of activity make "形式多样".
    static let variedKinds = 4
    /// How many times the year's average attendance makes an activity stand out.
    static let standoutAttendance = 2.0
    /// How many exceeded targets are named at most, the furthest first.
    static let exceededNamed = 2

    /// The 亮点 sentence, or nil when the year has none.
    static func sentence(plans: [Narrative.PlanYear], activities: [Activity], language: Language) -> String? {
        var items: [Localized] = []
        let tasks = plans.flatMap { zip($0.plan.tasks, $0.progress.tasks) }
        let exceeded = tasks.filter { task, progress in
            progress.state == .met && progress.exactPercent >= exceededPercent
                && progress.figures.allSatisfy { $0.target.kind.countsActivities && $0.target.atMost == nil }
        }
        items += exceeded.sorted { $0.1.exactPercent > $1.1.exactPercent }.prefix(exceededNamed).map { task, progress in
            L.highlightExceeded(task.title.quotedWithin, Percentage.text(progress.exactPercent))
        }
        items += tasks.filter { task, progress in
            progress.state == .met && task.recurrence?.demandsEveryPeriod == true
        }.compactMap { task, _ in
            task.recurrence.map { L.highlightEveryPeriod(task.title.quotedWithin, $0.period.label) }
        }
        // The best-attended activity, when it drew at least twice the year's average.
        let mean = Double(activities.total(\.participants)) / Double(max(1, activities.count))
        if activities.count > 1, let biggest = activities.max(by: { $0.participants < $1.participants }),
            biggest.participants > 0, Double(biggest.participants) >= standoutAttendance * mean
        {
            items.append(
                L.highlightBestAttended(
                    biggest.title.quotedWithin, month: biggest.date.month, day: biggest.date.day,
                    people: language.figure(biggest.participants)))
        }
        let kinds = ActivityKind.allCases.filter { kind in activities.contains { $0.kind == kind } }
        if kinds.count >= variedKinds {
            items.append(
                L.highlightVaried(
                    kinds.map { language($0.label) }.joined(separator: language.listSeparator), count: kinds.count))
        }
        return items.isEmpty ? nil : language(L.highlights(items))
    }
}
