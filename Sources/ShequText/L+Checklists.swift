/// The words of checklists, reviews, attainment and the year-end summary.
extension L {
    // MARK: Checklists and reviews
    public static func itemsPending(_ n: Int) -> Localized {
        Localized(zh: "还有 \(n) 项待查", en: "\(n) items still pending")
    }
    public static func needsRectification(_ item: String) -> Localized {
        Localized(
            zh: "不合格项“\(item)”需填写整改措施、责任人和期限", en: "Failed item \(item) needs a rectification: action, owner, due date")
    }
    public static func notEditableInState(_ state: Localized) -> Localized {
        Localized(zh: "\(state.zh)的检查表不能修改", en: "A \(state.en) checklist cannot be changed")
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
    public static let decisionNoLongerPossible = Localized(
        zh: "这些检查表已不在可作此决定的状态，未作更改", en: "These checklists can no longer take this decision; nothing changed")
    public static let noLinkedTask = Localized(zh: "不关联", en: "None")
    public static let linkedTask = Localized(zh: "对应任务", en: "Plan task")
    public static func linkItemTitle(_ t: String) -> Localized {
        Localized(zh: "关联计划任务：\(t)", en: "Link to a task: \(t)")
    }
    public static func changeLinkItem(_ t: String) -> Localized {
        Localized(zh: "关联“\(t)”的计划任务", en: "link \(t) to a task")
    }
    public static func linkedTaskShort(_ actual: String, _ state: String) -> Localized {
        Localized(zh: "任务：\(actual) \(state)", en: "task: \(actual) \(state)")
    }
    public static func noStandardBegun(_ year: Int) -> Localized {
        Localized(zh: "\(year)年度尚无社区开始任何考评标准", en: "No community has begun any standard for \(year)")
    }
    public static let passButTaskBehind = Localized(zh: "合格但任务未达标", en: "passed, but the task is behind")
    public static let periodSpan = Localized(zh: "周期", en: "Period")
    public static let quarter = Localized(zh: "季度（1–4）", en: "Quarter (1–4)")
    public static let month = Localized(zh: "月份（1–12）", en: "Month (1–12)")
    public static let badQuarter = Localized(zh: "季度应为1到4", en: "A quarter from 1 to 4")
    public static let badMonth = Localized(zh: "月份应为1到12", en: "A month from 1 to 12")
    public static let newChecklist = Localized(zh: "新建检查表", en: "New checklist")
    public static let checklistTemplate = Localized(zh: "考评标准", en: "Standard")
    public static func changeNewChecklist(_ t: String) -> Localized {
        Localized(zh: "新建检查表“\(t)”", en: "new checklist \(t)")
    }
    public static func copyChecklist(_ t: String, _ period: String) -> Localized {
        Localized(zh: "复制检查表：\(t)（\(period)）", en: "Copy checklist: \(t) (\(period))")
    }
    public static func changeCopyChecklist(_ t: String, _ period: String) -> Localized {
        Localized(zh: "复制检查表“\(t)”到\(period)（结果已清空）", en: "copy checklist \(t) to \(period) (results cleared)")
    }
    public static func changeDeleteChecklist(_ t: String) -> Localized {
        Localized(zh: "删除检查表“\(t)”", en: "delete checklist \(t)")
    }
    public static func editItem(_ t: String) -> Localized { Localized(zh: "检查项：\(t)", en: "Item: \(t)") }
    public static func changeEditItem(_ t: String) -> Localized { Localized(zh: "修改检查项“\(t)”", en: "edit item \(t)") }
    public static func changeItemResult(_ t: String, _ r: Localized) -> Localized {
        Localized(zh: "“\(t)”设为\(r.zh)", en: "\(t) set to \(r.en)")
    }
    public static func changeSubmit(_ t: String) -> Localized { Localized(zh: "提交“\(t)”", en: "submit \(t)") }
    public static func confirmSubmit(_ title: String, _ community: String) -> Localized {
        Localized(
            zh: "把\(community)的“\(title)”提交街道审核？提交后不能再修改，除非被退回",
            en: "Submit \(community)'s \(title) for review? It cannot be changed after, unless it is returned")
    }
    public static func sameActivityLogged(_ title: String, _ date: String) -> Localized {
        Localized(
            zh: "台账里已有 \(date) 的“\(title)”，场次和人次也相同：是否重复登记？",
            en: "The ledger already holds \(title) on \(date) with the same sessions and participants: logged twice?")
    }
    public static let notSubmitted = Localized(zh: "未提交", en: "Not submitted")
    public static func changeApprove(_ t: String) -> Localized { Localized(zh: "通过“\(t)”", en: "approve \(t)") }
    public static func changeReturn(_ t: String) -> Localized { Localized(zh: "退回“\(t)”", en: "return \(t)") }
    public static func changeReopen(_ t: String) -> Localized { Localized(zh: "重新打开“\(t)”", en: "reopen \(t)") }
    public static let evidence = Localized(zh: "佐证材料", en: "Evidence")
    public static let checklistGroup = Localized(zh: "类别", en: "Heading")
    public static let checklistItem = Localized(zh: "检查项", en: "Item")
    public static let itemWeight = Localized(zh: "分值", en: "Weight")
    public static let itemResult = Localized(zh: "结果", en: "Result")
    public static let points = Localized(zh: "分", en: " points")
    public static let vetoItem = Localized(zh: "一票否决项", en: "veto item")
    public static let none = Localized(zh: "（无）", en: "(none)")
    public static let rectificationAction = Localized(zh: "整改措施", en: "Rectification")
    public static let dueDate = Localized(zh: "整改期限", en: "Due")
    public static let rectified = Localized(zh: "已整改", en: "Rectified")
    public static let reviewComment = Localized(zh: "审核意见", en: "Comment")
    public static func returnTitle(_ t: String) -> Localized { Localized(zh: "退回：\(t)", en: "Return: \(t)") }
    public static func approveTitle(_ t: String) -> Localized { Localized(zh: "通过：\(t)", en: "Approve: \(t)") }
    public static func approveManyTitle(_ n: Int) -> Localized {
        Localized(zh: "一并通过\(n)张检查表", en: "Approve \(n) checklists")
    }
    public static func reopenTitle(_ t: String) -> Localized { Localized(zh: "重新打开：\(t)", en: "Reopen: \(t)") }
    public static let approvalComment = Localized(zh: "审核意见（可不填）", en: "Comment (optional)")
    public static let reopenReason = Localized(zh: "重新打开的理由", en: "Reason")
    public static let reopenNeedsReason = Localized(zh: "重新打开必须说明理由", en: "Reopening needs a reason")
    public static func changeApproveMany(_ n: Int) -> Localized {
        Localized(zh: "一并通过\(n)张检查表", en: "approve \(n) checklists")
    }
    public static let noChecklists = Localized(
        zh: "还没有检查表。按 n 按标准新建。", en: "No checklists yet. Press n to start one from a standard.")
    public static let openRectificationsShort = Localized(zh: "待整改", en: "Open fixes")
    public static let clerkOnly = Localized(
        zh: "审核人员只能审核，不能修改社区填报的内容", en: "A supervisor decides; only the clerk changes what was filled in")
    public static let recordsAreTheClerks = Localized(
        zh: "街道审核员不能修改或删除社区填报的内容", en: "A supervisor does not change or delete what the community keeps")
    public static let followUpOnlyAfterApproval = Localized(
        zh: "整改完成情况在检查表通过后登记和核实；通过前直接在检查项中修改", en: "Follow-ups are recorded after approval; before it, edit the item")
    public static func followUpTitle(_ t: String) -> Localized {
        Localized(zh: "登记整改完成：\(t)", en: "Rectification done: \(t)")
    }
    public static let verification = Localized(zh: "核实", en: "Verified")
    public static let notVerified = Localized(zh: "待街道核实", en: "to be verified")
    public static let followUpDate = Localized(zh: "完成日期", en: "Done on")
    public static let followUpAction = Localized(zh: "整改情况", en: "What was done")
    public static func changeFollowUp(_ t: String) -> Localized {
        Localized(zh: "登记“\(t)”整改完成", en: "rectification of \(t) done")
    }
    public static func changeVerify(_ t: String) -> Localized {
        Localized(zh: "核实“\(t)”整改", en: "verify the rectification of \(t)")
    }
    public static func followUpLine(verified: Bool) -> Localized {
        verified
            ? Localized(zh: "已整改·已核实", en: "fixed, verified") : Localized(zh: "已整改·待核实", en: "fixed, to verify")
    }
    public static let noOpenRectification = Localized(zh: "这一项没有待完成的整改", en: "This item has no open rectification")
    public static let nothingToVerify = Localized(zh: "这一项没有待核实的整改", en: "Nothing to verify on this item")
    public static let supervisorOnly = Localized(
        zh: "只有街道审核人员可以通过、退回或重新打开", en: "Only a supervisor can approve, return or reopen")
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
    public static let allCommunities = Localized(zh: "全部社区", en: "All communities")
    public static func attainmentOf(_ t: String) -> Localized { Localized(zh: "达标率：\(t)", en: "Attainment: \(t)") }
    public static let nothingToReview = Localized(zh: "没有待审核的检查表", en: "Nothing waiting for review")
    public static let queueEmpty = Localized(zh: "这个队列是空的", en: "This queue is empty")
    public static let returnedOn = Localized(zh: "退回时间", en: "Returned")
    public static let approvedOn = Localized(zh: "通过时间", en: "Approved")
    public static let signatureColumn = Localized(zh: "签名", en: "Signature")
    public static let rectification = Localized(zh: "整改", en: "Rectification")
    public static func markedCount(_ n: Int) -> Localized { Localized(zh: "已标记\(n)张", en: "\(n) marked") }
    public static func fixesToVerify(_ n: Int, _ first: String) -> Localized {
        Localized(zh: "\(n)项待核实：\(first)", en: "\(n) to verify: \(first)")
    }
    public static func overdueRectifications(_ n: Int, _ first: String) -> Localized {
        Localized(zh: "\(n)项逾期：\(first)", en: "\(n) overdue: \(first)")
    }
    public static func attainmentLine(
        _ year: Int, _ t: String, _ attained: Int, _ total: Int, _ percent: String
    ) -> Localized {
        Localized(
            zh: "\(year)年\(t)达标 \(attained)/\(total)（\(percent)）· M 看各街道",
            en: "\(year) \(t): \(attained)/\(total) attained (\(percent)) · M for the streets")
    }
    public static func attainmentMatrix(_ year: Int) -> Localized {
        Localized(zh: "\(year)年达标情况", en: "Attainment \(year)")
    }
    public static func standardsShown(_ first: Int, _ last: Int, _ all: Int) -> Localized {
        Localized(
            zh: "标准 \(first)–\(last)，共\(all)项（左右键看其他）", en: "Standards \(first)–\(last) of \(all) (Left/Right for more)"
        )
    }
    public static let attainmentRule = Localized(
        zh: "只计已通过且通过后未改动的检查表；没有检查表的社区计为未达标",
        en: "Counts approved checklists unchanged since approval; a community without one counts as not met")
    public static let submittedOn = Localized(zh: "提交时间", en: "Submitted")
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
    /// Checklists that count: approved, unchanged since and passing (达标), as attainment counts them.
    public static let checklistsPassing = Localized(zh: "检查表达标", en: "Attained")
    public static let reviewStateColumn = Localized(zh: "审核状态", en: "Review state")
    public static let attained = Localized(zh: "达标", en: "Attained")
    public static let activityCount = Localized(zh: "活动", en: "Activities")
    public static let reviewer = Localized(zh: "审核人", en: "Reviewer")
    public static func unknownStreet(_ s: String, suggestions: [String] = []) -> Localized {
        notFound(Localized(zh: "找不到街道：\(s)", en: "No such street: \(s)"), suggestions)
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
    public static func exportFailed(_ reason: String) -> Localized {
        Localized(zh: "导出失败：\(reason)", en: "Export failed: \(reason)")
    }
    public static func exportRunning(_ scope: String) -> Localized {
        Localized(zh: "正在导出：\(scope)……", en: "Exporting \(scope)…")
    }
    public static func exportProgress(_ scope: String, bar: String, done: Int, total: Int) -> Localized {
        Localized(zh: "正在导出：\(scope) \(bar) \(done)/\(total)", en: "Exporting \(scope) \(bar) \(done)/\(total)")
    }
    public static let exportAlreadyRunning = Localized(
        zh: "上一个导出还在进行，完成后再导出", en: "An export is still running; export again once it is done")
    public static let noComment = Localized(zh: "（无意见）", en: "(no comment)")
    public static let reviewHistory = Localized(zh: "审核记录", en: "Review history")
    public static func signatureValid(_ reviewer: String) -> Localized {
        Localized(zh: "\(reviewer)审核通过（签名有效）", en: "approved by \(reviewer) (signature valid)")
    }
    public static func legacyApprovalsNote(_ file: String, _ count: Int) -> Localized {
        Localized(
            zh: "\(file)：\(count) 份旧版审核通过未签名，不计入达标；由审核人重新打开并通过即可签名",
            en: "\(file): \(count) approval(s) from an older Shequ are unsigned and do not count toward attainment; "
                + "a reviewer signs them by reopening and approving again")
    }
    public static func signingKeyProblem(_ path: String, _ problem: Localized) -> Localized {
        Localized(
            zh: "签名密钥 \(path) \(problem.zh)；审核决定将不带签名，不计入达标",
            en: "Signing key \(path) \(problem.en); decisions will be unsigned and will not count toward attainment")
    }
    public static let badReviewerKey = Localized(
        zh: "需要审核人姓名和 Ed25519 公钥（base64，由对方运行 shequ reviewers key 得到）",
        en: "Needs the reviewer's name and Ed25519 public key (base64, from `shequ reviewers key` on their machine)")
    public static func reviewerTrusted(_ name: String) -> Localized {
        Localized(zh: "已信任审核人：\(name)", en: "Trusted reviewer: \(name)")
    }
    public static let signed = Localized(zh: "已签名", en: "signed")
    public static let signatureValidShort = Localized(zh: "签名有效", en: "signature valid")
    public static let signatureInvalid = Localized(zh: "签名无效", en: "signature invalid")
    public static let clockBehindTrail = Localized(
        zh: "本机时钟比审核记录中最后一步早一天以上：请先校正时钟再签署",
        en: "This machine's clock is more than a day before the trail's last step: set the clock right before signing")
    public static let signatureOutOfPlace = Localized(
        zh: "签名不在原位（审核记录被删改、重复或调换）", en: "signature out of place (the trail lost, repeated or moved an entry)")
    public static let signatureUnknownReviewer = Localized(zh: "审核人未知", en: "unknown reviewer")
    public static let signatureUnsigned = Localized(zh: "未签名", en: "unsigned")
    public static let signatureLegacy = Localized(zh: "未签名（旧版）", en: "unsigned (legacy)")
    public static func confirmVetoNotApplicable(_ item: String) -> Localized {
        Localized(
            zh: "「\(item)」是一票否决项，设为不适用将不再否决。确定吗？(y/n)",
            en: "“\(item)” is a veto item; not applicable lifts its veto. Sure? (y/n)")
    }

    // MARK: Changes since a return
    public static let itemAdded = Localized(zh: "新增条目", en: "item added")
    public static let itemRemoved = Localized(zh: "条目已删除", en: "item taken out")
    public static let itemWordingChanged = Localized(zh: "条目内容已改", en: "wording changed")
    public static let evidenceChanged = Localized(zh: "佐证已改", en: "evidence changed")
    public static let rectificationChanged = Localized(zh: "整改措施已改", en: "rectification changed")
    public static let itemLinkChanged = Localized(zh: "关联任务已改", en: "linked task changed")
    public static func changesSinceReturn(_ time: String, _ reviewer: String) -> Localized {
        Localized(zh: "退回后的改动（与 \(time) \(reviewer) 退回时相比）", en: "Changed since \(reviewer) returned it on \(time)")
    }
    public static let noChangesSinceReturn = Localized(zh: "退回后未作改动", en: "nothing changed since the return")
    public static let returnedItemsDoNotHold = Localized(
        zh: "退回时保存的内容与审核签名不符，无法比对改动", en: "the items kept with the return do not match its signature")
    public static func itemChange(_ number: Int, _ text: String, _ what: String) -> Localized {
        Localized(zh: "第\(number)项 \(text)：\(what)", en: "Item \(number) \(text): \(what)")
    }
    public static func changedSinceReturnShort(_ count: Int) -> Localized {
        Localized(zh: "退回后改\(count)项", en: "\(count) changed since return")
    }
    public static func approvedAgainstChanges(_ count: Int) -> Localized {
        Localized(zh: "（针对退回后改动的\(count)项）", en: " (on the \(count) changed since the return)")
    }
}
