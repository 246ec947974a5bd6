import Foundation
import ShequDomain
import ShequStore
import ShequText

/// Records prepared for `shequ list`: column titles and rows for the table
/// and CSV, and the JSON for other programs, made only when asked for (a
/// table never builds a JSON document).
struct Listing {
    var header: [String]
    var rows: [[String]]
    var rightAligned: Set<Int>
    var json: () throws -> Data

    static func communities(_ communities: [Community], _ language: Language) -> Listing {
        Listing(
            header: ["id"]
                + [L.name, L.street, L.district, L.population, L.households, L.residentGroups].map { language($0) },
            rows: communities.map { c in
                [
                    c.id, c.name, c.street, c.district, c.population.map(String.init) ?? "",
                    c.households.map(String.init) ?? "", c.residentGroups.map(String.init) ?? "",
                ]
            },
            rightAligned: [4, 5, 6], json: { try CommunityFile.encodeList(communities) })
    }

    /// One plan as `list plans --format json` prints it.
    struct PlanRecord: Encodable {
        var community: String, communityId: String, id: String, year: Int, title: String, category: String, tasks: Int,
            tasksMet: Int
    }

    static func plans(_ communities: [Community], year: Int?, today: LocalDate, _ language: Language) throws -> Listing
    {
        let records = communities.flatMap { c in
            c.plans.filter { year == nil || $0.year == year }.sorted { ($0.year, $0.title) < ($1.year, $1.title) }.map {
                plan in
                PlanRecord(
                    community: c.name, communityId: c.id, id: plan.id, year: plan.year, title: plan.title,
                    category: plan.category.rawValue,
                    tasks: plan.tasks.count,
                    tasksMet: PlanProgress(plan: plan, community: c, today: today).met)
            }
        }
        return Listing(
            header: [L.communities, L.year, L.planTitle, L.category, L.tasksMet].map { language($0) },
            rows: records.map { r in
                [
                    r.community, String(r.year), r.title,
                    language(PlanCategory(rawValue: r.category)?.label ?? L.unknown), "\(r.tasksMet)/\(r.tasks)",
                ]
            },
            rightAligned: [1, 4], json: { try JSONTreeEncoder.fileData(records) })
    }

    /// One task with its computed progress, as `list tasks --format json` prints it.
    struct TaskRecord: Encodable {
        var community: String, communityId: String, plan: String, planId: String, year: Int
        var id: String, title: String, owner: String, deadline: String?
        /// actual over target, unrounded; nil when nothing is measured.
        var target: Target, actual: Double, percent: Double?, state: TaskProgress.State, missingPeriods: [String]
        /// False for a rate with no reading yet: actual and percent are not known.
        var measured: Bool
        /// The task's further targets with what each has reached; absent when it has one.
        var extraTargets: [ExtraTarget]?
    }

    /// A further target of a task and its figure.
    struct ExtraTarget: Encodable {
        var target: Target, actual: Double, percent: Double
    }

    static func tasks(_ communities: [Community], year: Int?, today: LocalDate, _ language: Language) throws -> Listing
    {
        var records: [TaskRecord] = []
        var rows: [[String]] = []
        for c in communities {
            for plan in c.plans where year == nil || plan.year == year {
                for task in plan.tasks {
                    let progress = TaskProgress(task: task, plan: plan, community: c, today: today)
                    records.append(
                        TaskRecord(
                            community: c.name, communityId: c.id, plan: plan.title, planId: plan.id, year: plan.year,
                            id: task.id, title: task.title,
                            owner: task.owner, deadline: task.deadline?.description, target: task.target,
                            actual: progress.actual, percent: progress.measured ? progress.exactPercent : nil,
                            state: progress.state, missingPeriods: progress.missingPeriods.map { language($0.label) },
                            measured: progress.measured,
                            extraTargets: task.extraTargets == nil
                                ? nil
                                : progress.figures.dropFirst().map {
                                    ExtraTarget(target: $0.target, actual: $0.actual, percent: $0.exactPercent)
                                }))
                    rows.append([
                        c.name, task.title, task.targetText(language), ProgressText.actual(progress, language),
                        ProgressText.percent(progress),
                        language(progress.state.label), task.owner, task.deadline?.description ?? "",
                    ])
                }
            }
        }
        return Listing(
            header: [L.communities, L.taskTitle, L.target, L.actual, L.percent, L.state, L.owner, L.deadline].map {
                language($0)
            },
            rows: rows, rightAligned: [3, 4], json: { try JSONTreeEncoder.fileData(records) })
    }

