/// The sample work plans and activity ledgers, taken from the source
/// documents: the health-education plan, self-governance, disability
/// rehabilitation (五清/五落实), community education, school safety and the
/// co-building record with the education bureau. Dated in the year of
/// `today`, with activities only up to `today`, so that met, on-track,
/// behind and overdue tasks all show.
enum SamplePlans {
    /// Plans and activities for the sample community `id`.
    static func records(for id: String, today: LocalDate) -> (plans: [Plan], activities: [Activity]) {
        let year = today.year
        var builder = Builder(year: year, today: today, prefix: id.replacingOccurrences(of: "c-demo", with: ""))
        switch id {
        case "c-demo01": builder.coBuilding()
        case "c-demo02": builder.selfGovernance()
        case "c-demo04": builder.healthEducation()
        case "c-demo06": builder.communityEducation()
        case "c-demo07": builder.schoolSafety()
        case "c-demo08": builder.rehabilitation()
        default: break
        }
        return (builder.plans, builder.activities)
    }

    /// Writes plans and activities with stable identifiers.
    private struct Builder {
        let year: Int
        let today: LocalDate
        let prefix: String
        var plans: [Plan] = []
        var activities: [Activity] = []

        init(year: Int, today: LocalDate, prefix: String) {
            self.year = year
            self.today = today
            self.prefix = prefix
        }

        func date(_ month: Int, _ day: Int) -> LocalDate {
            LocalDate(year: year, month: month, day: min(day, LocalDate.days(inMonth: month, year: year))) ?? today
        }

        func task(
            _ n: Int, _ title: String, owner: String, deadline: (Int, Int)? = nil, _ target: Target,
            and extra: Target? = nil, recurrence: Recurrence? = nil, completed: Bool = false,
            readings: [(Int, Int, Double)] = []
        ) -> PlanTask {
            var task = PlanTask(
                id: "t-\(prefix)-\(n)", title: title, owner: owner, deadline: deadline.map { date($0.0, $0.1) },
                target: target,
                recurrence: recurrence, completed: completed,
                measurements: readings.map { RateReading(date: date($0.0, $0.1), percent: $0.2) }.filter {
                    $0.date <= today
                })
            task.extraTargets = extra.map { [$0] }
            return task
        }

        /// Logs an activity if its date is not after today.
        mutating func log(
            _ month: Int, _ day: Int, _ title: String, _ kind: ActivityKind, sessions: Int = 1, people: Int,
            amount: Double? = nil, at location: String = "", tasks: [Int]
        ) {
            let when = date(month, day)
            guard when <= today else { return }
            activities.append(
                Activity(
                    id: "a-\(prefix)-\(activities.count + 1)", date: when, title: title, kind: kind, sessions: sessions,
                    participants: people, amount: amount, location: location, taskIDs: tasks.map { "t-\(prefix)-\($0)" }
                ))
        }

        mutating func plan(
            _ title: String, _ category: PlanCategory, objective: String, safeguards: String, tasks: [PlanTask]
        ) {
            plans.append(
                Plan(
                    id: "p-\(prefix)-\(plans.count + 1)", year: year, title: title, category: category,
                    objective: objective, tasks: tasks, safeguards: safeguards))
        }

