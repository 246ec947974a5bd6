// MARK: - The string catalog

/// Every user-facing string of Shequ, in Simplified Chinese and English.
/// Screens, the command line and errors take their words from here; the
/// catalog is split by feature over the `L+…` files, and the key help of
/// the screens lives with them in ShequTUI.
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
    public static func terminalUnknown(_ name: String) -> Localized {
        let term = name.isEmpty ? "TERM 未设置" : "终端类型 TERM=\(name) 本机不认识"
        let english = name.isEmpty ? "TERM is not set" : "This machine does not know the terminal type TERM=\(name)"
        return Localized(
            zh: term + "：请设置 TERM=xterm-256color（或安装 ncurses-term）后再运行 shequ",
            en: english + ": set TERM=xterm-256color (or install ncurses-term) and run shequ again")
    }
    public static func terminalTooSimple(_ name: String) -> Localized {
        Localized(
            zh: "终端 TERM=\(name) 不能移动光标，无法显示界面：请在 xterm、tmux 等终端中运行；"
                + "不用界面时可用 shequ list / shequ export",
            en: "The terminal TERM=\(name) cannot move the cursor, so the screens cannot be shown: run shequ in "
                + "xterm, tmux or the like; without the screens, use shequ list or shequ export")
    }
    public static func themeProblem(_ problem: String, _ used: String) -> Localized {
        Localized(zh: "主题有误，已改用 \(used)：\(problem)", en: "Theme problem, using \(used): \(problem)")
    }
    public static func settingsProblem(_ problem: Localized) -> Localized {
        Localized(zh: "配置文件有误：\(problem.zh)", en: "Settings problem: \(problem.en)")
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
    public static func filesWithInvalidValues(_ count: Int) -> Localized {
        Localized(
            zh: "\(count) 个社区文件含有超出范围的数值（在本程序之外修改过）；运行 shequ check 查看详情",
            en:
                "\(count) community file(s) hold values out of range (edited outside Shequ); "
                + "run shequ check for details"
        )
    }
    public static func demoKeptFile(_ file: String) -> Localized {
        Localized(
            zh: "\(file) 未被覆盖：它无法读取或由更新版本写入", en: "\(file) was not overwritten: it is unreadable or from a newer Shequ")
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
    /// No community has this id or name; `suggestions` are the closest names, if any.
    public static func unknownCommunity(_ name: String, suggestions: [String] = []) -> Localized {
        notFound(Localized(zh: "找不到社区：\(name)", en: "No such community: \(name)"), suggestions)
    }

    /// "Not found", then the closest names when there are any: 「。是不是：阜新街社区？」.
    static func notFound(_ message: Localized, _ suggestions: [String]) -> Localized {
        guard !suggestions.isEmpty else { return message }
        return Localized(
            zh: message.zh + "。是不是：" + suggestions.joined(separator: "、") + "？",
            en: message.en + ". Did you mean: " + suggestions.joined(separator: ", ") + "?")
    }

    // MARK: Community fields
    public static let name = Localized(zh: "名称", en: "Name")
    public static let street = Localized(zh: "街道", en: "Street")
    public static let district = Localized(zh: "区", en: "District")
    public static let population = Localized(zh: "常住人口", en: "Population")
    public static let households = Localized(zh: "户数", en: "Households")
    public static let residentGroups = Localized(zh: "居民小组", en: "Groups")
    public static let populationShort = Localized(zh: "人口", en: "Pop.")
    public static let plansColumn = Localized(zh: "计划", en: "Plans")
    public static let noPlansShort = Localized(zh: "无计划", en: "none")
    public static let checklistsWaiting = Localized(zh: "待办检查表", en: "Checklists waiting")
    public static let checklistsWaitingShort = Localized(zh: "检查表", en: "Lists")
    public static func checklistsReturnedIn(_ communities: Int, first: String) -> Localized {
        Localized(
            zh: communities == 1
                ? "\(first)有检查表被街道退回，请在检查考评页处理" : "\(communities)个社区有检查表被街道退回（\(first)等），请在检查考评页处理",
            en: communities == 1
                ? "A checklist of \(first) was returned by the street office; see its Checklists tab"
                : "Checklists of \(communities) communities (\(first) …) were returned by the street office")
    }
    public static let householdsShort = Localized(zh: "户数", en: "Homes")
    public static let residentGroupsShort = Localized(zh: "小组", en: "Grp.")
    public static let contacts = Localized(zh: "联系人", en: "Contacts")
    public static let notes = Localized(zh: "备注", en: "Notes")
    public static func contactRole(_ n: Int) -> Localized { Localized(zh: "联系人\(n) 职务", en: "Contact \(n) role") }
    public static func contactName(_ n: Int) -> Localized { Localized(zh: "联系人\(n) 姓名", en: "Contact \(n) name") }
    public static func contactPhone(_ n: Int) -> Localized { Localized(zh: "联系人\(n) 电话", en: "Contact \(n) phone") }

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
    public static let welcomeSyncFirst = Localized(
        zh: "同步，取得街道共享的社区（此目录已设置同步，不载入示例）",
        en: "Sync, to take the street's shared communities (this directory is shared: no sample)")
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

    // MARK: Status messages
    public static func savedChange(_ change: Localized) -> Localized {
        Localized(zh: "已保存：\(change.zh)", en: "Saved: \(change.en)")
    }
    public static func andMore(_ n: Int) -> Localized { Localized(zh: "……另有\(n)张", en: "… and \(n) more") }
    public static func savedWithWarning(_ change: Localized, _ warning: Localized) -> Localized {
        Localized(zh: "已保存：\(change.zh)（注意：\(warning.zh)）", en: "Saved: \(change.en) (note: \(warning.en))")
    }
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
        zh: "未执行：此步要改回的内容在文件中已被别处修改，此步已移出撤销记录",
        en:
            "Not done: what this step would change back was changed elsewhere in the file; "
            + "the step was dropped from undo"
    )
    public static let nothingToUndo = Localized(zh: "没有可撤销的操作", en: "Nothing to undo")
    public static let nothingToRedo = Localized(zh: "没有可重做的操作", en: "Nothing to redo")
    public static let nothingSelected = Localized(zh: "未选中任何一项", en: "Nothing is selected")
    public static func filterShowing(_ shown: Int, _ total: Int) -> Localized {
        Localized(zh: "显示 \(shown) / \(total) 个社区", en: "Showing \(shown) of \(total) communities")
    }
    public static func sortedBy(_ order: Localized) -> Localized {
        Localized(zh: "排序：\(order.zh)", en: "Sorted by \(order.en.lowercased())")
    }
    public static let sortName = Localized(zh: "名称（拼音）", en: "Name")
    public static let sortProgress = Localized(zh: "进度（低者在前）", en: "Progress (lowest first)")
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
    public static let quitWithQ = Localized(zh: "按 q 退出", en: "Press q to quit")
    public static let filtersCleared = Localized(zh: "已清除筛选", en: "Filters cleared")
    public static let yearFilter = Localized(zh: "年份", en: "Year")
}
