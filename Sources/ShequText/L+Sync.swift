/// Messages of `shequ sync`, `shequ merge-driver` and `shequ log`.
extension L {
    public static let gitMissing = Localized(
        zh: "同步需要 git，本机没有找到 git 程序；请先安装（如 apt install git）",
        en: "Sync needs git, and this machine has no git program; install it first (for example apt install git)")
    public static let syncNotSetUp = Localized(
        zh: "此数据目录尚未设置同步；请先运行 shequ sync init --remote <地址>",
        en: "This data directory is not set up for sync; run shequ sync init --remote <address> first")
    public static let syncNeedsName = Localized(
        zh: "同步需要记录作者姓名：请在 config.toml 中写 name = \"…\"，或加 --name",
        en: "Sync records who made each change: put name = \"…\" in config.toml, or give --name")
    public static let syncAskName = Localized(zh: "作者姓名（记入每次修改）：", en: "Your name (recorded with each change): ")
    public static let syncOpenElsewhere = Localized(
        zh: "另一个社区工作台正在使用此数据目录；请在那里同步，或先关闭它",
        en: "Another Shequ is using this data directory; sync from there, or close it first")
    public static func syncInitialized(_ path: String, remote: String?) -> Localized {
        Localized(
            zh: "已设置同步：\(path)" + (remote.map { "，远程仓库 \($0)" } ?? "，暂无远程仓库"),
            en: "Sync is set up in \(path)" + (remote.map { ", remote \($0)" } ?? ", no remote yet"))
    }
    public static func syncCommitted(_ subject: String) -> Localized {
        Localized(zh: "已记录本机修改：\(subject)", en: "Recorded the changes made here: \(subject)")
    }
    public static let syncNothingLocal = Localized(zh: "本机没有新的修改", en: "No new changes here")
    public static let syncNoRemote = Localized(
        zh: "没有远程仓库：修改只记录在本机（shequ sync init --remote <地址> 可添加）",
        en: "No remote: the changes are recorded here only (add one with shequ sync init --remote <address>)")
    public static func syncOffline(_ why: String) -> Localized {
        Localized(
            zh: "远程仓库无法连接（\(why)）：修改已记录在本机，下次同步时发送",
            en: "The remote cannot be reached (\(why)): the changes are recorded here and will be sent next time")
    }
    public static func syncMergeFailed(_ why: String) -> Localized {
        Localized(
            zh: "无法合并收到的修改，数据目录保持原样：\(why)",
            en: "The changes that came in could not be merged; the data directory is as it was: \(why)")
    }
    public static let syncReceived = Localized(zh: "收到：", en: "Came in:")
    public static let syncNothingReceived = Localized(zh: "没有收到新的修改", en: "Nothing new came in")
    public static let syncSent = Localized(zh: "已发送到远程仓库", en: "Sent to the remote")
    public static func syncConflict(_ title: String, kept: String, file: String) -> Localized {
        Localized(
            zh: "「\(title)」两边都改了：保留了\(kept)，另一版本存于 \(file)",
            en: "“\(title)” was changed on both sides: kept \(kept); the other version is in \(file)")
    }
    public static func syncDeletedAfterChange(_ title: String, file: String) -> Localized {
        Localized(
            zh: "「\(title)」在一边被修改、在另一边较晚被删除：按“较晚者为准”删除，修改过的版本存于 \(file)",
            en: "“\(title)” was changed on one side and deleted later on the other: the later step stands and it is "
                + "deleted; the changed version is in \(file)")
    }
    public static func syncDuplicatePlan(_ year: Int, _ title: String) -> Localized {
        Localized(
            zh: "两边各建了一份 \(year) 年的“\(title)”：两份都保留，请删去多余的一份",
            en: "Both sides made a \(year) plan “\(title)”: both are kept; delete the one not needed")
    }
    public static func syncYourVersionLost(_ community: String, _ records: String, _ author: String, file: String)
        -> Localized
    {
        Localized(
            zh: "\(community)：本机对\(records)的修改与 \(author) 的修改冲突，保留了较晚的版本；"
                + "本机的版本存于 \(file)，可用 shequ restore --file \(file) 取回",
            en: "\(community): this machine's change to \(records) clashed with \(author)'s, and the later was kept; "
                + "this machine's version is in \(file) (shequ restore --file \(file) takes it back)")
    }
    public static func syncReceivedCount(_ community: String, _ count: Int, _ authors: String) -> Localized {
        Localized(zh: "\(community)：\(count) 项修改（\(authors)）", en: "\(community): \(count) change(s) (\(authors))")
    }
    public static func syncVersionOf(_ author: String) -> Localized {
        Localized(zh: "\(author) 的版本", en: "\(author)'s version")
    }
    public static func syncMergedBy(_ author: String) -> Localized {
        Localized(zh: "\(author) 合并时：", en: "when \(author) merged: ")
    }
    public static let syncMergeSubject = Localized(zh: "合并两边的修改", en: "Merged both sides' changes")
    public static let syncConflictsKept = Localized(zh: "保留合并冲突的另一版本", en: "Kept the other versions of merge conflicts")
    public static func mergeUnreadable(_ path: String, _ why: String) -> Localized {
        Localized(
            zh: "\(path)：无法按记录合并（\(why)）；已留作 git 冲突，请手工处理",
            en: "\(path): cannot be merged record by record (\(why)); left as a git conflict to resolve by hand")
    }
    public static let mergeEmptySide = Localized(zh: "有一方是空文件", en: "empty")
    public static let syncRunning = Localized(zh: "同步中…（Esc 取消）", en: "syncing… (Esc cancels)")
    public static let syncCancelling = Localized(zh: "正在取消同步…", en: "Cancelling the sync…")
    public static func syncLast(_ when: String) -> Localized {
        Localized(zh: "上次同步 \(when)", en: "last sync \(when)")
    }
    public static let syncNever = Localized(zh: "尚未同步", en: "not synced yet")
    public static func syncWaiting(_ count: Int) -> Localized {
        Localized(zh: "\(count) 个社区待同步", en: count == 1 ? "1 community to send" : "\(count) communities to send")
    }
    public static let syncStarted = Localized(zh: "正在同步…", en: "Syncing…")
    public static let syncAlreadyRunning = Localized(zh: "正在同步，请稍候", en: "A sync is running; wait for it")
    public static func syncDone(received: Int, first: String?) -> Localized {
        Localized(
            zh: "同步完成：收到 \(received) 项修改" + (first.map { "，" + $0 } ?? ""),
            en: "Synced: \(received) change(s) came in" + (first.map { "; " + $0 } ?? ""))
    }
    public static func syncDoneWithConflicts(_ count: Int) -> Localized {
        Localized(
            zh: "同步完成，\(count) 处两边都改过：保留了较晚的版本，另一版本存于 conflicts/",
            en: "Synced; \(count) record(s) changed on both sides: the later kept, the other in conflicts/")
    }
    public static let history = Localized(zh: "修改历史", en: "History")
    public static let historyWhen = Localized(zh: "时间", en: "When")
    public static let historyWho = Localized(zh: "修改人", en: "Who")
    public static let historyWhat = Localized(zh: "修改内容", en: "What")
    public static let historyReading = Localized(zh: "正在读取修改历史…", en: "Reading the history…")
    public static let historyNone = Localized(zh: "还没有同步记录", en: "No history yet")

