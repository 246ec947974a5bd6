/// The sentences of a summary, in the style of the source documents:
/// 「全年开展健康教育宣传12次，参与居民1,230人次，完成目标。」
enum Narrative {
    /// One paragraph for a plan: what was done, measured against its targets.
    static func paragraph(_ plan: Summary.PlanReport, activities: [Activity], community: Community, language: Language)
        -> String
    {
        let ids = Set(plan.tasks.map(\.id))
        let counted = activities.filter { !Set($0.taskIDs).isDisjoint(with: ids) }
        let sessions = counted.total(\.sessions)
        let people = counted.total(\.participants)
        let met = plan.tasks.filter { $0.state == .met }.count
        let unmet = plan.tasks.filter { $0.state != .met }
        let done = L.narrativeDone(
            plan.title, sessions: sessions, people: grouped(people), tasks: plan.tasks.count, met: met)
        let open = unmet.prefix(3).map { L.narrativeOpenTask($0.title, $0.actualText, $0.targetText, $0.stateText) }
        return language(L.narrative(done, open: open, moreOpen: unmet.count))
    }

    static func remaining(_ task: Summary.TaskRow, language: Language) -> String {
        language(
            L.remainingTask(
                task.title, target: task.targetText, actual: task.actualText, state: task.stateText,
                deadline: task.deadline, missed: task.missingPeriods.joined(separator: language.listSeparator)))
    }

    /// 1230 as "1,230".
    static func grouped(_ n: Int) -> String {
        let digits = String(abs(n))
        var out = ""
        for (index, character) in digits.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { out.append(",") }
            out.append(character)
        }
        return (n < 0 ? "-" : "") + String(out.reversed())
    }
}