    /// One checklist with its evaluation, as `list checklists --format json` prints it.
    struct ChecklistRecord: Encodable {
        var community: String, communityId: String, street: String, id: String, templateId: String, title: String,
            period: String
        var state: ChecklistState, score: Double, scoreText: String, threshold: Double, vetoFailed: Bool, passes: Bool
        var attained: Bool, openRectifications: Int, reviewer: String?
        /// For an approved checklist, what its approval's signature shows
        /// (valid, invalid, unknown-reviewer, unsigned or legacy).
        var signature: String?, signatureText: String?
    }

    static func checklists(
        _ communities: [Community], state: ChecklistState?, trusted: TrustedReviewers, _ language: Language
    ) throws -> Listing {
        let records = communities.flatMap { c in
            c.checklists.filter { state == nil || $0.state == state }.map { checklist in
                let evaluation = ChecklistEvaluation(checklist)
                let signature = ApprovalSignature.approvalStatus(
                    of: checklist, communityID: c.id, name: c.name, trusted: trusted)
                return ChecklistRecord(
                    community: c.name, communityId: c.id, street: c.street, id: checklist.id,
                    templateId: checklist.templateID, title: checklist.title,
                    period: checklist.period, state: checklist.state, score: evaluation.score,
                    scoreText: evaluation.scoreText(scored: checklist.scored),
                    threshold: checklist.threshold, vetoFailed: evaluation.vetoFailed, passes: evaluation.passes,
                    attained: ChecklistEvaluation.isAttained(
                        checklist, communityID: c.id, name: c.name, trusted: trusted),
                    openRectifications: ChecklistEvaluation.openRectifications(checklist).count,
                    reviewer: checklist.lastDecision?.reviewer, signature: signature?.code,
                    signatureText: signature.map { language($0.label) })
            }
        }
        return Listing(
            header: [L.communities, L.checklist, L.period, L.score, L.state].map { language($0) },
            rows: records.map { r in
                var state = language(r.state.label)
                if let signature = r.signatureText { state += " (" + signature + ")" }
                let score = r.scoreText + (r.vetoFailed ? " " + language(L.vetoFailed) : "")
                return [r.community, r.title, r.period, score, state]
            },
            rightAligned: [], json: { try JSONTreeEncoder.fileData(records) })
    }

    static func activities(_ communities: [Community], year: Int?, _ language: Language) throws -> Listing {
        /// One activity with its community and the titles of the tasks it counts for, as JSON.
        struct Record: Encodable {
            var community: String, communityId: String
            var activity: Activity
            var tasks: [String]
        }
        let records = communities.flatMap { c in
            var titles: [String: String] = [:]
            for task in c.plans.flatMap(\.tasks) { titles[task.id] = task.title }
            return c.activities.filter { year == nil || $0.date.year == year }.sorted { $0.date > $1.date }.map {
                Record(community: c.name, communityId: c.id, activity: $0, tasks: $0.taskIDs.compactMap { titles[$0] })
            }
        }
        return Listing(
            header: [
                L.communities, L.date, L.activityTitle, L.kind, L.sessions, L.participants, L.householdsReached,
                L.amountColumn, L.location, L.linkedTasks, L.notes,
            ].map { language($0) },
            rows: records.map { r in
                let a = r.activity
                return [
                    r.community, a.date.description, a.title, language(a.kind.label), String(a.sessions),
                    String(a.participants), a.households.map(String.init) ?? "", a.amount.map(Target.number) ?? "",
                    a.location, r.tasks.joined(separator: language.listSeparator), a.notes,
                ]
            },
            rightAligned: [4, 5, 6, 7], json: { try JSONTreeEncoder.fileData(records) })
    }
}