    // MARK: Changes in words (commit messages, what a sync brought)

    public static let changeDeletedCommunity = Localized(zh: "删除社区", en: "deleted the community")
    public static let changeAddedCommunity = Localized(zh: "新建社区", en: "added the community")
    public static let changeEditedDetails = Localized(zh: "修改社区信息", en: "edited the details")
    public static func changeStartedChecklist(_ t: String) -> Localized {
        Localized(zh: "新建检查表 " + t, en: "started " + t)
    }
    public static func changeDeletedChecklist(_ t: String) -> Localized {
        Localized(zh: "删除检查表 " + t, en: "deleted " + t)
    }
    public static func changeFilledIn(_ t: String) -> Localized { Localized(zh: "填写 " + t, en: "filled in " + t) }
    public static func changeSubmitted(_ t: String) -> Localized { Localized(zh: "提交 " + t, en: "submitted " + t) }
    public static func changeApproved(_ t: String) -> Localized { Localized(zh: "通过 " + t, en: "approved " + t) }
    public static func changeReturned(_ t: String, comment: String) -> Localized {
        Localized(
            zh: "退回 " + t + (comment.isEmpty ? "" : "（\(comment)）"),
            en: "returned " + t + (comment.isEmpty ? "" : " (\(comment))"))
    }
    public static func changeReopened(_ t: String) -> Localized { Localized(zh: "重新打开 " + t, en: "reopened " + t) }
    /// "新建计划 1 项", "修改计划 2 项", "删除计划 1 项": each count that is not zero.
    public static func changeCountedPlans(added: Int, changed: Int, removed: Int) -> [Localized] {
        counted(added, changed, removed, zh: "计划", zhAdded: "新建", one: "plan", many: "plans")
    }
    /// "登记活动 3 项", "修改活动 1 项", "删除活动 2 项".
    public static func changeCountedActivities(added: Int, changed: Int, removed: Int) -> [Localized] {
        counted(added, changed, removed, zh: "活动", zhAdded: "登记", one: "activity", many: "activities")
    }
    private static func counted(
        _ added: Int, _ changed: Int, _ removed: Int, zh: String, zhAdded: String, one: String, many: String
    ) -> [Localized] {
        let en = { (count: Int) in "\(count) " + (count == 1 ? one : many) }
        var said: [Localized] = []
        if added > 0 { said.append(Localized(zh: zhAdded + zh + " \(added) 项", en: "added " + en(added))) }
        if changed > 0 { said.append(Localized(zh: "修改\(zh) \(changed) 项", en: "edited " + en(changed))) }
        if removed > 0 { said.append(Localized(zh: "删除\(zh) \(removed) 项", en: "deleted " + en(removed))) }
        return said
    }
    public static func commitOfFiles(_ count: Int) -> Localized {
        Localized(zh: "更新 \(count) 个文件", en: "Updated \(count) file(s)")
    }
    public static func commitOfTrustFile(_ path: String) -> Localized {
        path == "reviewers/roster.toml"
            ? Localized(zh: "更新街道名册", en: "Updated the street's roster")
            : Localized(zh: "更改审核人密钥文件 \(path)", en: "Changed the reviewer key file \(path)")
    }
    public static let syncLostForFutureStamp = Localized(
        zh: "（另一版的修改时间比本机时钟晚一天以上，那台机器的时钟可能有误，未按“较晚者”保留）",
        en: " (the other version is stamped more than a day after this machine's clock, so its clock may be off; "
            + "it did not win as the later one)")
    public static func syncMergedFileBroken(_ path: String, _ problem: Localized) -> Localized {
        Localized(
            zh: "合并后的 \(path) 无法读取（\(problem.zh)），已撤销这次合并",
            en: "\(path) did not read after the merge "
                + "(\(problem.en)); the merge was undone")
    }
    public static func syncKeptChangedHere(_ name: String) -> Localized {
        Localized(
            zh: "\(name)在别处被删除，但本机改过它：已保留本机的修改（如仍要删除，请再删一次）",
            en: "\(name) was deleted elsewhere but changed here: the change here is kept (delete it again if meant)")
    }
    public static func syncKeptChangedThere(_ name: String) -> Localized {
        Localized(
            zh: "\(name)在本机被删除，但别处改过它：已保留别处的修改（如仍要删除，请再删一次）",
            en: "\(name) was deleted here but changed elsewhere: that change is kept (delete it again if meant)")
    }
    public static func commitAndMore(_ count: Int) -> Localized {
        Localized(zh: "（另有 \(count) 个社区）", en: " (and \(count) more)")
    }
    public static func syncGitFailed(_ why: String) -> Localized { Localized(zh: "git：" + why, en: "git: " + why) }

