/// The sentences of a summary, in the style of the source documents:
/// 「全年开展健康教育宣传12次，参与居民1,230人次，完成目标。」
enum Narrative {
    /// One paragraph for a plan: what was done, measured against its targets.
    static func paragraph(_ plan: Summary.PlanReport, activities: [Activity], community: Community, language: Language)
        -> String
    {
        let ids = Set(plan.tasks.map(\.id))
        let counted = activities.filter { !Set($0.taskIDs).isDisjoint(with: ids) }
        let sessions = counted.reduce(0) { $0 + $1.sessions }
        let people = counted.reduce(0) { $0 + $1.participants }
        let met = plan.tasks.filter { $0.state == .met }
        let unmet = plan.tasks.filter { $0.state != .met }
        if language == .zh {
            var text = "\(plan.title)：全年开展相关活动\(sessions)场次，参与居民\(grouped(people))人次。"
            text += "\(plan.tasks.count)项任务中\(met.count)项完成目标"
            if unmet.isEmpty { return text + "，全部完成。" }
            let details = unmet.prefix(3).map { "“\($0.title)”实际\($0.actualText)（目标\($0.targetText)，\($0.stateText)）" }
            return text + "；" + details.joined(separator: "，") + (unmet.count > 3 ? "等\(unmet.count)项尚未完成。" : "尚未完成。")
        }
        var text = "\(plan.title): \(sessions) sessions held with \(grouped(people)) participants. "
        text += "\(met.count) of \(plan.tasks.count) tasks met their targets"
        if unmet.isEmpty { return text + "." }
        let details = unmet.prefix(3).map {
            "\($0.title) at \($0.actualText) against \($0.targetText) (\($0.stateText))"
        }
        return text + "; still open: " + details.joined(separator: "; ")
            + (unmet.count > 3 ? " and \(unmet.count - 3) more." : ".")
    }

    static func remaining(_ task: Summary.TaskRow, language: Language) -> String {
        let missing =
            task.missingPeriods.isEmpty
            ? ""
            : (language == .zh ? "，缺" : "; missed ")
                + task.missingPeriods.joined(separator: language == .zh ? "、" : ", ")
        let deadline = task.deadline.isEmpty ? "" : (language == .zh ? "，期限" : ", due ") + task.deadline
        return language == .zh
            ? "\(task.title)：目标\(task.targetText)，实际\(task.actualText)（\(task.stateText)\(deadline)\(missing)）"
            : "\(task.title): target \(task.targetText), actual \(task.actualText) "
                + "(\(task.stateText)\(deadline)\(missing))"
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
