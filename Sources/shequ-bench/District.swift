import Foundation
import ShequDomain

/// A deterministic district for the benchmark: `communities` communities in
/// ten streets, each with `years` years of the sample street's plans (ids
/// made unique per year), an activity on most days, and checklists of every
/// standard in every state, approvals signed with the sample key. The same
/// arguments give the same files on every machine.
struct District {
    static let streets = [
        "城东街道", "阜新街街道", "新城桥街道", "和平桥街道", "任港街道", "观音山街道", "狼山镇街道", "唐闸镇街道",
        "秦灶街道", "天生港镇街道",
    ]
    static let firstNames = [
        "和平", "幸福", "光明", "新华", "建设", "友谊", "团结", "胜利", "东风", "红旗", "长青", "阳光", "花园", "文化",
        "青年", "人民", "解放", "振兴", "翠竹", "濠西", "钟秀", "文峰", "德民", "新村",
    ]
    static let lastNames = ["", "东", "西", "南", "北", "新", "中"]
    static let activityTitles = [
        "健康知识讲座", "垃圾分类宣传", "老年人防诈骗讲座", "社区议事会", "志愿者清扫楼道", "青少年暑期课堂",
        "消防安全检查", "走访困难家庭", "文艺汇演排练", "居民代表会议",
    ]

    let communities: [Community]
    /// The last day of the history: today for the benchmark.
    let today: LocalDate

    init(communities count: Int, years: Int, today: LocalDate) {
        self.today = today
        var random = SplitMix64(seed: 20_251_109)
        let firstYear = today.year - years + 1
        let samplesByYear = Dictionary(
            uniqueKeysWithValues: (firstYear...today.year).map { year in
                let end = year == today.year ? today : LocalDate(year: year, month: 12, day: 28) ?? today
                return (year, SampleStreet.communities(today: end))
            })
        communities = (0..<count).map { index in
            Self.community(index, years: firstYear...today.year, samples: samplesByYear, today: today, &random)
        }
    }

    private static func name(_ index: Int) -> String {
        let base = firstNames[index % firstNames.count] + lastNames[(index / firstNames.count) % lastNames.count]
        let round = index / (firstNames.count * lastNames.count)
        return base + (round == 0 ? "" : "第\(round + 1)") + "社区"
    }

    private static func community(
        _ index: Int, years: ClosedRange<Int>, samples: [Int: [Community]], today: LocalDate,
        _ random: inout SplitMix64
    ) -> Community {
        let id = String(format: "c-%04d", index + 1)
        let profile = samples[years.lowerBound]?[index % 9] ?? Community(id: id, name: "")
        var community = Community(
            id: id, name: name(index), street: streets[index % streets.count], district: "崇川区",
            population: profile.population, households: profile.households, residentGroups: profile.residentGroups,
            contacts: profile.contacts, notes: profile.notes, updatedAt: Date(timeIntervalSince1970: 1_672_531_200))
        for year in years {
            guard let sample = samples[year]?[index % 9] else { continue }
            let (plans, activities) = renamed(sample, year: year)
            community.plans += plans
            community.activities += activities
            community.activities += daily(year: year, upTo: today, tasks: plans.flatMap(\.tasks), &random)
            community.checklists += checklists(year: year, communityID: id, &random)
        }
        return community
    }

    /// The sample's plans and activities of `year`, with ids unique to it.
    private static func renamed(_ sample: Community, year: Int) -> ([Plan], [Activity]) {
        let prefix = "\(year)-"
        let plans = sample.plans.map { plan in
            var plan = plan
            plan.id = prefix + plan.id
            for index in plan.tasks.indices { plan.tasks[index].id = prefix + plan.tasks[index].id }
            return plan
        }
        let activities = sample.activities.map { activity in
            var activity = activity
            activity.id = prefix + activity.id
            activity.taskIDs = activity.taskIDs.map { prefix + $0 }
            return activity
        }
        return (plans, activities)
    }

    /// An activity on about five days in six, some counted for a task.
    private static func daily(year: Int, upTo today: LocalDate, tasks: [PlanTask], _ random: inout SplitMix64)
        -> [Activity]
    {
        var activities: [Activity] = []
        for month in 1...12 {
            for day in 1...28 {
                guard let date = LocalDate(year: year, month: month, day: day), date <= today else { continue }
                guard random.next(below: 6) != 0 else { continue }
                let title = activityTitles[random.next(below: activityTitles.count)]
                let linked =
                    tasks.isEmpty || random.next(below: 3) != 0 ? [] : [tasks[random.next(below: tasks.count)].id]
                activities.append(
                    Activity(
                        id: "d-\(year)-\(month)-\(day)", date: date, title: title,
                        kind: ActivityKind.allCases[random.next(below: ActivityKind.allCases.count)],
                        sessions: 1 + random.next(below: 2), participants: 10 + random.next(below: 70),
                        amount: random.next(below: 4) == 0 ? Double(100 + random.next(below: 900)) : nil,
                        location: "社区活动室", notes: "台账照片已归档", taskIDs: linked))
            }
        }
        return activities
    }

    /// Every built-in standard once a year, in a state that rotates through
    /// draft, submitted, approved (signed) and returned.
    private static func checklists(year: Int, communityID: String, _ random: inout SplitMix64) -> [Checklist] {
        let clerk = Actor(role: .clerk, name: "社区填报员")
        let supervisor = Actor(role: .supervisor, name: "街道 王秀英", signer: ReviewSigner.sample)
        let time = Date(timeIntervalSince1970: Double(year - 1970) * 31_556_952 + 300 * 86_400)
        return BuiltInTemplates.all.enumerated().map { number, template in
            var checklist = template.instantiate(id: "k-\(year)-\(number)", period: "\(year)年", language: .zh)
            for index in checklist.items.indices {
                checklist.items[index].result = random.next(below: 12) == 0 ? .notApplicable : .pass
                checklist.items[index].evidence = "台账、照片已归档"
            }
            let state = random.next(below: 4)
            guard state > 0, case .success(let submitted) = ChecklistWorkflow.submit(checklist, by: clerk, at: time)
            else { return checklist }
            switch state {
            case 2:
                return
                    (try? ChecklistWorkflow.approve(
                        submitted, in: communityID, by: supervisor, comment: "同意", at: time
                    ).get()) ?? submitted
            case 3:
                return
                    (try? ChecklistWorkflow.returnForChanges(
                        submitted, in: communityID, by: supervisor, comment: "请补充佐证材料", at: time
                    ).get()) ?? submitted
            default:
                return submitted
            }
        }
    }
}

/// A small, fast generator with a fixed seed, so the district is the same
/// everywhere (SplitMix64).
struct SplitMix64 {
    private var state: UInt64

    init(seed: UInt64) {
        state = seed
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A number in 0..<bound.
    mutating func next(below bound: Int) -> Int {
        Int(next() % UInt64(max(1, bound)))
    }
}
