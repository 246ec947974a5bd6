/// The words of the data directory, saving, and validation.
extension L {
    public static func noDataDirectory(_ path: String) -> Localized {
        Localized(zh: "没有这个数据目录：\(path)", en: "No such data directory: \(path)")
    }
    public static func cannotWriteOutput(_ reason: String) -> Localized {
        Localized(zh: "无法写出结果：\(reason)", en: "Cannot write the output: \(reason)")
    }
    // MARK: Read-only and storage
    public static let readOnlyRequested = Localized(zh: "以只读方式打开（--read-only）", en: "Opened read-only (--read-only)")
    public static let readOnlyLocked = Localized(
        zh: "另一个社区工作台正在使用此数据目录，本窗口只读", en: "Another Shequ is using this data directory; this one is read-only")
    public static func readOnlyLockedBy(_ pid: Int32, _ user: String, _ host: String, _ time: String) -> Localized {
        Localized(
            zh: "另一个社区工作台（进程 \(pid)，\(user)@\(host)，自 \(time) 起）正在使用此数据目录，本窗口只读；按 W 转为可写",
            en: "Another Shequ (process \(pid), \(user)@\(host), since \(time)) is using this data directory; "
                + "this one is read-only: W makes it writable")
    }
    public static let alreadyWritable = Localized(zh: "本窗口可以修改，无需转换", en: "This window can already make changes")
    public static let nowWritable = Localized(
        zh: "本窗口现在可以修改了；已重新读取数据目录", en: "This window can make changes now; the data directory was read again")
    public static func confirmEndLockHolder(_ pid: Int32, _ user: String, _ host: String, _ time: String) -> Localized {
        Localized(
            zh: "结束另一个窗口（进程 \(pid)，\(user)@\(host)，自 \(time) 起）并转为可写？它显示为已保存的都已在磁盘上",
            en: "End the other window (process \(pid), \(user)@\(host), since \(time)) and make this one writable? "
                + "Everything it showed as saved is on disk")
    }
    public static func holderWouldNotEnd(_ pid: Int32) -> Localized {
        Localized(
            zh: "进程 \(pid) 没有结束，本窗口仍只读", en: "Process \(pid) did not end; this window stays read-only")
    }
    public static func lockHeldElsewhere(_ user: String, _ host: String) -> Localized {
        Localized(
            zh: "数据目录仍由 \(user)@\(host) 的社区工作台使用：请在那里退出，再按 W",
            en: "Shequ of \(user)@\(host) still uses the data directory: quit it there, then press W")
    }
    public static func readOnlyUnwritable(_ path: String, _ reason: String) -> Localized {
        Localized(
            zh: "数据目录不可写，只读打开（\(path)：\(reason)）",
            en: "The data directory cannot be written; opened read-only (\(path): \(reason))")
    }
    public static func cannotCreateFolder(_ path: String, _ reason: String) -> Localized {
        Localized(zh: "无法创建目录 \(path)：\(reason)", en: "Cannot create folder \(path): \(reason)")
    }
    public static func cannotWrite(_ path: String, _ reason: String) -> Localized {
        Localized(zh: "未保存，无法写入 \(path)：\(reason)", en: "Not saved: cannot write \(path): \(reason)")
    }
    public static func changedOnDisk(_ path: String) -> Localized {
        Localized(
            zh: "未保存：\(path) 已在本程序之外被修改并重新载入；表单保留你输入的内容，其余为文件中的新值，请核对后再保存",
            en:
                "Not saved: \(path) was changed outside Shequ and has been reloaded; a form keeps what you typed "
                + "and shows the file's new values for the rest: check, then save again"
        )
    }
    public static func changedMeanwhile(_ path: String, _ records: [String]) -> Localized {
        let zhList = records.map { "“\($0)”" }.joined(separator: "、")
        return Localized(
            zh: "未保存：\(path) 在你修改期间已有变化，\(zhList)两边都改了；已重新载入，表单保留你输入的内容，其余为文件中的新值，请核对后再保存",
            en:
                "Not saved: \(path) changed while you edited it, and both changed "
                + records.joined(separator: ", ")
                + "; it has been reloaded, a form keeps what you typed and shows the file's new values for the rest: "
                + "check, then save again"
        )
    }
    public static func savedOnto(_ name: String, _ what: Localized) -> Localized {
        Localized(
            zh: "已保存：\(name)（已与期间收到的修改合并：\(what.zh)）",
            en: "Saved: \(name) (combined with what changed meanwhile: \(what.en))")
    }
    public static func newerSchemaNotWritten(_ path: String) -> Localized {
        Localized(
            zh: "未保存：\(path) 由更新版本的社区工作台写入，本版本不会改写它",
            en: "Not saved: \(path) was written by a newer Shequ; this version never rewrites it")
    }
    public static func unreadableNotWritten(_ path: String) -> Localized {
        Localized(
            zh: "未保存：\(path) 无法读取，保持原样；请先修复或移走该文件",
            en: "Not saved: \(path) could not be read and is left as it is; fix or move it first")
    }
    public static let readingCommunity = Localized(zh: "正在读取该社区的文件……", en: "Reading this community's file…")
    public static func readingCommunities(_ done: Int, _ total: Int) -> Localized {
        Localized(zh: "（正在读取 \(done)/\(total)）", en: "(reading \(done)/\(total))")
    }
    public static func notReadInFull(_ path: String) -> Localized {
        Localized(
            zh: "未保存：\(path) 尚未完整读取，写入会丢失计划和台账（程序错误，请报告）",
            en: "Not saved: \(path) was not read in full, and writing it would drop its plans and records "
                + "(a program error; please report it)")
    }
    public static func cannotDelete(_ path: String, _ reason: String) -> Localized {
        Localized(zh: "无法删除 \(path)：\(reason)", en: "Cannot delete \(path): \(reason)")
    }

