import ShequText

// MARK: - Words for the domain's own kinds

/// The catalogue's entries that name a kind of the domain (a decision, a
/// target's kind, a plan's category, a task's state): the catalogue itself
/// (`ShequText`) knows no records, and the records take their words here.
extension L {
    public static func decision(_ d: Review.Decision) -> Localized {
        switch d {
        case .submitted: Localized(zh: "提交", en: "submitted")
        case .approved: Localized(zh: "通过", en: "approved")
        case .returned: Localized(zh: "退回", en: "returned")
        case .reopened: Localized(zh: "重新打开", en: "reopened")
        }
    }
    public static func targetValue(_ kind: Target.Kind) -> Localized {
        switch kind {
        case .activities: targetValue
        case .sessions: Localized(zh: "目标场次", en: "Target sessions")
        case .participants: Localized(zh: "目标人次", en: "Target people")
        case .households: Localized(zh: "目标户数", en: "Target households")
        case .amount: Localized(zh: "目标金额 元", en: "Target yuan")
        case .rate: Localized(zh: "目标比率 %", en: "Target rate %")
        case .amountPerResident: Localized(zh: "人均金额 元", en: "Yuan per resident")
        case .done, .heldOnDay: targetValue
        case .kinds: Localized(zh: "目标形式种数", en: "Target kinds")
        }
    }

    // MARK: Kinds

    public static func planCategory(_ value: PlanCategory) -> Localized {
        switch value {
        case .health: Localized(zh: "健康教育", en: "Health education")
        case .selfGovernance: Localized(zh: "居民自治", en: "Self-governance")
        case .rehabilitation: Localized(zh: "残疾人康复", en: "Rehabilitation")
        case .safety: Localized(zh: "平安与安全", en: "Safety")
        case .education: Localized(zh: "社区教育", en: "Community education")
        case .youthCare: Localized(zh: "关心下一代", en: "Youth care")
        case .learningCommunity: Localized(zh: "学习型社区", en: "Learning community")
        case .coBuilding: Localized(zh: "共驻共建", en: "Co-building")
        case .other: Localized(zh: "其他", en: "Other")
        }
    }
    public static func itemResult(_ value: ItemResult) -> Localized {
        switch value {
        case .pending: Localized(zh: "待查", en: "pending")
        case .pass: Localized(zh: "合格", en: "pass")
        case .fail: Localized(zh: "不合格", en: "fail")
        case .notApplicable: Localized(zh: "不适用", en: "n/a")
        }
    }
    public static func checklistState(_ value: ChecklistState) -> Localized {
        switch value {
        case .draft: Localized(zh: "草稿", en: "draft")
        case .submitted: Localized(zh: "待审核", en: "submitted")
        case .approved: Localized(zh: "已通过", en: "approved")
        case .returned: Localized(zh: "已退回", en: "returned")
        }
    }
    public static func activityKind(_ value: ActivityKind) -> Localized {
        switch value {
        case .lecture: Localized(zh: "讲座", en: "Lecture")
        case .training: Localized(zh: "培训", en: "Training")
        case .publicity: Localized(zh: "宣传", en: "Publicity")
        case .meeting: Localized(zh: "会议", en: "Meeting")
        case .inspection: Localized(zh: "检查", en: "Inspection")
        case .volunteerService: Localized(zh: "志愿服务", en: "Volunteering")
        case .performance: Localized(zh: "文艺演出", en: "Performance")
        case .visit: Localized(zh: "走访", en: "Visit")
        case .other: Localized(zh: "其他", en: "Other")
        }
    }
    public static func targetKind(_ value: Target.Kind) -> Localized {
        switch value {
        case .activities: Localized(zh: "活动次数", en: "Activities")
        case .sessions: Localized(zh: "场次", en: "Sessions")
        case .participants: Localized(zh: "人次", en: "Participants")
        case .households: Localized(zh: "户数", en: "Households")
        case .amount: Localized(zh: "金额", en: "Amount")
        case .rate: Localized(zh: "比率", en: "Rate")
        case .amountPerResident: Localized(zh: "人均金额", en: "Amount per resident")
        case .done: Localized(zh: "完成与否", en: "Done")
        case .kinds: Localized(zh: "活动形式种数", en: "Kinds of activity")
        case .heldOnDay: Localized(zh: "按日举办", en: "Held on a day")
        }
    }
    public static func checklistPeriodSpan(_ value: ChecklistPeriod.Span) -> Localized {
        switch value {
        case .year: Localized(zh: "全年", en: "Year")
        case .quarter: Localized(zh: "季度", en: "Quarter")
        case .month: Localized(zh: "月", en: "Month")
        }
    }
    public static func recurrencePeriod(_ value: Recurrence.Period) -> Localized {
        switch value {
        case .month: Localized(zh: "每月", en: "Monthly")
        case .halfMonth: Localized(zh: "每半月", en: "Half-monthly")
        case .quarter: Localized(zh: "每季度", en: "Quarterly")
        case .term: Localized(zh: "每学期", en: "Each term")
        }
    }
    public static func taskProgressState(_ value: TaskProgress.State) -> Localized {
        switch value {
        case .met: Localized(zh: "已完成", en: "met")
        case .onTrack: Localized(zh: "进行中", en: "on track")
        case .behind: Localized(zh: "滞后", en: "behind")
        case .overdue: Localized(zh: "逾期", en: "overdue")
        }
    }
    public static func reviewQueue(_ value: ReviewQueue.Queue) -> Localized {
        switch value {
        case .submitted: Localized(zh: "待审", en: "To review")
        case .returned: Localized(zh: "已退回", en: "Returned")
        case .approved: Localized(zh: "已通过", en: "Approved")
        case .recheck: Localized(zh: "需复核", en: "Recheck")
        case .overdue: Localized(zh: "整改逾期", en: "Overdue fixes")
        case .verify: Localized(zh: "待核实", en: "To verify")
        }
    }
}
