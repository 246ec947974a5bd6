/// The words of the year-end summary: titles, sections, the narrative of
/// section 4 and the problems and next steps of section 5, in the register
/// of the source documents (不少于…, 达到…以上, 下步打算).
extension L {
    public static func summaryTitle(_ name: String, _ year: Int) -> Localized {
        let gap = name.last.map { $0.isASCII && ($0.isLetter || $0.isNumber) } == true ? " " : ""
        return Localized(zh: "\(name)\(gap)\(year)年度工作总结", en: "\(name): work summary \(year)")
    }
    public static func rollupTitle(_ scope: String, _ year: Int) -> Localized {
        Localized(zh: "\(scope)\(year)年度工作汇总", en: "\(scope): summary of \(year)")
    }
    /// The five sections of a community's summary, numbered 1 to 5.
    public static func summarySection(_ n: Int) -> Localized {
        let sections = [
            Localized(zh: "一、工作计划完成情况", en: "1. Plans and targets"),
            Localized(zh: "二、活动开展情况", en: "2. Activities"),
            Localized(zh: "三、检查考评情况", en: "3. Inspections and evaluations"),
            Localized(zh: "四、工作小结", en: "4. Summary"),
            Localized(zh: "五、存在问题与下步打算", en: "5. Problems and next steps"),
        ]
        return sections[max(0, min(n - 1, sections.count - 1))]
    }
    public static let signatureLines = Localized(
        zh: "填报人：____________    审核人：____________    日期：____________",
        en: "Prepared by: __________    Reviewed by: __________    Date: __________")
    public static func pageOf(_ page: Int, _ pages: Int) -> Localized {
        Localized(zh: "第 \(page) 页，共 \(pages) 页", en: "page \(page) of \(pages)")
    }
    public static func yearPeriod(_ year: Int) -> Localized { Localized(zh: "\(year)年", en: String(year)) }
    public static let vetoed = Localized(zh: "一票否决", en: "vetoed")
    /// A community's row in a summary of several when it recorded nothing in the year.
    public static let notReported = Localized(zh: "未填报", en: "not reported")
    public static let attainmentRate = Localized(zh: "达标率", en: "Rate")
    public static let noPlansThisYear = Localized(zh: "本年度无工作计划。", en: "No plans for this year.")
    public static let noChecklistsThisYear = Localized(zh: "本年度无检查表。", en: "No checklists for this year.")
    public static func missedLine(_ task: String, _ periods: String) -> Localized {
        Localized(zh: "“\(task)”缺少：\(periods)", en: "\(task) missed: \(periods)")
    }
    public static func reviewCommentLine(_ checklist: String, _ comment: String) -> Localized {
        Localized(zh: "审核意见（\(checklist)）：\(comment)", en: "Review comment (\(checklist)): \(comment)")
    }
    public static func attainmentChart(_ plan: String) -> Localized {
        Localized(zh: "目标完成情况：\(plan)", en: "Target attainment: \(plan)")
    }
    public static func sessionsByMonthChart(_ year: Int) -> Localized {
        Localized(zh: "\(year)年每月活动场次", en: "Sessions per month, \(year)")
    }

