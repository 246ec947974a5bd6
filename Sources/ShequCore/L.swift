// MARK: - The string catalog

/// Every user-facing string of Shequ, in Simplified Chinese and English.
/// Screens, the command line and errors take their words from here.
public enum L {
    // MARK: Program
    public static let appName = Localized(zh: "社区工作台", en: "Shequ")
    public static let communities = Localized(zh: "社区", en: "Communities")
    public static func communityCount(_ n: Int) -> Localized {
        Localized(zh: "\(n) 个社区", en: n == 1 ? "1 community" : "\(n) communities")
    }
    public static let readOnlyBadge = Localized(zh: "只读", en: "read-only")

    public static let needsTerminal = Localized(
        zh: "shequ 的界面需要在终端中运行；非交互使用请用 shequ list / shequ check",
        en: "shequ's screens need a terminal; for scripts use shequ list or shequ check")
    public static func themeProblem(_ problem: String, _ used: String) -> Localized {
        Localized(zh: "主题有误，已改用 \(used)：\(problem)", en: "Theme problem, using \(used): \(problem)")
    }
    public static func settingsProblem(_ problem: String) -> Localized {
        Localized(zh: "配置文件有误：\(problem)", en: "Settings problem: \(problem)")
    }
    public static let supervisorBadge = Localized(zh: "街道审核", en: "supervisor")
    public static func demoRefused(_ count: Int, _ path: String) -> Localized {
        Localized(
            zh: "数据目录 \(path) 已有 \(count) 个社区文件；如需覆盖示例社区请加 --force",
            en:
                "The data directory \(path) already holds \(count) community files; "
                + "add --force to overwrite the sample communities"
        )
    }
    public static func demoWritten(_ count: Int, _ path: String) -> Localized {
        Localized(zh: "已写入示例街道：\(count) 个社区，位于 \(path)", en: "Wrote the sample street: \(count) communities in \(path)")
    }
    public static func checkPassed(_ count: Int) -> Localized {
        Localized(zh: "检查通过：\(count) 个社区文件，没有问题", en: "Checked \(count) community files: no problems")
    }
    public static func checkFailed(_ count: Int) -> Localized {
        Localized(zh: "发现 \(count) 个问题", en: "\(count) problem(s) found")
    }
    public static func newerSchemaNote(_ file: String) -> Localized {
        Localized(zh: "\(file)：由更新版本写入，只读打开", en: "\(file): written by a newer Shequ; opened read-only")
    }
    public static func unknownCommunity(_ name: String) -> Localized {
        Localized(zh: "找不到社区：\(name)", en: "No such community: \(name)")
    }

    // MARK: Community fields
    public static let name = Localized(zh: "名称", en: "Name")
    public static let street = Localized(zh: "街道", en: "Street")
    public static let district = Localized(zh: "区", en: "District")
    public static let population = Localized(zh: "常住人口", en: "Population")
    public static let households = Localized(zh: "户数", en: "Households")
    public static let residentGroups = Localized(zh: "居民小组", en: "Groups")
    public static let populationShort = Localized(zh: "人口", en: "Pop.")
    public static let householdsShort = Localized(zh: "户数", en: "Homes")
    public static let residentGroupsShort = Localized(zh: "小组", en: "Grp.")
    public static let contacts = Localized(zh: "联系人", en: "Contacts")
    public static let notes = Localized(zh: "备注", en: "Notes")
    public static func contactRole(_ n: Int) -> Localized { Localized(zh: "联系人\(n) 职务", en: "Contact \(n) role") }
    public static func contactName(_ n: Int) -> Localized { Localized(zh: "联系人\(n) 姓名", en: "Contact \(n) name") }
    public static func contactPhone(_ n: Int) -> Localized { Localized(zh: "联系人\(n) 电话", en: "Contact \(n) phone") }

