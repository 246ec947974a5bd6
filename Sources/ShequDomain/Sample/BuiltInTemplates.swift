import ShequText

/// The standards that ship with Shequ, built from the source documents.
public enum BuiltInTemplates {
    private static func t(_ zh: String, _ en: String) -> Localized { Localized(zh: zh, en: en) }

    public static let all: [ChecklistTemplate] = [
        fiveGood, schoolSafety, healthEducation, learningCommunity, rehabilitation, peaceBuilding,
    ]

    /// 五好关工委 with the 五有 prerequisites as veto items, folded into the
    /// five goods as the district report describes.
    public static let fiveGood: ChecklistTemplate = {
        let leadership = t("领导班子建设好", "Leadership team")
        let elders = t("“五老”作用发挥好", "The five elders' role")
        let rules = t("制度健全执行好", "Rules in place and followed")
        let activities = t("活动经常效果好", "Regular activities with results")
        let innovation = t("创新工作好", "Innovation")
        return ChecklistTemplate(
            id: "five-good-youth-care", title: t("五好关工委考评表", "Five-good youth-care committee"), scored: true,
            threshold: 80,
            items: [
                .init(
                    leadership,
                    t("有班子：关工委组织健全，社区书记任主任", "Has a team: committee in place, led by the community secretary"),
                    weight: 10, veto: true),
                .init(
                    leadership, t("有经费：关心下一代工作经费列入预算", "Has funds: youth-care budget in place"),
                    weight: 10, veto: true),
                .init(leadership, t("班子定期研究关心下一代工作", "The team meets regularly on youth care"), weight: 5),
                .init(
                    elders, t("有队伍：“五老”志愿者队伍稳定", "Has volunteers: a stable five-elders team"), weight: 10, veto: true),
                .init(elders, t("“五老”参与校外辅导和帮教", "Elders tutor and mentor outside school"), weight: 10),
                .init(
                    rules, t("有制度：工作制度、例会制度健全", "Has rules: working and meeting rules in place"), weight: 10, veto: true
                ),
                .init(rules, t("台账资料齐全", "Records complete"), weight: 5),
                .init(
                    activities, t("有阵地：校外教育辅导站有固定场所", "Has premises: an out-of-school tutoring station"), weight: 10,
                    veto: true),
                .init(activities, t("每月开展青少年活动", "Youth activities every month"), weight: 10),
                .init(activities, t("开展家庭读书活动", "Family reading activities"), weight: 5),
                .init(innovation, t("有特色品牌项目", "A signature project"), weight: 10),
                .init(innovation, t("“站籍管理”等创新做法", "New practices such as station enrolment"), weight: 5),
            ])
    }()

    /// School safety: the eight prevention items and the monthly hidden-danger check.
    public static let schoolSafety: ChecklistTemplate = {
        let organization = t("安全组织与责任", "Organisation and responsibility")
        let prevention = t("八防工作", "The eight preventions")
        let hazards = t("隐患排查", "Hidden-danger checks")
        return ChecklistTemplate(
            id: "school-safety", title: t("学校安全检查表", "School safety inspection"), scored: false, threshold: 100,
            items: [
                .init(organization, t("安全工作领导小组健全并定期开会", "Safety group in place, meets regularly")),
                .init(organization, t("层层签订安全责任书，落实“一岗两责”", "Safety responsibility agreements signed")),
                .init(organization, t("全年未发生安全责任事故", "No safety incident this year"), veto: true),
                .init(prevention, t("防溺水", "Drowning")),
                .init(prevention, t("防雷击", "Lightning")),
                .init(prevention, t("防交通事故", "Traffic accidents")),
                .init(prevention, t("防传染病", "Infectious disease")),
                .init(prevention, t("防体罚造成学生伤害", "Harm from corporal punishment")),
                .init(prevention, t("防地质灾害", "Geological hazards")),
                .init(prevention, t("防学生日常活动伤害", "Injury in daily activities")),
                .init(prevention, t("防校舍教学设施安全事故", "Building and facility accidents")),
                .init(hazards, t("每月隐患排查并建立台账", "Monthly hidden-danger check with a ledger")),
                .init(hazards, t("隐患登记造册，限期整改", "Hazards registered and fixed by a deadline")),
            ])
    }()