    // MARK: Section 4, the narrative
    public static func planActivities(_ plan: String, sessions: String, people: String) -> Localized {
        Localized(
            zh: "\(plan)：全年开展相关活动\(sessions)场次，参与居民\(people)人次",
            en: "\(plan): \(sessions) sessions held in the year, with \(people) participants")
    }
    /// The year's activities in one sentence: "全年共开展活动27次、31场次，参与居民1530人次，入户400户（覆盖率26.7%），投入经费4300元".
    public static func yearOverview(
        activities: String, sessions: String, people: String, households: String?, coverage: String?,
        amount: String?
    ) -> Localized {
        let zhHouseholds = households.map { "，入户\($0)户" + (coverage.map { "（覆盖率\($0)）" } ?? "") } ?? ""
        let enHouseholds = households.map { ", \($0) households visited" + (coverage.map { " (\($0) of all)" } ?? "") }
        return Localized(
            zh: "全年共开展活动\(activities)次、\(sessions)场次，参与居民\(people)人次" + zhHouseholds
                + (amount.map { "，投入经费\($0)元" } ?? ""),
            en: "In the year \(activities) activities were held, \(sessions) sessions with \(people) participants"
                + (enHouseholds ?? "") + (amount.map { ", \($0) yuan spent" } ?? ""))
    }
    /// How this year's figures compare with last year's: "比上年增加3次、120人次", "比上年减少2次" or
    /// "与上年持平"; `more` and `fewer` are each a figure with its unit, in both languages.
    public static func againstLastYear(more: [Localized], fewer: [Localized], also: [Localized]) -> Localized {
        var zh: [String] = []
        var en: [String] = []
        if !more.isEmpty {
            zh.append("增加" + more.map(\.zh).joined(separator: "、"))
            en.append(more.map(\.en).joined(separator: ", ") + " more")
        }
        if !fewer.isEmpty {
            zh.append("减少" + fewer.map(\.zh).joined(separator: "、"))
            en.append(fewer.map(\.en).joined(separator: ", ") + " fewer")
        }
        let same = more.isEmpty && fewer.isEmpty
        return Localized(
            zh: (same ? "，与上年持平" : "，比上年" + zh.joined(separator: "，")) + also.map { "，" + $0.zh }.joined(),
            en: (same ? ", as many as last year" : "; against last year " + en.joined(separator: "; "))
                + also.map { ", " + $0.en }.joined())
    }
    /// "活动场次 120（上年 100）".
    public static func districtFigure(_ label: Localized, now: String, then: String) -> Localized {
        Localized(zh: "\(label.zh) \(now)（上年 \(then)）", en: "\(label.en) \(now) (last year \(then))")
    }
    public static func districtAgainstLastYear(_ parts: [Localized]) -> Localized {
        Localized(
            zh: "比上年：" + parts.map(\.zh).joined(separator: "；") + "。",
            en: "Against last year: " + parts.map(\.en).joined(separator: "; ") + ".")
    }
    public static let completionRate = Localized(zh: "完成率", en: "tasks met")
    public static func standardAttainment(_ standard: Localized) -> Localized {
        Localized(zh: "\(standard.zh)达标率", en: "\(standard.en) attained")
    }
    public static func figureWithUnit(_ figure: String, _ unit: Localized) -> Localized {
        Localized(zh: figure + unit.zh, en: figure + " " + unit.en)
    }
    public static func metRateAgainstLastYear(_ now: String, _ then: String) -> Localized {
        Localized(zh: "计划任务达标率\(now)（上年\(then)）", en: "tasks met \(now) (last year \(then))")
    }
    public static let activitiesUnit = Localized(zh: "次", en: "activities")
    public static let participantsUnit = Localized(zh: "人次", en: "participants")
    public static func planNoActivities(_ plan: String) -> Localized {
        Localized(zh: "\(plan)：全年未登记相关活动", en: "\(plan): no activity was logged for it in the year")
    }
    public static func achievedCount(_ task: String, _ figures: String, atLeast goals: String, spent: Bool)
        -> Localized
    {
        Localized(
            zh: "“\(task)”" + (spent ? "投入" : "完成") + "\(figures)，达到不少于\(goals)的目标",
            en: "\(task): \(figures), meeting the target of at least \(goals)")
    }
    public static func achievedLevel(_ task: String, _ figure: String, _ goal: String) -> Localized {
        Localized(
            zh: "“\(task)”达到\(figure)，实现\(goal)以上的目标", en: "\(task) reached \(figure), above the target of \(goal)")
    }
    public static func achievedRange(_ task: String, _ figures: String, _ goals: String) -> Localized {
        Localized(
            zh: "“\(task)”为\(figures)，在\(goals)的目标范围内", en: "\(task) at \(figures), within the target of \(goals)")
    }
    public static func progressSoFar(_ task: String, _ figures: String, spent: Bool) -> Localized {
        Localized(zh: "“\(task)”" + (spent ? "已投入" : "已完成") + figures, en: "\(task): \(figures) so far")
    }
    public static func achievedDone(_ task: String) -> Localized {
        Localized(zh: "“\(task)”已完成", en: "\(task): done")
    }
    public static func planTally(tasks: Int, met: Int) -> Localized {
        if tasks == 0 { return Localized(zh: "计划未列任务", en: "The plan lists no tasks") }
        if met == tasks { return Localized(zh: "\(tasks)项任务全部达到目标", en: "All \(tasks) tasks met their targets") }
        if met == 0 {
            return Localized(
                zh: "\(tasks)项任务尚未达到目标，见“存在问题”", en: "None of the \(tasks) tasks has met its target yet; see Problems")
        }
        return Localized(
            zh: "\(tasks)项任务中\(met)项达到目标，其余见“存在问题”",
            en: "\(met) of \(tasks) tasks met their targets; the others are under Problems")
    }
    public static func checklistResult(_ title: String, _ period: String, score: String, _ outcome: Localized)
        -> Localized
    {
        Localized(
            zh: "“\(title)”（\(period)）得分\(score)，\(outcome.zh)",
            en: "\(title) (\(period)) scored \(score): \(outcome.en)")
    }
    public static func checklistResults(_ sentences: [Localized]) -> Localized {
        Localized(
            zh: "检查考评方面，" + sentences.map(\.zh).joined(separator: "；") + "。",
            en: "Inspections: " + sentences.map(\.en).joined(separator: "; ") + ".")
    }
    public static let outcomeAttained = Localized(zh: "经街道审核通过，达标", en: "approved by the street office, attained")
    public static let outcomeApprovedBelow = Localized(
        zh: "经街道审核通过，但未达合格标准，不计达标", en: "approved, but below the pass mark, so not attained")
    public static let outcomeApprovedVetoed = Localized(
        zh: "经街道审核通过，但有一票否决项不合格，不计达标", en: "approved, but a veto item failed, so not attained")
    public static func outcomeSignatureDoesNotCount(_ why: String) -> Localized {
        Localized(
            zh: "经街道审核通过，但审核签名不被信任（\(why)），不计达标",
            en: "approved, but its signature does not count (\(why)), so not attained")
    }
    public static let outcomeChanged = Localized(
        zh: "通过后内容有改动，不计达标", en: "changed since it was approved, so not attained")
    public static let outcomeSubmitted = Localized(zh: "已提交街道，待审核", en: "submitted, awaiting review")
    public static let outcomeReturned = Localized(zh: "被街道退回修改", en: "returned by the street office")
    public static let outcomeDraft = Localized(zh: "尚未提交审核", en: "not submitted yet")
    public static func highlights(_ items: [Localized]) -> Localized {
        Localized(
            zh: "工作亮点：" + items.map(\.zh).joined(separator: "；") + "。",
            en: "Highlights: " + items.map(\.en).joined(separator: "; ") + ".")
    }
    public static func highlightExceeded(_ task: String, _ percent: String) -> Localized {
        Localized(zh: "“\(task)”超额完成目标，完成率\(percent)", en: "\(task) went well past its target, at \(percent)")
    }
    public static func highlightEveryPeriod(_ task: String, _ period: Localized) -> Localized {
        Localized(
            zh: "“\(task)”\(period.zh)开展，一期不缺", en: "\(task) was held \(period.en.lowercased()), no period missed")
    }
    public static func highlightBestAttended(_ title: String, month: Int, day: Int, people: String) -> Localized {
        Localized(
            zh: "\(month)月\(day)日“\(title)”参与居民\(people)人次，为全年参与人数最多的活动",
            en: "\(title) on \(monthName(month).en) \(day) drew \(people) people, the most of the year")
    }
    public static func highlightVaried(_ kinds: String, count: Int) -> Localized {
        Localized(zh: "活动形式多样，开展了\(kinds)等\(count)种形式", en: "\(count) kinds of activity: \(kinds)")
    }
    public static func communityNotes(_ notes: String) -> Localized {
        Localized(zh: "社区备注：\(notes)", en: "Community notes: \(notes)")
    }
    public static func nothingRecorded(_ year: Int) -> Localized {
        Localized(
            zh: "\(year)年度未填报工作计划、活动和检查表，本总结无数据可记。",
            en: "Nothing was recorded for \(year): no plan, no activity and no checklist.")
    }