        mutating func healthEducation() {
            plan(
                "\(year)年度健康教育工作计划", .health,
                objective: "面向广大群众开展形式多样的健康教育活动，提高健康知识知晓率和健康行为形成率。",
                safeguards: "高度重视，加强领导；明确责任，分解任务；强化管理，落实措施。",
                tasks: [
                    task(1, "成立健康教育领导小组", owner: "社区卫生服务站", deadline: (3, 31), Target(kind: .done), completed: true),
                    task(2, "召开健康教育专题办公会", owner: "领导小组", Target(kind: .sessions, value: 2, unit: "次")),
                    task(
                        3, "健康教育专栏每月更换", owner: "宣传员", Target(kind: .sessions, value: 12, unit: "次"),
                        recurrence: Recurrence(period: .month)),
                    task(4, "健康教育人员知识知晓率", owner: "社区卫生服务站", Target(kind: .rate, value: 98), readings: [(6, 20, 98.5)]),
                    task(
                        5, "居民健康知识知晓率", owner: "社区卫生服务站", Target(kind: .rate, value: 97),
                        readings: [(6, 25, 93.4), (10, 15, 95.2)]),
                    task(6, "健康行为形成率", owner: "社区卫生服务站", Target(kind: .rate, value: 80), readings: [(10, 15, 82.0)]),
                    task(
                        7, "5至8月每半月宣传一次", owner: "宣传员", deadline: (8, 31), Target(kind: .sessions, value: 8, unit: "次"),
                        recurrence: Recurrence(period: .halfMonth, months: [5, 6, 7, 8])),
                    task(8, "世界无烟日控烟宣传", owner: "宣传员", deadline: (5, 31), Target(kind: .done)),
                    task(9, "制订年度考核标准和奖惩措施", owner: "领导小组", deadline: (2, 28), Target(kind: .done)),
                    task(10, "年度健康教育资料整理归档", owner: "社区卫生服务站", deadline: (12, 31), Target(kind: .done)),
                ])
            log(2, 20, "健康教育领导小组第一次专题会", .meeting, people: 12, at: "社区会议室", tasks: [2])
            for month in 1...11 where month != 7 {
                log(month, 5, "\(month)月健康教育专栏更换", .publicity, people: 0, at: "社区宣传栏", tasks: [3])
            }
            for (month, day) in [(5, 8), (5, 22), (6, 10), (7, 3), (7, 20), (8, 6)] {
                log(month, day, "纳凉广场健康咨询与义诊", .publicity, people: 60 + day, at: "濠景园广场", tasks: [7])
            }
            log(5, 30, "世界无烟日控烟知识讲座", .lecture, people: 85, at: "社区活动室", tasks: [])
            log(9, 14, "慢性病防治讲座", .lecture, people: 72, at: "社区活动室", tasks: [])
        }

        mutating func coBuilding() {
            plan(
                "\(year)年度社区与教育局共驻共建计划", .coBuilding,
                objective: "资源共享，双向服务：发挥教育系统人才、场地优势，为社区办好事实事。",
                safeguards: "局党委与街道党工委定期碰头，互通信息；学校参与社区活动纳入年终考核。",
                // The report's own figures: "家庭教育培训4场次，培训2000余人次", each pair one task of two targets.
                tasks: [
                    task(
                        1, "家庭教育培训", owner: "市教育局", Target(kind: .sessions, value: 4, unit: "场"),
                        and: Target(kind: .participants, value: 2000)),
                    task(
                        2, "荣辱观及预防未成年人犯罪讲座", owner: "市三中", Target(kind: .sessions, value: 2, unit: "场"),
                        and: Target(kind: .participants, value: 1000)),
                    task(
                        3, "防震防灾防火防毒安全讲座", owner: "市厦门实验小学", Target(kind: .sessions, value: 4, unit: "场"),
                        and: Target(kind: .participants, value: 3000)),
                    task(4, "参加社区文艺汇演", owner: "城南幼儿园", Target(kind: .sessions, value: 20, unit: "场")),
                ])
            for (month, people) in [(3, 520), (5, 480), (9, 530), (11, 510)] {
                log(month, 12, "家庭教育培训", .training, people: people, at: "市民学校", tasks: [1])
            }
            log(4, 18, "社会主义荣辱观及预防未成年人犯罪讲座", .lecture, people: 500, at: "市三中", tasks: [2])
            log(10, 16, "预防未成年人犯罪讲座", .lecture, people: 520, at: "市三中", tasks: [2])
            for (month, people) in [(4, 760), (6, 740), (9, 800)] {
                log(month, 22, "防震防灾防火防毒安全知识讲座", .lecture, people: people, at: "市厦门实验小学", tasks: [3])
            }
            for month in 1...11 {
                log(
                    month, 26, "社区文艺汇演", .performance, sessions: month == 7 ? 3 : 1, people: 150, at: "阜新街广场",
                    tasks: [4])
            }
        }