    // MARK: Setting sync up from the screens

    public static let syncSetUpTitle = Localized(zh: "设置同步", en: "Set up sync")
    public static let syncRemote = Localized(zh: "共享仓库", en: "Shared repository")
    public static let syncAuthor = Localized(zh: "你的姓名", en: "Your name")
    public static let syncRoot = Localized(zh: "街道根密钥指纹", en: "Street office root key")
    public static let syncSettingUp = Localized(zh: "正在设置同步……", en: "Setting sync up…")
    public static let syncSetUpDone = Localized(
        zh: "已设置同步：按 s 与街道交换修改", en: "Sync is set up: press s to exchange changes with the street office")
    public static func syncSetUpFailed(_ why: String) -> Localized {
        Localized(zh: "未能设置同步：\(why)", en: "Sync was not set up: \(why)")
    }

    // MARK: What came in and was not taken

    public static let syncSomeone = Localized(zh: "某人", en: "someone")
    /// "未接收 填报员 王芳 发来的修改（…）：本机数据保持不变，请街道检查共享仓库".
    public static func syncRefused(_ author: String, _ what: Localized) -> Localized {
        Localized(
            zh: "未接收 \(author) 发来的修改（\(what.zh)）：本机数据保持不变，请街道检查共享仓库",
            en: "Did not take what \(author) sent (\(what.en)): the data here is unchanged; "
                + "ask the street office to check the shared repository")
    }
    public static func syncRefusedLayout(_ path: String) -> Localized {
        Localized(zh: "不属于社区工作台的文件：\(path)", en: "a file outside Shequ's layout: \(path)")
    }
    public static func syncRefusedMassDeletion(_ count: Int) -> Localized {
        Localized(zh: "一次删除 \(count) 个社区", en: "deleting \(count) communities at once")
    }
    public static func syncRefusedUnreadable(_ path: String, _ problem: Localized) -> Localized {
        Localized(zh: "\(path) 无法读取：\(problem.zh)", en: "\(path) cannot be read: \(problem.en)")
    }
    public static func syncRefusedDroppedDecision(_ community: String, _ checklist: String, _ decision: Localized)
        -> Localized
    {
        Localized(
            zh: "\(community)的“\(checklist)”少了已签名的“\(decision.zh)”记录",
            en: "\(community)'s \(checklist) lost a signed \(decision.en) decision")
    }
    public static func syncRefusedFutureDecision(
        _ community: String, _ checklist: String, _ decision: Localized, _ day: String
    ) -> Localized {
        Localized(
            zh: "\(community)的“\(checklist)”有一条签于 \(day) 的“\(decision.zh)”记录，比本机时钟晚一天以上（发送方时钟超前）",
            en: "\(community)'s \(checklist) holds a \(decision.en) decision signed on \(day), more than a day "
                + "after this machine's clock (the sender's clock runs ahead)")
    }
}