    // MARK: Validation
    public static func fieldFull(_ limit: Int) -> Localized {
        Localized(
            zh: "此栏最多 \(limit) 个字，多出的没有输入", en: "This field holds at most \(limit) characters; the rest was not typed")
    }
    public static let nameRequired = Localized(zh: "名称必填", en: "A name is required")
    public static let contactNameRequired = Localized(zh: "请填写联系人姓名", en: "The contact needs a name")
    public static let mustBeWholeNumber = Localized(zh: "应为整数", en: "Must be a whole number")
    public static let misplacedSeparator = Localized(
        zh: "逗号只能用作千位分隔（如 1,200）；两个数请分开填写",
        en: "A comma may only separate thousands (as in 1,200); enter two numbers separately")
    public static let mustNotBeNegative = Localized(zh: "不能为负数", en: "Must not be negative")
    public static let phoneBadCharacters = Localized(
        zh: "电话只能包含数字、空格、-、+ 和括号", en: "A phone number has only digits, spaces, -, + and brackets")
    public static let phoneImplausible = Localized(
        zh: "不像有效号码：应为11位手机号或固定电话", en: "Not a plausible number: expected an 11-digit mobile or a landline")
}

/// `shequ restore`.
extension L {
    public static func restoreExists(_ name: String) -> Localized {
        Localized(
            zh: "\(name)仍在，没有要恢复的：冲突副本请用 --file conflicts/…",
            en: "\(name) is still here, nothing to restore: a conflict copy is taken back with --file conflicts/…")
    }
    public static func restoreNothing(_ id: String) -> Localized {
        Localized(zh: "回收站和历史中都没有 \(id)", en: "there is no \(id) in trash/ or in the history")
    }
    public static func restoreNotACopy(_ file: String) -> Localized {
        Localized(
            zh: "\(file) 不是回收站（trash/）或冲突（conflicts/）中可读的社区副本",
            en: "\(file) is not a readable community copy in trash/ or conflicts/")
    }
    public static let restoreFromHistory = Localized(zh: "共享历史", en: "the shared history")
    public static func restoreTakenBack(_ count: Int, _ file: String) -> Localized {
        Localized(zh: "\(file) 中的 \(count) 条记录", en: "\(count) record(s) of \(file)")
    }
    public static func restored(_ name: String, _ source: String) -> Localized {
        Localized(zh: "已恢复\(name)：来自\(source)", en: "Restored \(name) from \(source)")
    }
    public static let restoreTitle = Localized(zh: "恢复", en: "Restore")
    public static let restoreWhat = Localized(zh: "社区", en: "Community")
    public static let restoreKind = Localized(zh: "来源", en: "From")
    public static let restoreFile = Localized(zh: "文件", en: "File")
    public static let restoreDeleted = Localized(zh: "已删除", en: "deleted")
    public static let restoreConflictCopy = Localized(zh: "冲突未保留的版本", en: "version a merge did not keep")
    public static let restoreReading = Localized(zh: "正在读取回收站……", en: "Reading the trash…")
    public static let restoreNone = Localized(
        zh: "回收站和冲突副本都是空的（已删除的社区也可用 shequ restore 编号 从共享历史恢复）",
        en: "Nothing in trash/ or conflicts/ (a deleted community also comes back from the shared history "
            + "with shequ restore ID)")
    public static let nothingToRestore = Localized(zh: "没有可恢复的内容", en: "Nothing to restore")
    public static func restoredCommunity(_ name: String) -> Localized {
        Localized(zh: "已恢复\(name)", en: "Restored \(name)")
    }
    public static func restoredRecords(_ name: String, _ count: Int) -> Localized {
        Localized(zh: "已把 \(count) 条记录取回\(name)", en: "Took \(count) record(s) back into \(name)")
    }
}
