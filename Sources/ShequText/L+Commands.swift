/// The words of the commands that run without the screens: `doctor`,
/// `check`, `import`, `themes`.
extension L {
    // MARK: doctor
    public static func doctorVersion(_ version: String, _ commit: String) -> Localized {
        Localized(zh: "Shequ 社区工作台 \(version)（提交 \(commit)）", en: "Shequ \(version) (commit \(commit))")
    }
    public static func doctorData(_ path: String, communities: Int, unreadable: Int, writable: Bool) -> Localized {
        Localized(
            zh: "数据目录：\(path)（\(communities)个社区，\(unreadable)个文件无法读取；" + (writable ? "可写）" : "只读）"),
            en: "Data directory: \(path) (\(communities) communities, \(unreadable) unreadable files; "
                + (writable ? "writable)" : "read-only)"))
    }
    public static func doctorDataMissing(_ path: String) -> Localized {
        Localized(zh: "数据目录：\(path)（不存在或无法打开）", en: "Data directory: \(path) (missing or cannot be opened)")
    }
    public static func doctorConfig(_ path: String, _ state: Localized) -> Localized {
        Localized(zh: "设置文件：\(path)（\(state.zh)）", en: "Settings: \(path) (\(state.en))")
    }
    public static let doctorConfigMissing = Localized(zh: "没有，使用默认设置", en: "none, defaults in use")
    public static let doctorConfigRead = Localized(zh: "已读取", en: "read")
    public static func doctorConfigBroken(_ problem: String) -> Localized {
        Localized(zh: "有误：\(problem)", en: "broken: \(problem)")
    }
    public static func doctorThemes(_ list: String) -> Localized {
        Localized(zh: "主题：\(list)", en: "Themes: \(list)")
    }
    public static func doctorLocale(_ variables: String, _ codeset: String, _ language: String) -> Localized {
        Localized(
            zh: "语言环境：\(variables)，字符集 \(codeset)" + (codeset == "UTF-8" ? "" : "（不是 UTF-8，中文可能显示不正常）")
                + "；界面语言 \(language)",
            en: "Locale: \(variables), character set \(codeset)"
                + (codeset == "UTF-8" ? "" : " (not UTF-8: Chinese may not show correctly)") + "; language \(language)")
    }
    public static let doctorLocaleMissing = Localized(
        zh: "  这个语言环境没有安装在本机上（C 库改用了“C”）；请安装它，或改用 C.UTF-8",
        en:
            "  That locale is not installed on this machine (the C library fell back to \"C\"); "
            + "install it or use C.UTF-8"
    )
    public static let builtInTheme = Localized(zh: "内置", en: "built-in")
    public static func doctorTerminal(_ term: String, _ colours: Int?) -> Localized {
        Localized(
            zh: "终端：TERM=\(term)，" + (colours.map { "\($0)色" } ?? "终端类型未知"),
            en: "Terminal: TERM=\(term), " + (colours.map { "\($0) colours" } ?? "unknown terminal type"))
    }
    public static func doctorWidthsAgree(_ probes: String) -> Localized {
        Localized(
            zh: "字宽：本机的 wcwidth 与 Shequ 的排版一致（\(probes)）",
            en: "Character widths: this system's wcwidth agrees with Shequ's layout (\(probes))")
    }
    public static func doctorWidthsDiffer(_ list: String) -> Localized {
        Localized(
            zh: "字宽：本机的 wcwidth 与 Shequ 不一致（字符 本机/Shequ）：\(list)；表格可能错位",
            en: "Character widths: this system's wcwidth differs from Shequ's (character system/Shequ): \(list); "
                + "columns may not line up")
    }

    /// Two notices in one status line, the first kept whole.
    public static func twoNotices(_ first: Localized, _ second: Localized) -> Localized {
        Localized(zh: first.zh + "；" + second.zh, en: first.en + "; " + second.en)
    }

    // MARK: themes
    public static let themeOnNeedsColour = Localized(zh: "“on”后面应是颜色", en: "\"on\" must be followed by a colour")
    public static func themeUnknownColour(_ word: String) -> Localized {
        Localized(zh: "未知的颜色或属性“\(word)”", en: "unknown colour or attribute \"\(word)\"")
    }
    public static let themeNoRoles = Localized(zh: "没有 [roles] 表", en: "no [roles] table")
    public static func themeUnknownRole(_ key: String, _ known: String) -> Localized {
        Localized(zh: "未知的角色“\(key)”（可用：\(known)）", en: "unknown role \"\(key)\" (known: \(known))")
    }
    public static func themeRoleText(_ key: String) -> Localized {
        Localized(zh: "\(key) 应是文本，如 \"white on blue bold\"", en: "\(key) must be text such as \"white on blue bold\"")
    }
    public static func noSuchTheme(_ names: String) -> Localized {
        Localized(zh: "没有这个主题（可用：\(names)）", en: "no such theme (available: \(names))")
    }
    public static func themeBroken(_ problem: String) -> Localized {
        Localized(zh: "有误：\(problem)", en: "broken: \(problem)")
    }