        mutating func selfGovernance() {
            plan(
                "\(year)年度居民自治工作计划", .selfGovernance,
                objective: "发挥居民自治，强化为民服务，构建和谐社区。",
                safeguards: "社区党委牵头，议事委员会评议监督，居民代表参与。",
                tasks: [
                    task(1, "建立社区协商议事委员会", owner: "社区居委会", deadline: (3, 31), Target(kind: .done), completed: true),
                    task(
                        2, "协商议事会议", owner: "议事委员会", Target(kind: .sessions, value: 4, unit: "次"),
                        recurrence: Recurrence(period: .quarter)),
                    task(
                        3, "8个居民小组安装民情交流栏", owner: "社区居委会", deadline: (6, 30),
                        Target(kind: .sessions, value: 8, unit: "个")
                    ),
                ])
            for month in [2, 5, 8, 11] { log(month, 10, "社区协商议事会", .meeting, people: 21, at: "社区会议室", tasks: [2]) }
            for group in 1...6 {
                log(4, group * 3, "第\(group)居民小组民情交流栏安装", .other, people: 0, at: "第\(group)居民小组", tasks: [3])
            }
        }

        mutating func rehabilitation() {
            plan(
                "\(year)年度残疾人康复工作计划", .rehabilitation,
                objective: "对社区残疾人康复工作做到“五清”“五落实”。",
                safeguards: "社区残协指导，康复小组配合，助残志愿者队伍服务。",
                tasks: [
                    task(
                        1, "康复需求入户调查（五清）", owner: "残协专职委员", deadline: (4, 30),
                        Target(kind: .sessions, value: 36, unit: "户")),
                    task(
                        2, "每月走访残疾人家庭", owner: "残疾人专职联络员", Target(kind: .sessions, value: 12, unit: "次"),
                        recurrence: Recurrence(period: .month)),
                    task(3, "组织参加康复培训", owner: "社区卫生服务站", Target(kind: .sessions, value: 2, unit: "期")),
                ])
            log(3, 15, "残疾人康复需求入户调查", .visit, sessions: 36, people: 36, at: "辖区各小区", tasks: [1])
            for month in 1...11 where month != 8 { log(month, 18, "走访残疾人家庭", .visit, people: 9, tasks: [2]) }
            log(6, 6, "家庭康复训练培训", .training, people: 24, at: "社区卫生服务站", tasks: [3])
        }

        mutating func communityEducation() {
            plan(
                "\(year)年度社区教育工作计划", .education,
                objective: "发展和完善社区教育，提高全民素质，居民参训率每年提高5个百分点。",
                safeguards: "社区教育经费按不低于每人每年1元落实，社区学校有牌子、有制度、有队伍。",
                tasks: [
                    task(1, "社区教育经费", owner: "社区居委会", Target(kind: .amountPerResident, value: 1)),
                    task(2, "居民参训率", owner: "社区学校", Target(kind: .rate, value: 45), readings: [(7, 1, 41.0)]),
                    task(3, "社区学校培训", owner: "社区学校", Target(kind: .sessions, value: 12, unit: "期")),
                ])
            for (month, topic, amount) in [
                (3, "普通话与文明礼仪培训", 1200.0), (4, "消防安全知识培训", 900.0), (6, "中老年心脑血管疾病预防", 800.0),
                (9, "食品药品安全知识", 700.0), (10, "家政服务技能培训", 1600.0),
            ] {
                log(month, 9, topic, .training, people: 45, amount: amount, at: "社区学校", tasks: [1, 3])
            }
        }

        mutating func schoolSafety() {
            plan(
                "\(year)年度学校及周边安全工作计划", .safety,
                objective: "把学校安全和综合治理工作当作头等大事来抓，保障师生生命安全。",
                safeguards: "安全工作责任制落到实处，每月隐患排查有台账。",
                tasks: [
                    task(
                        1, "每月安全隐患排查", owner: "综治办", Target(kind: .sessions, value: 10, unit: "次"),
                        recurrence: Recurrence(period: .month, months: [1, 2, 3, 4, 5, 6, 9, 10, 11, 12])),
                    task(2, "安全教育讲座", owner: "社区民警", Target(kind: .sessions, value: 4, unit: "场")),
                    task(3, "安全教育参与人次", owner: "社区民警", Target(kind: .participants, value: 1200)),
                ])
            for month in [1, 2, 3, 4, 6, 9, 10, 11] {
                log(month, 20, "学校周边安全隐患排查", .inspection, people: 6, at: "辖区学校", tasks: [1])
            }
            log(3, 28, "防溺水安全教育讲座", .lecture, people: 310, at: "德民小学", tasks: [2, 3])
            log(9, 8, "交通安全进校园", .lecture, people: 280, at: "德民小学", tasks: [2, 3])
        }
    }
}
