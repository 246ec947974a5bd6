/// What can be wrong inside a data, template, key or settings file, as
/// `check`, `import`, `list`, `export` and the screens report it.
extension L {
    public static func atLine(_ line: Int, column: Int?) -> Localized {
        guard let column else { return Localized(zh: "第\(line)行", en: "line \(line)") }
        return Localized(zh: "第\(line)行第\(column)列", en: "line \(line), column \(column)")
    }
    public static let fileEmpty = Localized(zh: "文件是空的", en: "the file is empty")
    public static let notUTF8 = Localized(zh: "不是 UTF-8 文本", en: "not UTF-8 text")
    public static func notValidJSON(_ detail: Localized) -> Localized {
        Localized(zh: "不是有效的 JSON：" + detail.zh, en: "not valid JSON: " + detail.en)
    }
    public static let jsonTrailingText = Localized(zh: "数据结束后还有多余的内容", en: "unexpected text after the end of the data")
    public static let jsonEndsBeforeValue = Localized(zh: "数据在应有值的地方结束了", en: "the data ends where a value should be")
    public static func jsonUnexpected(_ what: String) -> Localized {
        Localized(zh: "意外的 \(what)", en: "unexpected \(what)")
    }
    public static func jsonTooDeep(_ levels: Int) -> Localized {
        Localized(zh: "嵌套超过\(levels)层", en: "nested more than \(levels) levels deep")
    }
    public static let jsonFieldNameExpected = Localized(zh: "这里应是带引号的字段名", en: "expected a field name in quotes")
    public static func jsonColonExpected(_ key: String) -> Localized {
        Localized(zh: "“\(key)”后应是“:”", en: "expected ':' after \"\(key)\"")
    }
    public static func jsonFieldTwice(_ key: String) -> Localized {
        Localized(zh: "同一对象中字段“\(key)”出现了两次", en: "field \"\(key)\" appears twice in the same object")
    }
    public static let jsonEndsInObject = Localized(zh: "数据在对象内部结束了", en: "the data ends inside an object")
    public static let jsonObjectSeparator = Localized(zh: "这里应是“,”或“}”", en: "expected ',' or '}'")
    public static let jsonEndsInList = Localized(zh: "数据在列表内部结束了", en: "the data ends inside a list")
    public static let jsonListSeparator = Localized(zh: "这里应是“,”或“]”", en: "expected ',' or ']'")
    public static let jsonDigit = Localized(zh: "这里应是数字", en: "expected a digit")
    public static let jsonDigitAfterPoint = Localized(zh: "“.”后应是数字", en: "expected a digit after '.'")
    public static let jsonDigitInExponent = Localized(zh: "指数中应是数字", en: "expected a digit in the exponent")
    public static let jsonEndsInText = Localized(zh: "数据在文本内部结束了", en: "the data ends inside text")
    public static let jsonControlCharacter = Localized(
        zh: "文本中的控制字符必须写成转义", en: "a control character must be written as an escape inside text")
    public static let jsonLoneSurrogate = Localized(zh: "\\u 转义是单独的代理项", en: "\\u escape of a lone surrogate")
    public static func jsonUnknownEscape(_ what: String) -> Localized {
        Localized(zh: "未知的转义 \\\(what)", en: "unknown escape \\\(what)")
    }
    public static let jsonHexDigits = Localized(zh: "\\u 后应是四位十六进制数", en: "expected four hex digits after \\u")

    public static func missingField(_ key: String) -> Localized {
        Localized(zh: "缺少字段“\(key)”", en: "missing field \"\(key)\"")
    }
    public static func expectedFound(_ expected: Localized, _ found: Localized) -> Localized {
        Localized(zh: "应是\(expected.zh)，实际是\(found.zh)", en: "expected \(expected.en), found \(found.en)")
    }
    public static let kindNull = Localized(zh: "空值 null", en: "null")
    public static let kindBool = Localized(zh: "true 或 false", en: "true or false")
    public static let kindText = Localized(zh: "文本", en: "text")
    public static let kindList = Localized(zh: "列表", en: "a list")
    public static let kindObject = Localized(zh: "对象", en: "an object")
    public static let kindWholeNumber = Localized(zh: "整数", en: "a whole number")
    public static let kindNumber = Localized(zh: "数字", en: "a number")
    public static let kindDateTime = Localized(zh: "ISO 8601 日期时间", en: "an ISO 8601 date and time")
    public static func tooLongText(_ count: Int, _ limit: Int) -> Localized {
        Localized(zh: "文本有\(count)个字符，最多\(limit)个", en: "text of \(count) characters; at most \(limit) are allowed")
    }
    public static func outOfRange(_ text: String) -> Localized {
        Localized(zh: "\(text)超出范围", en: "\(text) is out of range")
    }
    public static func notADateTime(_ text: String) -> Localized {
        Localized(
            zh: "应是 ISO 8601 日期时间，如 2025-09-15T06:00:00Z，实际是“\(text)”",
            en: "expected an ISO 8601 date and time such as 2025-09-15T06:00:00Z, found \"\(text)\"")
    }
    public static func notADate(_ text: String) -> Localized {
        Localized(zh: "“\(text)”不是日期，应如 2023-05-30", en: "\"\(text)\" is not a date such as 2023-05-30")
    }
    public static func unknownChoice(_ found: String, _ choices: String) -> Localized {
        Localized(zh: "未知的值 \(found)，应是以下之一：\(choices)", en: "unknown value \(found); one of: \(choices)")
    }
    public static let listEndsEarly = Localized(zh: "列表提前结束了", en: "the list ends too early")

