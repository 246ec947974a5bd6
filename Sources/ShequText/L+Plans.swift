/// The words of plans, tasks, targets and the activity ledger.
extension L {
    // MARK: Periods of a recurrence
    public static func halfMonthPeriod(_ month: Int, second: Bool) -> Localized {
        let name = monthName(month).en
        return second
            ? Localized(zh: "\(month)月下半月", en: "\(name) 16-") : Localized(zh: "\(month)月上半月", en: "\(name) 1-15")
    }
    public static func quarterPeriod(_ quarter: Int) -> Localized { Localized(zh: "第\(quarter)季度", en: "Q\(quarter)") }
    public static let springTerm = Localized(zh: "春季学期", en: "Spring term")
    public static let autumnTerm = Localized(zh: "秋季学期", en: "Autumn term")
    public static func recurrenceInMonths(_ months: String, _ period: Localized) -> Localized {
        Localized(zh: "\(months)月\(period.zh)", en: "\(period.en) in months \(months)")
    }

    // MARK: Units of targets and figures
    public static let timesUnit = Localized(zh: "次", en: "")
    public static let sessionsUnit = Localized(zh: "场次", en: " sessions")
    public static let householdsUnit = Localized(zh: "户", en: " households")
    public static let yuanUnit = Localized(zh: "元", en: " yuan")
    public static let peopleUnit = Localized(zh: "人次", en: " people")
    public static let yuanPerResident = Localized(zh: "元/人", en: " yuan/resident")
    public static let yuanPerResidentShort = Localized(zh: "元/人", en: " yuan/resident")
    public static let targetDone = Localized(zh: "完成", en: "done")
    public static let targetHeldOnDay = Localized(zh: "当天举办", en: "held on the day")
    public static func heldOnDayText(_ month: Int, _ day: Int) -> Localized {
        Localized(zh: "\(month)月\(day)日举办", en: "held on \(month)/\(day)")
    }
    public static func riseBy(_ figure: String, points: Bool, _ unit: String) -> Localized {
        points
            ? Localized(zh: "比上年提高\(figure)个百分点", en: "+\(figure) points on last year")
            : Localized(zh: "比上年增加\(figure)\(unit)", en: "+\(figure)\(unit) on last year")
    }
    public static func riseByPercent(_ figure: String) -> Localized {
        Localized(zh: "比上年提高\(figure)%", en: "+\(figure)% on last year")
    }
    public static func lastYearFigure(_ figure: String) -> Localized {
        Localized(zh: "上年\(figure)", en: "last year \(figure)")
    }
    public static let noLastYearFigure = Localized(zh: "上年无数据", en: "no figure for last year")
    public static let riseOnLastYear = Localized(zh: "比上年", en: "On last year")
    public static let noRise = Localized(zh: "否（目标即所填值）", en: "no (the value is the goal)")
    public static let riseByUnits = Localized(zh: "提高（目标单位或百分点）", en: "raise by (units or points)")
    public static let riseByPercentOption = Localized(zh: "提高百分比", en: "raise by per cent")
    public static let riseAmount = Localized(zh: "比上年提高多少", en: "Rise on last year")
    public static let upperBound = Localized(zh: "范围上限", en: "At most")
    public static let upperBelowLower = Localized(zh: "上限不能小于目标值", en: "The top cannot be below the target")
    public static let kindsUnit = Localized(zh: "种形式", en: " kinds")
    public static let heldOnDayNeedsDeadline = Localized(
        zh: "按日举办的任务须填写完成时限（举办的那一天）", en: "A task held on a day needs its deadline: the day")
    public static let isDone = Localized(zh: "已完成", en: "done")
    public static let isHeld = Localized(zh: "已举办", en: "held")
    public static let isNotHeld = Localized(zh: "未举办", en: "not held")
    public static let isNotDone = Localized(zh: "未完成", en: "not done")

