/// How a sync names one record it changed, for the history a supervisor
/// reads: "修改活动“健康讲座”（5月12日）：人数 40→45".
extension L {
    /// What happened to a record.
    public enum RecordChange: Sendable {
        case added, changed, removed
    }

    public static func changeNamedActivity(
        _ change: RecordChange, _ title: String, month: Int, day: Int, fields: [Localized]
    ) -> Localized {
        let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
        let (zh, en) =
            switch change {
            case .added: ("登记", "added")
            case .changed: ("修改", "edited")
            case .removed: ("删除", "deleted")
            }
        return Localized(
            zh: "\(zh)活动“\(title)”（\(month)月\(day)日）"
                + (fields.isEmpty ? "" : "：" + fields.map(\.zh).joined(separator: "，")),
            en: "\(en) activity “\(title)” (\(day) \(months[max(0, min(11, month - 1))]))"
                + (fields.isEmpty ? "" : ": " + fields.map(\.en).joined(separator: ", ")))
    }

    public static func changeNamedPlan(_ change: RecordChange, _ title: String, year: Int) -> Localized {
        let (zh, en) =
            switch change {
            case .added: ("新建", "added")
            case .changed: ("修改", "edited")
            case .removed: ("删除", "deleted")
            }
        return Localized(zh: "\(zh)\(year)年计划“\(title)”", en: "\(en) the \(year) plan “\(title)”")
    }

    /// "人数 40→45": a field and its values before and after.
    public static func fieldChange(_ field: Localized, from old: String, to new: String) -> Localized {
        Localized(zh: "\(field.zh) \(old)→\(new)", en: "\(field.en) \(old)→\(new)")
    }

    /// "类型 会议→讲座": a field whose values have words of their own.
    public static func fieldChange(_ field: Localized, from old: Localized, to new: Localized) -> Localized {
        Localized(zh: "\(field.zh) \(old.zh)→\(new.zh)", en: "\(field.en) \(old.en)→\(new.en)")
    }

    public static let fieldParticipants = Localized(zh: "人数", en: "participants")
    public static let fieldSessions = Localized(zh: "场次", en: "sessions")
    public static let fieldDate = Localized(zh: "日期", en: "date")
    public static let fieldTitle = Localized(zh: "名称", en: "title")
    public static let fieldLocation = Localized(zh: "地点", en: "place")
    public static let fieldAmount = Localized(zh: "金额", en: "amount")
    public static let fieldHouseholds = Localized(zh: "户数", en: "households")
    public static let fieldKind = Localized(zh: "类型", en: "kind")
    public static let fieldNotes = Localized(zh: "备注", en: "notes")
    public static let fieldTasks = Localized(zh: "关联任务", en: "linked tasks")
}
