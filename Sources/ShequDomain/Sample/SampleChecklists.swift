import Foundation

/// Sample checklists in every state, built through the real review steps so
/// that trails and approval signatures are genuine: approved ones, one waiting
/// for review, one returned with a comment, a draft failing on a veto item,
/// one submitted with an open rectification.
enum SampleChecklists {
    static let supervisor = Actor(role: .supervisor, name: "街道 王秀英", signer: ReviewSigner.sample)

    /// The community's checklists, their items that restate a target linked to the task of `plans` they restate.
    static func checklists(for id: String, today: LocalDate, plans: [Plan]) -> [Checklist] {
        let year = today.year
        let period = "\(year)年"
        let instant =
            Calendar(identifier: .gregorian).date(
                from: DateComponents(
                    timeZone: TimeZone(identifier: "Asia/Shanghai"), year: today.year, month: today.month,
                    day: today.day, hour: 9)) ?? Date(timeIntervalSince1970: 0)
        func day(_ offset: Int) -> Date { instant.addingTimeInterval(Double(offset) * 86_400) }
        func fill(
            _ template: ChecklistTemplate, _ n: Int, failing: [Int] = [], notApplicable: [Int] = [],
            pendingFrom: Int? = nil, rectifications: Bool = true
        ) -> Checklist {
            var checklist = template.instantiate(
                id: "k-\(id.suffix(2))-\(n)", period: period, language: .zh, plans: plans)
            for index in checklist.items.indices {
                if let start = pendingFrom, index >= start { continue }
                let number = index + 1
                checklist.items[index].result =
                    failing.contains(number) ? .fail : notApplicable.contains(number) ? .notApplicable : .pass
                checklist.items[index].evidence = failing.contains(number) ? "现场检查发现问题" : "台账、照片已归档"
                if failing.contains(number) && rectifications {
                    checklist.items[index].rectification = Rectification(
                        action: "限期补齐并报街道复查", owner: "社区书记",
                        due: LocalDate(year: year, month: 12, day: 31) ?? today)
                }
            }
            return checklist
        }
        func submitted(_ checklist: Checklist, _ when: Int) -> Checklist {
            (try? ChecklistWorkflow.submit(checklist, by: Actor(role: .clerk, name: "社区填报员"), at: day(when)).get())
                ?? checklist
        }
        func approved(_ checklist: Checklist, _ when: Int) -> Checklist {
            (try? ChecklistWorkflow.approve(
                submitted(checklist, when - 3), in: id, by: supervisor, comment: "材料齐全，同意通过", at: day(when)
            ).get()) ?? checklist
        }
        switch id {
        case "c-demo04":
            return [
                approved(fill(BuiltInTemplates.fiveGood, 1), -40),
                // Its answers agree with the plan it restates: what the plan has not reached fails.
                submitted(fill(BuiltInTemplates.healthEducation, 2, failing: [2, 3, 4, 5, 7]), -6),
            ]
        case "c-demo07":
            return [
                submitted(fill(BuiltInTemplates.fiveGood, 1, failing: [12]), -12),
                approved(fill(BuiltInTemplates.schoolSafety, 2), -30),
            ]
        case "c-demo01":
            let sent = submitted(fill(BuiltInTemplates.fiveGood, 1), -20)
            let returned =
                (try? ChecklistWorkflow.returnForChanges(
                    sent, in: id, by: supervisor, comment: "“有经费”一项缺少预算文件，请补充佐证材料后重新提交", at: day(-15)
                ).get()) ?? sent
            return [returned]
        case "c-demo05":
            return [fill(BuiltInTemplates.fiveGood, 1, failing: [8], rectifications: true)]
        case "c-demo08":
            return [submitted(fill(BuiltInTemplates.rehabilitation, 1, failing: [8]), -4)]
        case "c-demo02":
            return [approved(fill(BuiltInTemplates.peaceBuilding, 1), -25)]
        case "c-demo06":
            return [fill(BuiltInTemplates.learningCommunity, 1, pendingFrom: 3)]
        default:
            return []
        }
    }
}