    /// The unit of a count of activities in a sentence when the target names none.
    public static let timesInProse = Localized(zh: "次", en: " times")
    public static func planParagraph(_ opening: Localized, achievements: [Localized], tally: Localized) -> Localized {
        Localized(
            zh: opening.zh + "。" + achievements.map(\.zh).joined(separator: "；") + (achievements.isEmpty ? "" : "。")
                + tally.zh + "。",
            en: opening.en + ". " + achievements.map(\.en).joined(separator: "; ") + (achievements.isEmpty ? "" : ". ")
                + tally.en + ".")
    }

    // MARK: Section 5, problems and next steps
    public static let problemsHeading = Localized(zh: "（一）存在问题", en: "Problems")
    public static let nextStepsHeading = Localized(zh: "（二）下步打算", en: "Next steps")
    public static let noProblems = Localized(
        zh: "各项目标均已达到，检查表均已达标，无待整改事项。",
        en: "Every target is met, every checklist attained, and no rectification is open.")
    public static let keepGoing = Localized(
        zh: "巩固已有成果，提前谋划下一年度工作计划。", en: "Keep up the work and plan the next year early.")
    public static func problemNoPlan(_ year: Int) -> Localized {
        Localized(zh: "未制定\(year)年度工作计划", en: "No work plan for \(year)")
    }
    public static func problemNoActivities(_ year: Int) -> Localized {
        Localized(zh: "\(year)年未登记任何活动", en: "No activity logged in \(year)")
    }
    public static func problemNothingRecorded(_ year: Int) -> Localized {
        Localized(
            zh: "\(year)年度未填报工作计划、活动和检查表", en: "Nothing recorded for \(year): no plan, activity or checklist")
    }
    public static func taskDetails(state: String, deadline: String, missed: String) -> Localized {
        Localized(
            zh: state + (deadline.isEmpty ? "" : "，期限" + deadline) + (missed.isEmpty ? "" : "，缺" + missed),
            en: state + (deadline.isEmpty ? "" : ", due " + deadline) + (missed.isEmpty ? "" : "; missed " + missed))
    }
    public static func problemCountShort(_ task: String, _ figures: String, atLeast goals: String, _ details: Localized)
        -> Localized
    {
        Localized(
            zh: "“\(task)”完成\(figures)，未达到不少于\(goals)的目标（\(details.zh)）",
            en: "\(task): \(figures), short of at least \(goals) (\(details.en))")
    }
    public static func problemLevelShort(_ task: String, _ figure: String, _ goal: String, _ details: Localized)
        -> Localized
    {
        Localized(
            zh: "“\(task)”为\(figure)，未达到\(goal)以上的目标（\(details.zh)）",
            en: "\(task) at \(figure), short of \(goal) (\(details.en))")
    }
    public static func problemOutOfRange(
        _ task: String, _ figures: String, _ goals: String, _ details: Localized, over: Bool
    ) -> Localized {
        over
            ? Localized(
                zh: "“\(task)”为\(figures)，超出\(goals)的目标范围（\(details.zh)）",
                en: "\(task) at \(figures), above the range of \(goals) (\(details.en))")
            : Localized(
                zh: "“\(task)”为\(figures)，未达到\(goals)的目标（\(details.zh)）",
                en: "\(task) at \(figures), short of \(goals) (\(details.en))")
    }
    public static func problemNoLastYear(_ task: String) -> Localized {
        Localized(
            zh: "“\(task)”的目标按上年数据计算，但没有上年的数据",
            en: "\(task) is measured against last year, and last year's figure is not recorded")
    }
    public static func problemNotDone(_ task: String, _ details: Localized) -> Localized {
        Localized(zh: "“\(task)”尚未完成（\(details.zh)）", en: "\(task) not done (\(details.en))")
    }
    public static func problemUnmeasured(_ task: String) -> Localized {
        Localized(zh: "“\(task)”未填报读数，无法考核", en: "\(task): no reading recorded, so it cannot be judged")
    }
    public static func problemReturned(_ title: String, comment: String) -> Localized {
        Localized(
            zh: "“\(title)”被街道退回" + (comment.isEmpty ? "" : "：" + comment),
            en: "\(title) was returned by the street office" + (comment.isEmpty ? "" : ": " + comment))
    }
    public static func problemDraft(_ title: String) -> Localized {
        Localized(zh: "“\(title)”尚未提交审核", en: "\(title) has not been submitted")
    }
    public static func problemChanged(_ title: String) -> Localized {
        Localized(zh: "“\(title)”通过后内容有改动，不计达标", en: "\(title) was changed after approval and is not attained")
    }
    public static func problemBelowPassMark(_ title: String, score: String) -> Localized {
        Localized(zh: "“\(title)”得分\(score)，未达合格标准", en: "\(title) scored \(score), below the pass mark")
    }
    public static func problemVetoed(_ title: String) -> Localized {
        Localized(zh: "“\(title)”有一票否决项不合格", en: "\(title) failed a veto item")
    }
    public static func problemNothingApplicable(_ title: String) -> Localized {
        Localized(zh: "“\(title)”各项均为不适用，无法评分", en: "\(title) has no applicable item and cannot be scored")
    }
    public static func problemRectification(_ item: String, owner: String, due: String, overdue: Bool) -> Localized {
        Localized(
            zh: "“\(item)”整改" + (overdue ? "已逾期" : "未完成") + "（\(owner)，期限\(due)）",
            en: "Rectification of \(item) " + (overdue ? "overdue" : "open") + " (\(owner), due \(due))")
    }
    public static func nextCount(_ task: String, more: String, atLeast goals: String) -> Localized {
        Localized(
            zh: "加快推进“\(task)”，再完成\(more)，达到不少于\(goals)的目标",
            en: "\(task): \(more) more, to reach at least \(goals)")
    }
    public static func nextLevel(_ task: String, _ goal: String) -> Localized {
        Localized(zh: "采取措施提高“\(task)”，达到\(goal)以上", en: "Raise \(task) to \(goal) or more")
    }
    public static func nextRange(_ task: String, _ goals: String) -> Localized {
        Localized(zh: "把“\(task)”控制在\(goals)的范围内", en: "Bring \(task) within \(goals)")
    }
    public static func nextLastYear(_ task: String) -> Localized {
        Localized(
            zh: "补录上年“\(task)”的数据（上年计划的记录或上年的读数）",
            en: "Record last year's figure for \(task) (last year's plan, or a reading of last year)")
    }
    public static func nextMeasure(_ task: String) -> Localized {
        Localized(zh: "组织测评“\(task)”，及时填报读数", en: "Measure \(task) and record the reading")
    }
    public static func nextDone(_ task: String) -> Localized {
        Localized(zh: "完成“\(task)”", en: "Complete \(task)")
    }
    public static func nextReturned(_ title: String) -> Localized {
        Localized(zh: "按街道意见修改“\(title)”，重新提交审核", en: "Revise \(title) as the street office asks and resubmit it")
    }
    public static func nextDraft(_ title: String) -> Localized {
        Localized(zh: "完成“\(title)”并提交街道审核", en: "Finish \(title) and submit it for review")
    }
    public static func nextChanged(_ title: String) -> Localized {
        Localized(zh: "提请街道重新审核改动后的“\(title)”", en: "Ask the street office to review the changed \(title) again")
    }
    public static func nextRectification(_ item: String, action: String, owner: String, due: String) -> Localized {
        Localized(
            zh: "落实“\(item)”整改：\(action)（\(owner)负责，\(due)前完成）",
            en: "Rectify \(item): \(action) (\(owner), by \(due))")
    }
    public static func nextNoPlan(_ year: Int) -> Localized {
        Localized(zh: "制定\(year)年度工作计划，明确目标任务", en: "Draw up the \(year) work plan with measurable targets")
    }
    public static func nextNothingRecorded(_ year: Int) -> Localized {
        Localized(
            zh: "补录\(year)年度工作计划、活动台账和检查表", en: "Enter the \(year) plans, activity ledger and checklists")
    }