    public static let publicKey = Localized(zh: "公钥", en: "key")

    // MARK: import
    public static let mergeCommunityDetails = Localized(zh: "社区信息", en: "community details")
    public static let mergePlan = Localized(zh: "计划", en: "plan")
    public static let mergeActivity = Localized(zh: "活动", en: "activity")
    public static let mergeChecklist = Localized(zh: "检查表", en: "checklist")
    public static func mergeRecord(_ kind: Localized, _ name: String) -> Localized {
        Localized(zh: kind.zh + "“\(name)”", en: kind.en + " " + name)
    }
    public static func mergeAdded(_ list: String) -> Localized { Localized(zh: "新增" + list, en: "added " + list) }
    public static func mergeUpdated(_ list: String) -> Localized { Localized(zh: "更新" + list, en: "updated " + list) }
    public static func mergeReviewsAdded(_ n: Int) -> Localized {
        Localized(zh: "新增\(n)条审核记录", en: "\(n) review(s) added")
    }
    public static func mergeKeptLocal(_ list: String) -> Localized {
        Localized(zh: "保留本机较新的" + list, en: "kept the newer local " + list)
    }
    public static let mergeUpToDate = Localized(zh: "已是最新", en: "already up to date")
    public static let importedNew = Localized(zh: "已新增", en: "added")
    public static func notImported(_ path: String) -> Localized {
        Localized(zh: "\(path)：未导入", en: "\(path): not imported")
    }
    public static func localFileUnreadable(_ path: String, _ id: String) -> Localized {
        Localized(
            zh: "\(path)：本机的 communities/\(id).json 无法读取，请先修复（shequ check）；未导入",
            en: "\(path): the local communities/\(id).json cannot be read; repair it first (shequ check); not imported")
    }

    // MARK: settings
    /// "file: what", the shape every problem with a file is reported in.
    public static func inFile(_ file: String, _ problem: Localized) -> Localized {
        Localized(zh: file + ": " + problem.zh, en: file + ": " + problem.en)
    }
    public static func settingLanguage(_ key: String) -> Localized {
        Localized(zh: "\(key) 应是 \"zh\" 或 \"en\"", en: "\(key) must be \"zh\" or \"en\"")
    }
    public static let settingRole = Localized(
        zh: "role 应是 \"clerk\" 或 \"supervisor\"", en: "role must be \"clerk\" or \"supervisor\"")
    public static let settingTheme = Localized(
        zh: "theme 应是主题名（shequ themes 列出的名称），不能是路径、数字或含控制字符",
        en: "theme must be a theme's name (as shequ themes lists them), not a path, a number or control characters")
    public static let settingName = Localized(
        zh: "name 应是一行文字，不含控制字符", en: "name must be one line of text without control characters")
    public static let settingMouse = Localized(zh: "mouse 应是 true 或 false", en: "mouse must be true or false")
    public static let settingSyncTimeout = Localized(
        zh: "sync_timeout 应是 5 到 3600 之间的秒数", en: "sync_timeout must be a number of seconds from 5 to 3600")
    public static func terminalCharsetNotUTF8(_ charset: String) -> Localized {
        Localized(
            zh: "终端的字符集是 \(charset)，社区工作台的屏幕需要 UTF-8：请把终端设为 UTF-8，"
                + "并设置 LANG=zh_CN.UTF-8（或 C.UTF-8）后再运行。命令行命令（list、export 等）照常可用。",
            en: "The terminal's character set is \(charset); Shequ's screens need UTF-8: set the terminal to UTF-8 "
                + "and LANG=zh_CN.UTF-8 (or C.UTF-8), then run it again. The commands (list, export…) work as they are."
        )
    }
    public static func nameRecorded(_ name: String, _ file: String) -> Localized {
        Localized(
            zh: "已把名字“\(name)”记入设置（\(file)）：审核记录和签名也用这个名字",
            en: "Recorded the name \(name) in the settings (\(file)): the review trail and signatures use it too")
    }
    public static let settingAmbiguous = Localized(
        zh: "ambiguous 应是 auto、narrow 或 wide", en: "ambiguous must be auto, narrow or wide")
    public static let settingBackground = Localized(
        zh: "background 应是 auto、dark 或 light", en: "background must be auto, dark or light")
    public static func unknownSetting(_ key: String) -> Localized {
        Localized(zh: "未知的设置“\(key)”", en: "unknown setting \"\(key)\"")
    }
}