    /// The health-education plan's measurable requirements.
    public static let healthEducation: ChecklistTemplate = {
        let organization = t("组织管理", "Organisation")
        let publicity = t("宣传教育", "Publicity")
        let results = t("效果指标", "Results")
        return ChecklistTemplate(
            id: "health-education", title: t("健康教育工作考核表", "Health-education assessment"), scored: true, threshold: 85,
            items: [
                .init(organization, t("成立健康教育领导小组，落实经费", "Leadership group with funds"), weight: 10),
                .init(
                    organization, t("召开专题办公会不少于2次", "At least two special meetings"), weight: 10,
                    restates: .activities),
                .init(
                    publicity, t("健康教育专栏每月更换，全年不少于12次", "Column changed monthly, 12 a year"), weight: 15,
                    restates: .activities),
                .init(
                    publicity, t("5至8月每半月宣传一次", "Half-monthly publicity May to August"), weight: 10,
                    restates: .activities),
                .init(publicity, t("世界无烟日开展控烟宣传", "No Tobacco Day campaign"), weight: 10, restates: .done),
                .init(
                    results, t("健康教育人员知识知晓率达到98%", "Staff awareness at least 98%"), weight: 10,
                    restates: .rate),
                .init(
                    results, t("居民健康知识知晓率达到97%", "Resident awareness at least 97%"), weight: 20, restates: .rate),
                .init(results, t("健康行为形成率达到80%", "Healthy behaviour at least 80%"), weight: 15, restates: .rate),
            ])
    }()

    /// Learning-community creation, from the street's report.
    public static let learningCommunity: ChecklistTemplate = {
        let organization = t("组织领导", "Leadership")
        let schools = t("社区学校", "Community schools")
        let activities = t("学习活动", "Learning activities")
        return ChecklistTemplate(
            id: "learning-community", title: t("学习型社区创建考评表", "Learning-community assessment"), scored: true,
            threshold: 80,
            items: [
                .init(organization, t("成立创建领导小组，书记负总责", "Creation group led by the secretary"), weight: 15),
                .init(organization, t("中心组坚持每月学习", "Monthly study by the core group"), weight: 10),
                .init(schools, t("社区学校有牌子、有制度、有队伍", "Community school with sign, rules and staff"), weight: 20),
                .init(schools, t("年初有计划，年底有总结", "Plan at the start, summary at the end"), weight: 10),
                .init(activities, t("开展五种类型学习活动", "Five kinds of learning activity"), weight: 25),
                .init(activities, t("评选学习型家庭", "Learning families recognised"), weight: 20),
            ])
    }()

    /// Disability rehabilitation: 五清 and 五落实.
    public static let rehabilitation: ChecklistTemplate = {
        let clear = t("五清", "Five knowns")
        let done = t("五落实", "Five in place")
        return ChecklistTemplate(
            id: "rehabilitation", title: t("残疾人康复工作检查表（五清五落实）", "Rehabilitation check (five knowns, five in place)"),
            scored: false, threshold: 100,
            items: [
                .init(clear, t("家庭状况清楚", "Family situation known")),
                .init(clear, t("经济状况清楚", "Economic situation known")),
                .init(clear, t("残疾状况清楚", "Disability known")),
                .init(clear, t("康复状况清楚", "Rehabilitation status known")),
                .init(clear, t("基本需求状况清楚", "Basic needs known")),
                .init(done, t("走访落实到位", "Visits in place")),
                .init(done, t("帮扶落实到位", "Support in place")),
                .init(done, t("培训落实到位", "Training in place")),
                .init(done, t("安置落实到位", "Placement in place")),
                .init(done, t("服务落实到位", "Services in place")),
            ])
    }()

    /// Peace-building: the 三无 creation, each a veto.
    public static let peaceBuilding: ChecklistTemplate = {
        let threeNone = t("“三无”创建", "The three nones")
        let work = t("基础工作", "Groundwork")
        return ChecklistTemplate(
            id: "peace-building", title: t("平安建设“三无”考评表", "Peace-building: the three nones"), scored: false,
            threshold: 100,
            items: [
                .init(threeNone, t("无矛盾激化", "No escalated disputes"), veto: true),
                .init(threeNone, t("无民转刑案件", "No civil dispute turned criminal"), veto: true),
                .init(threeNone, t("无群体性上访", "No mass petitions"), veto: true),
                .init(work, t("矛盾纠纷定期排查并有台账", "Disputes screened regularly, with a ledger")),
                .init(work, t("社区综治办、警务室正常运转", "Comprehensive-governance office and police room working")),
                .init(work, t("平安建设宣传知晓率提高", "Awareness of peace-building raised")),
            ])
    }()
}