    // MARK: Files left out, encodings
    public static func encodingNotForFormat(_ format: String) -> Localized {
        Localized(
            zh: "GB18030 编码只用于 txt、md 和 csv；\(format) 文件自身声明为 UTF-8",
            en: "GB18030 is for txt, md and csv only; a \(format) file declares UTF-8 itself")
    }
    public static func exportedLeavingOut(_ path: String, _ n: Int) -> Localized {
        Localized(
            zh: "已导出到 \(path)，但有\(n)个数据文件无法读取，其社区未计入（汇总开头已列出）",
            en: "Exported to \(path), but \(n) data files could not be read and their communities are missing "
                + "(listed at the top of the summary)")
    }
    public static func unreadableNotCounted(_ n: Int) -> Localized {
        Localized(
            zh: "有\(n)个数据文件无法读取，汇总未计入其社区（已在汇总开头列出）；确认后可加 --skip-unreadable",
            en: "\(n) data files could not be read and their communities are missing from the summary (listed at "
                + "its top); add --skip-unreadable once that is understood")
    }

    public static func unreadableLeftOut(_ n: Int) -> Localized {
        Localized(
            zh: "以下\(n)个数据文件无法读取，其社区未计入本汇总（达标率的社区数也不含它们）：",
            en: "\(n) data files could not be read; their communities are not counted here, nor in attainment:")
    }