    // MARK: Plans, tasks and activities
    public static let year = Localized(zh: "年度", en: "Year")
    public static let planTitle = Localized(zh: "计划", en: "Plan")
    public static let category = Localized(zh: "类别", en: "Category")
    public static let tasksMet = Localized(zh: "完成任务", en: "Tasks met")
    public static let unknown = Localized(zh: "未知", en: "unknown")
    public static let taskTitle = Localized(zh: "任务", en: "Task")
    public static let target = Localized(zh: "目标", en: "Target")
    public static let actual = Localized(zh: "实际", en: "Actual")
    public static let percent = Localized(zh: "完成率", en: "Done")
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
    public static func targetValue(_ kind: Target.Kind) -> Localized {
        switch kind {
        case .participants: Localized(zh: "目标人次", en: "Target people")
        case .rate: Localized(zh: "目标比率 %", en: "Target rate %")
        case .amountPerResident: Localized(zh: "人均金额 元", en: "Yuan per resident")
        case .count, .done: targetValue
        }
    }
    public static let unit = Localized(zh: "单位", en: "Unit")
    public static let completed = Localized(zh: "已完成", en: "Done")
    public static let recurrence = Localized(zh: "周期", en: "Recurrence")
    public static let noRecurrence = Localized(zh: "不定期", en: "None")
    public static let months = Localized(zh: "适用月份", en: "Months")
    public static let amount = Localized(zh: "金额 元", en: "Amount yuan")
    public static let location = Localized(zh: "地点", en: "Location")
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
    public static let positiveNumber = Localized(zh: "应为大于0的数", en: "Must be a number above 0")
    public static let nonNegativeNumber = Localized(zh: "应为不小于0的数", en: "Must be a number, 0 or more")
    public static func atMost(_ limit: String) -> Localized {
        Localized(zh: "不能超过\(limit)", en: "Must be at most \(limit)")
    }
    public static func atLeast(_ limit: String) -> Localized {
        Localized(zh: "不能小于\(limit)", en: "Must be at least \(limit)")
    }
    public static let dateOutOfRange = Localized(zh: "日期应在2000至2100年之间", en: "A date from 2000 to 2100")
    public static func textTooLong(_ limit: Int) -> Localized {
        Localized(zh: "文字过长（最多\(limit)字）", en: "Too long (at most \(limit) characters)")
    }
    public static let percentRange = Localized(zh: "应在0到100之间", en: "Must be from 0 to 100")
    public static let badMonths = Localized(zh: "月份应为1至12，用逗号或顿号分隔", en: "Months 1 to 12, separated by commas")
    public static func changeNewPlan(_ t: String) -> Localized { Localized(zh: "新建计划“\(t)”", en: "new plan \(t)") }
    public static func changeEditPlan(_ t: String) -> Localized { Localized(zh: "编辑计划“\(t)”", en: "edit plan \(t)") }
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
    public static let noReadings = Localized(zh: "（尚无测评，按 m 记录）", en: "(no readings yet; m records one)")
    public static func countedActivities(_ n: Int) -> Localized {
        Localized(zh: "计入的活动（\(n)）", en: "Activities that count (\(n))")
    }
    public static let noActivities = Localized(zh: "（尚无活动，按 a 登记）", en: "(none yet; a logs one)")
    public static func sessionsAndPeople(_ s: Int, _ p: Int) -> Localized {
        Localized(zh: "\(s)场 \(p)人次", en: "\(s) sess. \(p) people")
    }

    public static let all = Localized(zh: "全部", en: "all")
    public static let monthFilter = Localized(zh: "月份", en: "Month")
    public static let noActivitiesYet = Localized(
        zh: "台账还是空的。按 n 登记活动。", en: "The ledger is empty. Press n to log an activity.")
    public static let noMatchingActivities = Localized(zh: "没有符合筛选的活动", en: "No activity matches the filters")
    public static func ledgerTotals(_ n: Int, _ sessions: Int, _ people: Int) -> Localized {
        Localized(
            zh: "共 \(n) 项活动  \(sessions) 场次  \(people) 人次",
            en: "\(n) activities  \(sessions) sessions  \(people) people")
    }
    public static func sessionsPerMonth(_ year: Int) -> Localized { Localized(zh: "\(year)年场次", en: "\(year) sess.") }