    public static let cannotBeRead = Localized(zh: "无法读取", en: "cannot be read")
    public static let removedWhileRead = Localized(zh: "读取时被删除了", en: "was removed while being read")
    public static let noSuchFile = Localized(zh: "没有这个文件", en: "no such file")
    public static func cannotOpenFile(_ file: String, _ problem: Localized) -> Localized {
        Localized(
            zh: "无法打开 \(file)：\(problem.zh)；文件保持原样", en: "Cannot open \(file): \(problem.en); the file is left as it is"
        )
    }
    public static func idDoesNotMatchFile(_ id: String) -> Localized {
        Localized(zh: "“\(id)”与文件名不一致", en: "\"\(id)\" does not match the file name")
    }
    public static let badIDCharacters = Localized(
        zh: "只能用小写字母、数字和连字符", en: "only lowercase letters, digits and hyphens are allowed")
    public static func approvedWithoutApproval(_ title: String) -> Localized {
        Localized(
            zh: "“\(title)”标为已通过，但审核记录里没有通过，不计入达标",
            en: "\"\(title)\" is marked approved, but its review trail holds no approval; it does not count")
    }
    public static let isASymbolicLink = Localized(
        zh: "是符号链接，不读取（社区文件须是数据目录里的普通文件）",
        en: "is a symbolic link and is not read (a community file must be a plain file in the data directory)")
    public static func tooLargeToSave(_ path: String, _ megabytes: Int) -> Localized {
        Localized(
            zh: "未保存：\(path) 将超过 \(megabytes) MB，超过后无法再读回；请把往年的记录导出后另存",
            en: "Not saved: \(path) would pass \(megabytes) MB, beyond which it could not be read back; "
                + "export earlier years and keep them apart")
    }
    public static func signedEntryBroken(_ title: String, _ decision: Localized, _ status: Localized) -> Localized {
        Localized(
            zh: "“\(title)”审核记录中的“\(decision.zh)”\(status.zh)",
            en: "the \(decision.en) decision in \(title)'s trail: \(status.en)")
    }
    public static func approvalNotCounted(_ title: String, _ status: Localized) -> Localized {
        Localized(
            zh: "“\(title)”已通过，但其通过的签名\(status.zh)，不计入达标",
            en: "\"\(title)\" is approved, but the approval is \(status.en); it does not count toward attainment")
    }
    public static func newerSchema(_ schema: Int) -> Localized {
        Localized(
            zh: "由更新版本的 Shequ 写成（格式 \(schema)），请先升级 Shequ",
            en: "written by a newer Shequ (schema \(schema)); update Shequ first")
    }
    public static let notValidTOML = Localized(zh: "不是有效的 TOML", en: "not valid TOML")
    public static let reviewerNameRequired = Localized(zh: "必须填写审核人姓名", en: "a reviewer's name is required")
    public static let expectedPublicKey = Localized(
        zh: "应是 base64 编码的 Ed25519 公钥", en: "expected an Ed25519 public key in base64")
    public static func templateIDTaken(_ id: String) -> Localized {
        Localized(zh: "“\(id)”已被另一个标准使用", en: "\"\(id)\" is already used by another template")
    }
    public static let notASigningKey = Localized(zh: "不是 Shequ 签名密钥", en: "is not a Shequ signing key")
    public static func keyNotCreated(_ reason: String) -> Localized {
        Localized(
            zh: "无法创建" + (reason.isEmpty ? "" : "：" + reason),
            en: "cannot be created" + (reason.isEmpty ? "" : ": " + reason))
    }
    public static func cannotBeReadBecause(_ reason: String) -> Localized {
        Localized(zh: "无法读取：\(reason)", en: "cannot be read: \(reason)")
    }
    public static let isAFolder = Localized(zh: "是文件夹，不是文件", en: "is a folder, not a file")
    public static let notARegularFile = Localized(
        zh: "不是普通文件（是管道、套接字或设备）", en: "is not a regular file (a pipe, socket or device)")
    public static func fileTooLarge(_ megabytes: Int) -> Localized {
        Localized(zh: "超过 \(megabytes) MB，未读取", en: "is larger than \(megabytes) MB; not read")
    }
    public static let templateBadID = Localized(
        zh: "id 只能用小写字母、数字和连字符", en: "id must be lowercase letters, digits and hyphens")
    public static let templateTitleRequired = Localized(zh: "必须有 title", en: "title is required")
    public static let templateBadThreshold = Localized(
        zh: "threshold 应是 0 到 100 的数", en: "threshold must be a number from 0 to 100")
    public static let templateNoItems = Localized(zh: "至少要有一个 [[items]]", en: "at least one [[items]] is required")
    public static func templateItemText(_ n: Int) -> Localized {
        Localized(zh: "第\(n)项需要 group 和 text", en: "item \(n) needs group and text")
    }
    public static func templateItemWeight(_ n: Int) -> Localized {
        Localized(zh: "第\(n)项：weight 应大于 0 且不超过 100", en: "item \(n): weight must be a number above 0 and at most 100")
    }
    public static func templateItemRestates(_ n: Int, _ kinds: String) -> Localized {
        Localized(zh: "第\(n)项：restates 应是以下之一：\(kinds)", en: "item \(n): restates must be one of \(kinds)")
    }
    public static func templateWeightsTotal(_ total: String) -> Localized {
        Localized(
            zh: "百分制标准各项 weight 之和应为 100，现为 \(total)",
            en: "the weights of a scored template must add up to 100, not \(total)")
    }
}