    // MARK: CSV tables

    /// A CSV column by its English key, which is its English name: "community" is 社区. A standard's
    /// attainment columns ("五好关工委考评表 rate") keep the standard's name and say the rest.
    public static func csvColumn(_ key: String) -> Localized {
        for (suffix, zh) in [(" attained", "达标数"), (" total", "社区数"), (" rate", "达标率")] where key.hasSuffix(suffix) {
            return Localized(zh: String(key.dropLast(suffix.count)) + zh, en: key)
        }
        let zh: String? =
            switch key {
            case "community": "社区"
            case "plan": "计划"
            case "task": "任务"
            case "target": "目标"
            case "actual": "实际"
            case "percent": "完成率"
            case "state": "状态"
            case "owner": "责任人"
            case "deadline": "完成时限"
            case "missing": "缺期"
            case "month": "月份"
            case "activities": "活动数"
            case "sessions": "场次"
            case "participants": "人次"
            case "checklist": "检查表"
            case "period": "期间"
            case "score": "得分"
            case "threshold": "合格线"
            case "veto": "一票否决"
            case "passes": "得分合格"
            case "attained": "达标"
            case "reviewer": "审核人"
            case "date": "日期"
            case "comment": "审核意见"
            case "signature": "签名"
            case "street": "街道"
            case "district": "区"
            case "population": "常住人口"
            case "households": "户数"
            case "tasks_met": "完成任务"
            case "tasks": "任务数"
            case "checklists": "检查表数"
            case "title": "活动"
            case "kind": "类型"
            case "amount": "金额"
            case "location": "地点"
            case "linked_tasks": "计入任务"
            default: nil
            }
        return Localized(zh: zh ?? key, en: key)
    }

    /// Yes or no in a CSV cell.
    public static func csvYesNo(_ value: Bool) -> Localized {
        Localized(zh: value ? "是" : "否", en: String(value))
    }

    /// A signature's state in a CSV cell, by its code ("valid", "unsigned"…), which is the English.
    public static func csvSignature(_ code: String) -> Localized {
        let zh: String =
            switch code {
            case "valid": "签名有效"
            case "invalid": signatureInvalid.zh
            case "unknown-reviewer": signatureUnknownReviewer.zh
            case "unsigned": signatureUnsigned.zh
            case "legacy": signatureLegacy.zh
            default: code
            }
        return Localized(zh: zh, en: code)
    }
}