    // MARK: Checklists and reviews
    public static func itemsPending(_ n: Int) -> Localized {
        Localized(zh: "还有 \(n) 项待查", en: "\(n) items still pending")
    }
    public static func needsRectification(_ item: String) -> Localized {
        Localized(
            zh: "不合格项“\(item)”需填写整改措施、责任人和期限", en: "Failed item \(item) needs a rectification: action, owner, due date")
    }
    public static func notEditableInState(_ state: ChecklistState) -> Localized {
        Localized(zh: "\(state.label.zh)的检查表不能修改", en: "A \(state.label.en) checklist cannot be changed")
    }
    public static let onlySubmittedCanBeDecided = Localized(
        zh: "只有待审核的检查表可以通过或退回", en: "Only a submitted checklist can be approved or returned")
    public static let onlyApprovedCanBeReopened = Localized(
        zh: "只有已通过的检查表可以重新打开", en: "Only an approved checklist can be reopened")
    public static let returnNeedsComment = Localized(zh: "退回时必须填写意见", en: "Returning needs a comment")
    public static let checklist = Localized(zh: "检查表", en: "Checklist")
    public static let period = Localized(zh: "期间", en: "Period")
    public static let score = Localized(zh: "得分", en: "Score")
    public static let vetoFailed = Localized(zh: "否决", en: "veto")
    public static let passFail = Localized(zh: "合格/不合格", en: "pass/fail")
    public static let items = Localized(zh: "项数", en: "Items")
    public static let builtIn = Localized(zh: "内置", en: "built-in")
    public static let newChecklist = Localized(zh: "新建检查表", en: "New checklist")
    public static let checklistTemplate = Localized(zh: "考评标准", en: "Standard")
    public static func changeNewChecklist(_ t: String) -> Localized {
        Localized(zh: "新建检查表“\(t)”", en: "new checklist \(t)")
    }
    public static func changeDeleteChecklist(_ t: String) -> Localized {
        Localized(zh: "删除检查表“\(t)”", en: "delete checklist \(t)")
    }
    public static func editItem(_ t: String) -> Localized { Localized(zh: "检查项：\(t)", en: "Item: \(t)") }
    public static func changeEditItem(_ t: String) -> Localized { Localized(zh: "修改检查项“\(t)”", en: "edit item \(t)") }
    public static func changeItemResult(_ t: String, _ r: ItemResult) -> Localized {
        Localized(zh: "“\(t)”设为\(r.label.zh)", en: "\(t) set to \(r.label.en)")
    }
    public static func changeSubmit(_ t: String) -> Localized { Localized(zh: "提交“\(t)”", en: "submit \(t)") }
    public static func changeApprove(_ t: String) -> Localized { Localized(zh: "通过“\(t)”", en: "approve \(t)") }
    public static func changeReturn(_ t: String) -> Localized { Localized(zh: "退回“\(t)”", en: "return \(t)") }
    public static func changeReopen(_ t: String) -> Localized { Localized(zh: "重新打开“\(t)”", en: "reopen \(t)") }
    public static let evidence = Localized(zh: "佐证材料", en: "Evidence")
    public static let rectificationAction = Localized(zh: "整改措施", en: "Rectification")
    public static let dueDate = Localized(zh: "整改期限", en: "Due")
    public static let rectified = Localized(zh: "已整改", en: "Rectified")
    public static let reviewComment = Localized(zh: "审核意见", en: "Comment")
    public static func returnTitle(_ t: String) -> Localized { Localized(zh: "退回：\(t)", en: "Return: \(t)") }
    public static let keyOpenChecklist = Localized(zh: "打开检查表", en: "open the checklist")
    public static let keyDeleteChecklist = Localized(zh: "删除检查表", en: "delete the checklist")
    public static let noChecklists = Localized(
        zh: "还没有检查表。按 n 按标准新建。", en: "No checklists yet. Press n to start one from a standard.")
    public static let openRectificationsShort = Localized(zh: "待整改", en: "Open fixes")
    public static let clerkOnly = Localized(
        zh: "审核人员只能审核，不能修改社区填报的内容", en: "A supervisor decides; only the clerk changes what was filled in")
    public static let supervisorOnly = Localized(
        zh: "只有街道审核人员可以通过、退回或重新打开", en: "Only a supervisor can approve, return or reopen")
    public static let keyCycleResult = Localized(zh: "切换结果", en: "cycle the result")
    public static let keyEditEvidence = Localized(zh: "佐证与整改", en: "evidence and rectification")
    public static let keySubmit = Localized(zh: "提交审核", en: "submit for review")
    public static let keyApprove = Localized(zh: "通过", en: "approve")
    public static let keyReturn = Localized(zh: "退回", en: "return")
    public static let keyReopen = Localized(zh: "重新打开", en: "reopen")
    public static func thresholdText(_ t: String) -> Localized { Localized(zh: "（\(t)分合格）", en: "(pass at \(t))") }
    public static let allMustPass = Localized(zh: "（适用项须全部合格）", en: "(every applicable item must pass)")
    public static let vetoFailedLong = Localized(zh: "一票否决", en: "vetoed")
    public static let passes = Localized(zh: "达标", en: "passes")
    public static let doesNotPass = Localized(zh: "未达标", en: "does not pass")
    public static let readyToSubmit = Localized(zh: "可以提交（按 s）", en: "Ready to submit (s)")
    public static let notReadyBecause = Localized(zh: "暂不能提交：", en: "Not ready: ")
    public static func cannotSubmit(_ reasons: [Localized]) -> Localized {
        Localized(
            zh: "未提交：" + reasons.map(\.zh).joined(separator: "；"),
            en: "Not submitted: " + reasons.map(\.en).joined(separator: "; "))
    }
    public static func rectificationShort(_ action: String, _ owner: String, _ due: String, _ done: Bool) -> Localized {
        Localized(
            zh: "整改：\(action)（\(owner)，\(due)\(done ? "，已整改" : "")）",
            en: "fix: \(action) (\(owner), \(due)\(done ? ", done" : ""))")
    }
    public static let reviews = Localized(zh: "检查表审核", en: "Reviews")
    public static let keyReviews = Localized(zh: "审核（街道）", en: "reviews (supervisor)")
    public static let keyCommunities = Localized(zh: "社区列表", en: "communities")
    public static let keyFilterStreet = Localized(zh: "按街道筛选（循环）", en: "filter by street (cycles)")
    public static let keyFilterTemplate = Localized(zh: "按标准筛选（循环）", en: "filter by standard (cycles)")
    public static let allCommunities = Localized(zh: "全部社区", en: "All communities")
    public static func attainmentOf(_ t: String) -> Localized { Localized(zh: "达标率：\(t)", en: "Attainment: \(t)") }
    public static let nothingToReview = Localized(zh: "没有待审核的检查表", en: "Nothing waiting for review")
    public static let submittedOn = Localized(zh: "提交日期", en: "Submitted")
    public static func confirmApprove(_ t: String) -> Localized {
        Localized(zh: "通过“\(t)”？(y/n)", en: "Approve \(t)? (y/n)")
    }
    public static func templateProblem(_ line: String, _ count: Int) -> Localized {
        Localized(zh: "\(count) 个检查表模板有误，已跳过：\(line)", en: "\(count) checklist template(s) skipped: \(line)")
    }
    public static let total = Localized(zh: "合计", en: "Total")
    public static func monthName(_ m: Int) -> Localized {
        Localized(
            zh: "\(m)月",
            en: ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][
                max(0, min(11, m - 1))])
    }
    public static func openRectificationLine(_ item: String, _ action: String, _ owner: String, _ due: String)
        -> Localized
    {
        Localized(
            zh: "整改未完成：\(item)，\(action)（\(owner)，\(due)前）",
            en: "Open rectification: \(item): \(action) (\(owner), by \(due))")
    }
    public static let checklistsPassing = Localized(zh: "检查表通过", en: "Passed")
    public static let reviewStateColumn = Localized(zh: "审核状态", en: "Review state")
    public static let attained = Localized(zh: "达标", en: "Attained")
    public static let activityCount = Localized(zh: "活动", en: "Activities")
    public static let reviewer = Localized(zh: "审核人", en: "Reviewer")
    public static let noPlansThisYear = Localized(zh: "本年度无工作计划。", en: "No plans for this year.")
    public static let noChecklistsThisYear = Localized(zh: "本年度无检查表。", en: "No checklists for this year.")
    public static let nothingRemaining = Localized(zh: "各项目标均已完成，无未完成事项。", en: "Every target is met; nothing remains.")
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
    public static func unknownStreet(_ s: String) -> Localized {
        Localized(zh: "找不到街道：\(s)", en: "No such street: \(s)")
    }
    public static func noDataForYear(_ y: Int) -> Localized {
        Localized(zh: "\(y)年没有任何计划、活动或检查表", en: "Nothing was recorded for \(y)")
    }
    public static let nothingToExport = Localized(zh: "没有可导出的社区", en: "No community to export")
    public static func selectedCommunities(_ n: Int) -> Localized {
        Localized(zh: "所选\(n)个社区", en: "\(n) selected communities")
    }
    public static func exportedTo(_ path: String) -> Localized {
        Localized(zh: "已导出到 \(path)", en: "Exported to \(path)")
    }
    public static let exportTitle = Localized(zh: "导出工作总结", en: "Export the summary")
    public static let format = Localized(zh: "格式", en: "Format")
    public static let csvTable = Localized(zh: "CSV 表", en: "CSV table")
    public static let outputFile = Localized(zh: "文件", en: "File")
    public static func exportScope(_ scope: String) -> Localized {
        Localized(zh: "导出工作总结：\(scope)", en: "Export the summary: \(scope)")
    }
    public static let keyExport = Localized(zh: "导出", en: "export")
    public static func exportFailed(_ reason: String) -> Localized {
        Localized(zh: "导出失败：\(reason)", en: "Export failed: \(reason)")
    }
    public static func exportRunning(_ scope: String) -> Localized {
        Localized(zh: "正在导出：\(scope)……", en: "Exporting \(scope)…")
    }
    public static let noComment = Localized(zh: "（无意见）", en: "(no comment)")
    public static let reviewHistory = Localized(zh: "审核记录", en: "Review history")
    public static func decision(_ d: Review.Decision) -> Localized {
        switch d {
        case .submitted: Localized(zh: "提交", en: "submitted")
        case .approved: Localized(zh: "通过", en: "approved")
        case .returned: Localized(zh: "退回", en: "returned")
        case .reopened: Localized(zh: "重新打开", en: "reopened")
        }
    }
    public static let changedSinceApproval = Localized(zh: "审核后已被改动", en: "changed since approval")

    // MARK: Keys (help and status line)
    public static let keyMove = Localized(zh: "移动", en: "move")
    public static let keyPage = Localized(zh: "翻页", en: "page up/down")
    public static let keyFirstLast = Localized(zh: "首行/末行", en: "first/last")
    public static let keyOpen = Localized(zh: "打开", en: "open")
    public static let keyBack = Localized(zh: "返回", en: "back")
    public static let keyQuit = Localized(zh: "退出", en: "quit")
    public static let keyQuitAnywhere = Localized(zh: "随处退出", en: "quit from anywhere")
    public static let keyHelp = Localized(zh: "帮助", en: "help")
    public static let keyNextTab = Localized(zh: "下一页签", en: "next tab")
    public static let keyPreviousTab = Localized(zh: "上一页签", en: "previous tab")
    public static let keyEditCommunity = Localized(zh: "编辑社区", en: "edit the community")
    public static let keyDeleteCommunity = Localized(zh: "删除社区", en: "delete the community")
    public static let keyOpenPlan = Localized(zh: "打开计划", en: "open the plan")
    public static let keyNewPlan = Localized(zh: "新建计划", en: "new plan")
    public static let keyEditPlan = Localized(zh: "编辑计划", en: "edit the plan")
    public static let keyDeletePlan = Localized(zh: "删除计划", en: "delete the plan")
    public static let keyChoose = Localized(zh: "选择（选项/勾选）", en: "choose (options and ticks)")
    public static func savedChange(_ change: Localized) -> Localized {
        Localized(zh: "已保存：\(change.zh)", en: "Saved: \(change.en)")
    }
    public static let keyOpenTask = Localized(zh: "任务详情", en: "task detail")
    public static let keyLogActivity = Localized(zh: "登记活动", en: "log an activity")
    public static let keyReading = Localized(zh: "记录测评", en: "record a reading")
    public static let keyToggleDone = Localized(zh: "标记完成/未完成", en: "mark done / not done")
    public static let keyNewTask = Localized(zh: "新建任务", en: "new task")
    public static let keyEditTask = Localized(zh: "编辑任务", en: "edit the task")
    public static let keyDeleteTask = Localized(zh: "删除任务", en: "delete the task")
    public static let keyEditActivity = Localized(zh: "编辑活动", en: "edit the activity")
    public static let keyDeleteActivity = Localized(zh: "删除活动", en: "delete the activity")
    public static let keyFilterKind = Localized(zh: "按类型筛选（循环）", en: "filter by kind (cycles)")
    public static let keyFilterMonth = Localized(zh: "按月份筛选（循环）", en: "filter by month (cycles)")
    public static let keyFilterTask = Localized(zh: "按任务筛选（循环）", en: "filter by task (cycles)")
    public static let keyFilter = Localized(zh: "筛选", en: "filter")
    public static let keyNew = Localized(zh: "新建", en: "new")
    public static let keyEdit = Localized(zh: "编辑", en: "edit")
    public static let keyDelete = Localized(zh: "删除", en: "delete")
    public static let keyUndo = Localized(zh: "撤销", en: "undo")
    public static let keyRedo = Localized(zh: "重做", en: "redo")
    public static let keySort = Localized(zh: "排序", en: "sort")
    public static let keyNextField = Localized(zh: "下一项", en: "next field")
    public static let keyPreviousField = Localized(zh: "上一项", en: "previous field")
    public static let keyEnterNext = Localized(zh: "下一项（末项时保存）", en: "next field (saves on the last)")
    public static let keySave = Localized(zh: "保存", en: "save")
    public static let keyCancel = Localized(zh: "取消", en: "cancel")
    public static let keyCaret = Localized(zh: "移动光标", en: "move the caret")
    public static let keyErase = Localized(zh: "删字", en: "erase")
    public static let keyClearField = Localized(zh: "清空本项", en: "clear the field")
    public static let keyLoadSample = Localized(zh: "载入示例街道", en: "load the sample street")
    public static let keyStartEmpty = Localized(zh: "从空白开始", en: "start empty")
    public static let keyClearFilter = Localized(zh: "清除筛选", en: "clear the filter")
    public static let keyFinishFilter = Localized(zh: "完成筛选", en: "finish filtering")

    // MARK: Status messages
    public static func savedCommunity(_ name: String) -> Localized {
        Localized(zh: "已保存：\(name)", en: "Saved: \(name)")
    }
    public static func deletedCommunity(_ name: String) -> Localized {
        Localized(zh: "已删除：\(name)（按 u 撤销）", en: "Deleted: \(name) (u to undo)")
    }
    public static func undone(_ what: Localized) -> Localized {
        Localized(zh: "已撤销：\(what.zh)", en: "Undone: \(what.en)")
    }
    public static func redone(_ what: Localized) -> Localized {
        Localized(zh: "已重做：\(what.zh)", en: "Redone: \(what.en)")
    }
    public static func changeNew(_ name: String) -> Localized {
        Localized(zh: "新建社区“\(name)”", en: "new community \(name)")
    }
    public static func changeEdit(_ name: String) -> Localized {
        Localized(zh: "编辑社区“\(name)”", en: "edit community \(name)")
    }
    public static func changeDelete(_ name: String) -> Localized {
        Localized(zh: "删除社区“\(name)”", en: "delete community \(name)")
    }
    public static let historyStepChangedOutside = Localized(
        zh: "未执行：文件已在程序外修改，此步已移出撤销记录",
        en: "Not done: the file changed outside Shequ; this step was dropped from undo")
    public static let nothingToUndo = Localized(zh: "没有可撤销的操作", en: "Nothing to undo")
    public static let nothingToRedo = Localized(zh: "没有可重做的操作", en: "Nothing to redo")
    public static let nothingSelected = Localized(zh: "未选中任何社区", en: "No community selected")
    public static func filterShowing(_ shown: Int, _ total: Int) -> Localized {
        Localized(zh: "显示 \(shown) / \(total) 个社区", en: "Showing \(shown) of \(total) communities")
    }
    public static func sortedBy(_ order: Localized) -> Localized {
        Localized(zh: "排序：\(order.zh)", en: "Sorted by \(order.en.lowercased())")
    }
    public static let sortName = Localized(zh: "名称（拼音）", en: "Name")
    public static let noCommunities = Localized(zh: "还没有社区。按 n 新建。", en: "No communities yet. Press n to add one.")
    public static let noMatches = Localized(
        zh: "没有符合筛选的社区。按 Esc 清除。", en: "No community matches the filter. Esc clears it.")
    public static func confirmDelete(_ name: String) -> Localized {
        Localized(zh: "删除社区“\(name)”？(y/n)", en: "Delete community \(name)? (y/n)")
    }
    public static func confirmDeleteRecord(_ what: Localized) -> Localized {
        Localized(zh: "\(what.zh)？(y/n)", en: "\(what.en)? (y/n)")
    }
    public static func deletedWithUndo(_ what: Localized) -> Localized {
        Localized(zh: "已\(what.zh)（按 u 撤销）", en: "Done: \(what.en) (u to undo)")
    }
    public static func deletedTaskKeepsActivities(_ task: String, _ kept: Int) -> Localized {
        Localized(
            zh: "已删除任务“\(task)”，\(kept) 项相关活动保留在台账中（按 u 撤销）",
            en: "Deleted task \(task); its \(kept) activities stay in the ledger (u to undo)")
    }
    public static let discardChanges = Localized(zh: "放弃未保存的修改？(y/n)", en: "Discard unsaved changes? (y/n)")
    public static let deleteCancelled = Localized(zh: "未删除", en: "Not deleted")
    public static let formHasErrors = Localized(zh: "有填写错误的项，未保存", en: "Some fields are not valid; nothing was saved")
    public static let unchanged = Localized(zh: "没有修改", en: "Nothing changed")
    public static let editCancelled = Localized(zh: "已取消编辑", en: "Edit cancelled")

    // MARK: Screens
    public static let newCommunity = Localized(zh: "新建社区", en: "New community")
    public static func editCommunity(_ name: String) -> Localized {
        Localized(zh: "编辑社区：\(name)", en: "Edit community: \(name)")
    }
    public static let overview = Localized(zh: "概况", en: "Overview")
    public static let plansTab = Localized(zh: "工作计划", en: "Plans")
    public static let activitiesTab = Localized(zh: "活动台账", en: "Activities")
    public static let checklistsTab = Localized(zh: "检查考评", en: "Checklists")
    public static let noContacts = Localized(zh: "（无联系人）", en: "(no contacts)")
    public static func help(_ screen: Localized) -> Localized {
        Localized(zh: "帮助：\(screen.zh)", en: "Help: \(screen.en)")
    }
    public static let helpClose = Localized(zh: "关闭帮助（或按任意键）", en: "close help (or any key)")
    public static let helpGlobal = Localized(
        zh: "修改在完成时即已保存，随时退出都不会丢失。", en: "Changes are saved as they are made; quitting never loses anything.")
    public static let terminalTooSmall = Localized(zh: "终端太小", en: "Terminal too small")
    public static func needAtLeast(_ columns: Int, _ rows: Int) -> Localized {
        Localized(zh: "至少需要 \(columns)x\(rows)", en: "Needs at least \(columns)x\(rows)")
    }
    public static let welcomeTitle = Localized(zh: "欢迎使用社区工作台", en: "Welcome to Shequ")
    public static let welcomeText = Localized(
        zh: "社区工作台帮助社区居委会记录年度工作计划、活动台账和检查考评表，供街道审核，年底打印工作总结。数据目录还是空的。",
        en:
            "Shequ keeps a neighbourhood committee's work plans, activity ledger and inspection checklists, "
            + "for the street office to review and for the year-end summary. The data directory is empty."
    )
    public static let welcomeSample = Localized(
        zh: "载入示例街道（来自真实社区工作材料）", en: "Load the sample street (built from real community documents)")
    public static let welcomeEmpty = Localized(zh: "从空白开始", en: "Start empty")
    public static let welcomeQuit = Localized(zh: "退出", en: "Quit")
    public static func dataDirectoryIs(_ path: String) -> Localized {
        Localized(zh: "数据目录：\(path)", en: "Data directory: \(path)")
    }
    public static func sampleLoaded(_ count: Int) -> Localized {
        Localized(zh: "已载入示例街道：\(count) 个社区", en: "Loaded the sample street: \(count) communities")
    }
    public static let unreadable = Localized(zh: "无法读取", en: "unreadable")
    public static func unreadableFiles(_ count: Int) -> Localized {
        Localized(
            zh: "\(count) 个数据文件无法读取，已原样保留；运行 shequ check 查看详情",
            en: "\(count) data file(s) could not be read and were left untouched; run shequ check for details")
    }
    public static func unreadableLine(_ line: String) -> Localized {
        Localized(zh: "无法读取：\(line)", en: "unreadable: \(line)")
    }
    public static let unreadableNotEditable = Localized(
        zh: "该文件无法读取，请手工修复后再试", en: "This file cannot be read; repair it by hand first")
    public static let newerSchemaNotEditable = Localized(
        zh: "该文件由更新版本的程序写入，只读", en: "This file was written by a newer Shequ and is read-only")

    // MARK: Read-only and storage
    public static let readOnlyRequested = Localized(zh: "以只读方式打开（--read-only）", en: "Opened read-only (--read-only)")
    public static let readOnlyLocked = Localized(
        zh: "另一个社区工作台正在使用此数据目录，本窗口只读", en: "Another Shequ is using this data directory; this one is read-only")
    public static func cannotCreateFolder(_ path: String, _ reason: String) -> Localized {
        Localized(zh: "无法创建目录 \(path)：\(reason)", en: "Cannot create folder \(path): \(reason)")
    }
    public static func cannotWrite(_ path: String, _ reason: String) -> Localized {
        Localized(zh: "未保存，无法写入 \(path)：\(reason)", en: "Not saved: cannot write \(path): \(reason)")
    }
    public static func changedOnDisk(_ path: String) -> Localized {
        Localized(
            zh: "未保存：文件已在本程序之外被修改，已重新载入（\(path)）；再次保存将覆盖外部修改",
            en:
                "Not saved: the file was changed outside Shequ and has been reloaded (\(path)); "
                + "save again to overwrite that change"
        )
    }
    public static func cannotDelete(_ path: String, _ reason: String) -> Localized {
        Localized(zh: "无法删除 \(path)：\(reason)", en: "Cannot delete \(path): \(reason)")
    }

    // MARK: Validation
    public static let nameRequired = Localized(zh: "名称必填", en: "A name is required")
    public static let contactNameRequired = Localized(zh: "请填写联系人姓名", en: "The contact needs a name")
    public static let mustBeWholeNumber = Localized(zh: "应为整数", en: "Must be a whole number")
    public static let mustNotBeNegative = Localized(zh: "不能为负数", en: "Must not be negative")
    public static let phoneBadCharacters = Localized(
        zh: "电话只能包含数字、空格、-、+ 和括号", en: "A phone number has only digits, spaces, -, + and brackets")
    public static let phoneImplausible = Localized(
        zh: "不像有效号码：应为11位手机号或固定电话", en: "Not a plausible number: expected an 11-digit mobile or a landline")
}