    // MARK: Plans, tasks and activities
    public static let year = Localized(zh: "年度", en: "Year")
    public static let planTitle = Localized(zh: "计划", en: "Plan")
    public static let category = Localized(zh: "类别", en: "Category")
    public static let tasksMet = Localized(zh: "完成任务", en: "Tasks met")
    public static let unknown = Localized(zh: "未知", en: "unknown")
    public static let taskTitle = Localized(zh: "任务", en: "Task")
    public static let target = Localized(zh: "目标", en: "Target")
    public static let actual = Localized(zh: "实际", en: "Actual")
    public static let percent = Localized(zh: "完成率", en: "Progress")
    public static let state = Localized(zh: "状态", en: "State")
    public static let owner = Localized(zh: "责任人", en: "Owner")
    public static let deadline = Localized(zh: "完成时限", en: "Deadline")
    public static let date = Localized(zh: "日期", en: "Date")
    public static let activityTitle = Localized(zh: "活动", en: "Activity")
    public static let kind = Localized(zh: "类型", en: "Kind")
    public static let sessions = Localized(zh: "场次", en: "Sessions")
    public static let participants = Localized(zh: "人次", en: "People")
    public static let progress = Localized(zh: "进度", en: "Progress")
    public static let noPlans = Localized(zh: "还没有工作计划。按 n 新建。", en: "No plans yet. Press n to add one.")
    public static let objective = Localized(zh: "目标任务", en: "Objective")
    public static let safeguards = Localized(zh: "保障措施", en: "Safeguards")
    public static let newPlan = Localized(zh: "新建工作计划", en: "New plan")
    public static func editPlan(_ title: String) -> Localized {
        Localized(zh: "编辑计划：\(title)", en: "Edit plan: \(title)")
    }
    public static let newTask = Localized(zh: "新建任务", en: "New task")
    public static func editTask(_ title: String) -> Localized {
        Localized(zh: "编辑任务：\(title)", en: "Edit task: \(title)")
    }
    public static let newActivity = Localized(zh: "登记活动", en: "Log an activity")
    public static func editActivity(_ title: String) -> Localized {
        Localized(zh: "编辑活动：\(title)", en: "Edit activity: \(title)")
    }
    public static func newReading(_ task: String) -> Localized {
        Localized(zh: "记录测评：\(task)", en: "Record a reading: \(task)")
    }
    public static let targetKind = Localized(zh: "目标类型", en: "Target kind")
    public static let targetValue = Localized(zh: "目标次数", en: "Target count")
    public static let unit = Localized(zh: "单位", en: "Unit")
    public static let secondTarget = Localized(zh: "另一目标", en: "Second target")
    public static let noSecondTarget = Localized(zh: "无", en: "None")
    public static let completed = Localized(zh: "已完成", en: "Done")
    public static let recurrence = Localized(zh: "周期", en: "Recurrence")
    public static let noRecurrence = Localized(zh: "不定期", en: "None")
    public static let months = Localized(zh: "适用月份", en: "Months")
    public static let everyPeriod = Localized(zh: "每期都要有活动", en: "In every period")
    public static func inEveryPeriod(_ recurrence: String) -> Localized {
        Localized(zh: "\(recurrence)，每期不缺", en: "\(recurrence), every period")
    }
    public static func activityOutsideTaskYear(_ year: Int, _ titles: String) -> Localized {
        Localized(
            zh: "日期在\(year)年，不计入其他年度计划的“\(titles)”",
            en: "dated in \(year); will not count for \(titles) of another year's plan")
    }
    public static let amount = Localized(zh: "金额 元", en: "Amount yuan")
    public static let location = Localized(zh: "地点", en: "Location")
    public static let linkedTasks = Localized(zh: "计入任务", en: "Counts for")
    public static func activityMovedYear(
        _ change: Localized, from old: Int, to new: Int, counted: Int, dropped: [String]
    ) -> Localized {
        let zhDropped = dropped.isEmpty ? "" : "；不再计入\(old)年的“\(dropped.joined(separator: "”“"))”"
        let enDropped = dropped.isEmpty ? "" : "; no longer counts for \(old)'s \(dropped.joined(separator: ", "))"
        let zhCounted = counted > 0 ? "计入该年\(counted)项同名任务" : "该年没有同名任务"
        let enCounted =
            counted > 0 ? "counts for \(counted) task(s) of that year" : "no task of that year has its title"
        return Localized(
            zh: "已保存：\(change.zh)（改到\(new)年，\(zhCounted)\(zhDropped)）",
            en: "Saved: \(change.en) (moved to \(new), \(enCounted)\(enDropped))")
    }
    public static func countsFor(_ task: String) -> Localized { Localized(zh: "计入：\(task)", en: "Counts for: \(task)") }
    public static let readingPercent = Localized(zh: "测评结果 %", en: "Reading %")
    public static let required = Localized(zh: "必填", en: "Required")
    public static let badYear = Localized(zh: "年度应为2000至2100之间的年份", en: "A year from 2000 to 2100")
    public static func badPinnedToday(_ text: String) -> Localized {
        Localized(
            zh: "SHEQU_TODAY 应为日期，如 2025-09-15，而不是“\(text)”",
            en: "SHEQU_TODAY must be a date such as 2025-09-15, not \"\(text)\"")
    }
    public static let badDate = Localized(
        zh: "日期应为 2023-05-30、2023/5/30 或 2023年5月30日", en: "A date such as 2023-05-30, 2023/5/30 or 2023年5月30日")
    public static func noSuchDay(year: Int, month: Int, day: Int) -> Localized {
        Localized(
            zh: "没有这一天：\(year)年\(month)月\(day)日", en: "There is no such day: \(year)-\(month)-\(day)")
    }
    public static let positiveNumber = Localized(zh: "应为大于0的数", en: "Must be a number above 0")
    public static let nonNegativeNumber = Localized(zh: "应为不小于0的数", en: "Must be a number, 0 or more")
    public static func atMost(_ limit: String) -> Localized {
        Localized(zh: "不能超过\(limit)", en: "Must be at most \(limit)")
    }
    public static func atLeast(_ limit: String) -> Localized {
        Localized(zh: "不能小于\(limit)", en: "Must be at least \(limit)")
    }
    public static let dateOutOfRange = Localized(zh: "日期应在2000至2100年之间", en: "A date from 2000 to 2100")
    public static func controlCharacter(_ code: String) -> Localized {
        Localized(
            zh: "含有控制字符 \(code)（多半是从别处粘贴来的），不能保存", en: "Holds the control character \(code) (pasted from elsewhere?)")
    }
    public static func lookalikeName(_ name: String, _ other: String) -> Localized {
        Localized(
            zh: "“\(name)”与已有的“\(other)”看起来一样，但文字不同（含不可见字符或全角字母）",
            en: "\"\(name)\" looks like the existing \"\(other)\" but is other text "
                + "(invisible or full-width characters)")
    }
    public static func textTooLong(_ limit: Int) -> Localized {
        Localized(zh: "文字过长（最多\(limit)字）", en: "Too long (at most \(limit) characters)")
    }
    public static let percentRange = Localized(zh: "应在0到100之间", en: "Must be from 0 to 100")
    public static let badMonths = Localized(
        zh: "月份应为1至12，用逗号或顿号分隔，或写成 5-8", en: "Months 1 to 12, separated by commas, or a range such as 5-8")
    public static func changeNewPlan(_ t: String) -> Localized { Localized(zh: "新建计划“\(t)”", en: "new plan \(t)") }
    public static func copyPlan(_ t: String) -> Localized { Localized(zh: "复制计划：\(t)", en: "Copy plan: \(t)") }
    public static let copyToYear = Localized(zh: "复制到年度", en: "Copy to year")
    public static func changeCopyPlan(_ t: String, _ year: Int, tasks: Int) -> Localized {
        Localized(
            zh: "复制计划为“\(t)”（\(tasks)项任务，截止日期移到\(year)年，未带活动和读数）",
            en: "copy plan as \(t) (\(tasks) tasks, deadlines moved to \(year), no activities or readings)")
    }
    public static func changeEditPlan(_ t: String) -> Localized { Localized(zh: "编辑计划“\(t)”", en: "edit plan \(t)") }
    public static func changeEditPlanMovingDeadlines(_ t: String, _ year: Int) -> Localized {
        Localized(
            zh: "编辑计划“\(t)”，任务截止日期一并移到\(year)年", en: "edit plan \(t), its deadlines moved to \(year)")
    }
    public static func changeDeletePlan(_ t: String) -> Localized {
        Localized(zh: "删除计划“\(t)”", en: "delete plan \(t)")
    }
    public static func changeNewTask(_ t: String) -> Localized { Localized(zh: "新建任务“\(t)”", en: "new task \(t)") }
    public static func changeEditTask(_ t: String) -> Localized { Localized(zh: "编辑任务“\(t)”", en: "edit task \(t)") }
    public static func changeDeleteTask(_ t: String) -> Localized {
        Localized(zh: "删除任务“\(t)”", en: "delete task \(t)")
    }
    public static func changeNewActivity(_ t: String) -> Localized {
        Localized(zh: "登记活动“\(t)”", en: "log activity \(t)")
    }
    public static func changeEditActivity(_ t: String) -> Localized {
        Localized(zh: "编辑活动“\(t)”", en: "edit activity \(t)")
    }
    public static func changeDeleteActivity(_ t: String) -> Localized {
        Localized(zh: "删除活动“\(t)”", en: "delete activity \(t)")
    }
    public static func editReading(_ task: String) -> Localized {
        Localized(zh: "修改测评：\(task)", en: "Correct a reading: \(task)")
    }
    public static func changeEditReading(_ t: String) -> Localized {
        Localized(zh: "修改“\(t)”测评", en: "correct reading for \(t)")
    }
    public static func changeDeleteReading(_ t: String, _ date: some CustomStringConvertible) -> Localized {
        Localized(zh: "删除“\(t)”\(date)的测评", en: "delete the \(date) reading of \(t)")
    }
    public static func readingOutsidePlanYear(_ year: Int) -> Localized {
        Localized(zh: "不在计划年度\(year)年内，不计入", en: "outside the plan's year \(year); will not count")
    }
    public static func changeNewReading(_ t: String) -> Localized {
        Localized(zh: "记录“\(t)”测评", en: "reading for \(t)")
    }
    public static func changeToggleDone(_ t: String) -> Localized { Localized(zh: "标记任务“\(t)”", en: "mark task \(t)") }
    public static func tasksMetCount(_ met: Int, _ total: Int) -> Localized {
        Localized(zh: "完成 \(met)/\(total) 项", en: "\(met)/\(total) met")
    }
    public static func missingCount(_ n: Int) -> Localized { Localized(zh: " 缺\(n)期", en: " \(n) missed") }
    public static let noTasks = Localized(
        zh: "这个计划还没有任务。按 n 新建。", en: "This plan has no tasks yet. Press n to add one.")
    public static let readingOnlyForRates = Localized(zh: "只有比率目标可以记录测评", en: "Only rate targets take readings")
    public static let toggleOnlyForDone = Localized(
        zh: "只有“完成与否”的任务可以标记完成", en: "Only done/not-done tasks can be marked")
    public static let endOfYear = Localized(zh: "年底", en: "end of the year")
    public static let missingPeriods = Localized(zh: "缺少的时段", en: "Missed periods")
    public static let noneMissing = Localized(zh: "无", en: "none")
    public static let readings = Localized(zh: "测评记录", en: "Readings")
    public static let noReadings = Localized(zh: "（尚无测评，按 n 或 m 记录）", en: "(no readings yet; n or m records one)")
    public static func countedActivities(_ n: Int) -> Localized {
        Localized(zh: "计入的活动（\(n)）", en: "Activities that count (\(n))")
    }
    public static let noActivities = Localized(zh: "（尚无活动，按 a 登记）", en: "(none yet; a logs one)")
    public static func yuan(_ amount: String) -> Localized { Localized(zh: "\(amount) 元", en: "\(amount) yuan") }
    public static let householdsReached = Localized(zh: "入户数", en: "Households")
    public static func households(_ n: Int) -> Localized { Localized(zh: "\(n)户", en: "\(n) households") }
    public static let amountColumn = Localized(zh: "金额", en: "Amount")
    public static func sessionsAndPeople(_ s: Int, _ p: Int) -> Localized {
        Localized(zh: "\(s)场 \(p)人次", en: "\(s) sess. \(p) people")
    }
    public static let all = Localized(zh: "全部", en: "all")
    public static let monthFilter = Localized(zh: "月份", en: "Month")
    public static let noActivitiesYet = Localized(
        zh: "台账还是空的。按 n 登记活动。", en: "The ledger is empty. Press n to log an activity.")
    public static let noMatchingActivities = Localized(zh: "没有符合筛选的活动", en: "No activity matches the filters")
    public static func ledgerYearPart(_ year: Int, _ sessions: Int) -> Localized {
        Localized(zh: "图中 \(year) 年 \(sessions) 场次", en: "the chart: \(year), \(sessions) sessions")
    }
    public static func ledgerTotals(_ n: Int, _ sessions: Int, _ people: Int, households: Int) -> Localized {
        Localized(
            zh: "共 \(n) 项活动  \(sessions) 场次  \(people) 人次" + (households > 0 ? "  入户 \(households) 户" : ""),
            en: "\(n) activities  \(sessions) sessions  \(people) people"
                + (households > 0 ? "  \(households) households" : ""))
    }
    public static func sessionsPerMonth(_ year: Int) -> Localized { Localized(zh: "\(year)年场次", en: "\(year) sess.") }
}
