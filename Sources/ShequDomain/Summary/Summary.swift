import Foundation
import ShequText

/// A year's work of one or more communities, computed once from the data
/// and worded in one language: what every export format prints. Text
/// fields are ready to print; figures stay numbers for JSON and CSV.
public struct Summary: Encodable, Sendable {
    public var year: Int
    public var language: String
    /// What the summary covers: a community, a street, or the district.
    public var scope: String
    public var generatedOn: String
    /// Data files that could not be read, as `shequ check` lists them: their
    /// communities are missing from everything below, which says so.
    public var unreadable: [String] = []
    /// One row per community and the attainment per standard, when more than one community is covered.
    public var rollup: Rollup?
    public var communities: [CommunityReport]

    /// The figures of several communities side by side.
    public struct Rollup: Encodable, Sendable {
        public var rows: [RollupRow]
        public var attainment: [StandardAttainment]
        /// The year against the last, where last year holds records: sessions, participants, tasks met and
        /// each standard's attainment (活动场次、参与人次、完成率、达标率 比上年); nil without last year's data.
        public var againstLastYear: String?
    }

    /// One community's line on the first page of a summary of several.
    public struct RollupRow: Encodable, Sendable {
        public var community: String, street: String
        public var tasksMet: Int, tasks: Int, sessions: Int, participants: Int
        public var checklistsPassing: Int, checklists: Int
        public var reviewState: String
        /// Nothing recorded in the year: no plan, activity or checklist.
        public var hasData: Bool
    }

    /// The attainment of one standard, per street and for the whole scope.
    public struct StandardAttainment: Encodable, Sendable {
        public var standard: String
        public var rows: [Attainment.Row]
    }

    /// One community's year.
    public struct CommunityReport: Encodable, Sendable {
        public var id: String, name: String, street: String, district: String
        public var population: Int?, households: Int?
        public var plans: [PlanReport]
        public var activitiesByKind: [ActivityRow]
        public var activitiesByMonth: [ActivityRow]
        public var activityTotal: ActivityRow
        /// The activity ledger (活动台账) of the year, in date order.
        public var ledger: [LedgerRow]
        public var checklists: [ChecklistReport]
        public var openRectifications: [RectificationRow]
        /// Whether anything was recorded in the year: a plan, an activity or a checklist.
        public var hasData: Bool
        /// Section 4 in the style of the source documents: a paragraph per
        /// plan, the checklists' results, the community's notes.
        public var narrative: [String]
        /// Section 5: every gap of the year, then the step each asks for.
        public var problems: [String]
        public var nextSteps: [String]
    }

    /// One activity of the ledger, with the titles of the tasks it counts for.
    public struct LedgerRow: Encodable, Sendable {
        public var date: String, title: String, kind: String
        public var sessions: Int, participants: Int, households: Int?, amount: Double?
        public var location: String, tasks: [String]
    }

    /// One plan of the year with its tasks' figures.
    public struct PlanReport: Encodable, Sendable {
        public var title: String, category: String
        /// The average completion, each task counted up to 100%, and as printed.
        public var tasksMet: Int, percent: Double, percentText: String
        public var tasks: [TaskRow]
    }

    /// One task: its target, what was done, and where it stands.
    public struct TaskRow: Encodable, Sendable {
        public var id: String, title: String, owner: String, deadline: String
        public var target: Target, targetText: String
        /// actual over target, unrounded (the lowest of several targets), nil
        /// when nothing is measured; `percentText` as printed: "76.7%" or "—".
        public var actual: Double, actualText: String, percent: Double?, percentText: String
        /// How many figures the task is measured by (a count and participants: 2).
        public var measures: Int
        public var state: TaskProgress.State, stateText: String
        public var missingPeriods: [String]
    }

    /// Counts of activities under one heading (a kind or a month): how
    /// many, their sessions and participants, the households reached (入户)
    /// and the money spent (元).
    public struct ActivityRow: Encodable, Sendable {
        public var label: String, activities: Int, sessions: Int, participants: Int, households: Int, amount: Double
    }

    /// One checklist of the year: score, review state and the last decision.
    public struct ChecklistReport: Encodable, Sendable {
        public var title: String, period: String
        /// nil when no item applies; `scoreText` as printed: "85/100" or "—".
        public var score: Double?, scoreText: String, threshold: Double, scored: Bool, vetoFailed: Bool
        /// The score reaches the threshold and no veto failed.
        public var passes: Bool
        /// Met (达标): approved, passing and unchanged since approval; what attainment counts.
        public var attained: Bool
        public var state: ChecklistState, stateText: String
        public var reviewer: String?, reviewedOn: String?, comment: String?
        /// For an approved checklist, what its approval's signature shows
        /// (`ApprovalSignature.Status.code`) and the words for it.
        public var signature: String?, signatureText: String?
    }

    /// A failed item whose rectification is not done yet.
    public struct RectificationRow: Encodable, Sendable {
        public var checklist: String, item: String, action: String, owner: String, due: String
        /// Its due date has passed.
        public var overdue: Bool
    }
}

extension Summary {
    /// The summary of `communities` for `year`, worded in `language`, as of
    /// `today`; `progress` hears of each community as its report is done.
    /// When `communities` is a copy made for display (`withVisibleText`),
    /// `stored` gives them as stored, in the same order: signatures and
    /// attainment are judged on those.
    public init(
        communities: [Community], stored: [Community]? = nil, year: Int, scope: String, language: Language,
        today: LocalDate, templates: [ChecklistTemplate], trusted: TrustedReviewers, unreadable: [UnreadableFile] = [],
        progress: (_ done: Int, _ total: Int) -> Void = { _, _ in }
    ) {
        let stored = stored ?? communities
        self.unreadable = unreadable.map { VisibleText.of($0.line(language)) }
        self.year = year
        self.language = language.rawValue
        self.scope = scope
        generatedOn = today.description
        // Reports are independent: made on every core, a batch at a time so that progress moves as they are done.
        let pairs = Array(zip(communities, stored))
        var reports: [CommunityReport] = []
        reports.reserveCapacity(pairs.count)
        for start in stride(from: 0, to: pairs.count, by: 16) {
            reports += Array(pairs[start..<min(pairs.count, start + 16)]).concurrentMap { community, stored in
                Self.report(community, stored: stored, year: year, language: language, today: today, trusted: trusted)
            }
            progress(reports.count, communities.count)
        }
        self.communities = reports
        guard communities.count > 1 else { return }
        let rows = zip(communities, reports).map { community, report in
            let checklists = report.checklists
            return RollupRow(
                community: community.name, street: community.street,
                tasksMet: report.plans.reduce(0) { $0 + $1.tasksMet },
                tasks: report.plans.reduce(0) { $0 + $1.tasks.count },
                sessions: report.activityTotal.sessions, participants: report.activityTotal.participants,
                checklistsPassing: checklists.filter(\.attained).count,
                checklists: checklists.count,
                reviewState: Self.reviewState(checklists, language), hasData: report.hasData)
        }
        let used = Set(communities.flatMap { $0.checklists.filter { $0.belongs(toYear: year) }.map(\.templateID) })
        let attainment = templates.filter { used.contains($0.id) }.map { template in
            let a = Attainment(
                templateID: template.id, year: year, communities: stored, districtName: scope, trusted: trusted)
            return StandardAttainment(
                standard: language(template.title), rows: a.streets + (a.streets.count > 1 ? [a.district] : []))
        }
        rollup = Rollup(
            rows: rows, attainment: attainment,
            againstLastYear: Self.againstLastYear(
                rows, communities: communities, stored: stored, year: year,
                used: templates.filter { used.contains($0.id) },
                language: language, today: today, trusted: trusted))
    }

    /// The year's activities in date order, each with the titles of its tasks.
    private static func ledger(_ activities: [Activity], community: Community, language: Language) -> [LedgerRow] {
        var titles: [String: String] = [:]
        for task in community.plans.flatMap(\.tasks) { titles[task.id] = task.title }
        return activities.sorted { $0.date < $1.date }.map { activity in
            LedgerRow(
                date: activity.date.description, title: activity.title, kind: language(activity.kind.label),
                sessions: activity.sessions, participants: activity.participants, households: activity.households,
                amount: activity.amount, location: activity.location, tasks: activity.taskIDs.compactMap { titles[$0] })
        }
    }

    private static func reviewState(_ checklists: [ChecklistReport], _ language: Language) -> String {
        let counts = ChecklistState.allCases.compactMap { state -> String? in
            let n = checklists.filter { $0.state == state }.count
            return n > 0 ? language(state.label) + " \(n)" : nil
        }
        return counts.isEmpty ? "-" : counts.joined(separator: language.clauseSeparator)
    }

    private static func report(
        _ community: Community, stored: Community, year: Int, language: Language, today: LocalDate,
        trusted: TrustedReviewers
    ) -> CommunityReport {
        let years = community.plans.filter { $0.year == year }.map {
            Narrative.PlanYear(plan: $0, progress: PlanProgress(plan: $0, community: community, today: today))
        }
        let plans = years.map { Self.planReport($0, language: language) }
        let activities = community.activities.filter { $0.date.year == year }
        func row(_ label: String, _ list: [Activity]) -> ActivityRow {
            ActivityRow(
                label: label, activities: list.count, sessions: list.total(\.sessions),
                participants: list.total(\.participants), households: list.total { $0.households ?? 0 },
                amount: list.totalAmount)
        }
        let byKind = ActivityKind.allCases.map { kind in
            row(language(kind.label), activities.filter { $0.kind == kind })
        }.filter { $0.activities > 0 }
        let byMonth = (1...12).map { month in
            row(language(L.monthName(month)), activities.filter { $0.date.month == month })
        }
        let storedChecklists = Dictionary(stored.checklists.map { ($0.id, $0) }) { first, _ in first }
        let ofYear = community.checklists.filter { $0.belongs(toYear: year) }
        let checklists = ofYear.map { checklist in
            Self.checklistReport(
                checklist, signed: storedChecklists[checklist.id] ?? checklist, communityID: stored.id,
                name: stored.name,
                language: language, trusted: trusted)
        }
        let open = ofYear.flatMap { checklist in
            ChecklistEvaluation.openRectifications(checklist).map { item in
                RectificationRow(
                    checklist: checklist.title, item: item.text, action: item.rectification?.action ?? "",
                    owner: item.rectification?.owner ?? "", due: item.rectification?.due.description ?? "",
                    overdue: item.rectification.map { $0.due < today } ?? false)
            }
        }
        let findings = SummaryFindings(
            plans: years, activities: activities, checklists: checklists, rectifications: open, year: year,
            language: language)
        return CommunityReport(
            id: community.id, name: community.name, street: community.street, district: community.district,
            population: community.population, households: community.households, plans: plans,
            activitiesByKind: byKind, activitiesByMonth: byMonth, activityTotal: row(language(L.total), activities),
            ledger: Self.ledger(activities, community: community, language: language),
            checklists: checklists, openRectifications: open,
            hasData: !(plans.isEmpty && activities.isEmpty && checklists.isEmpty),
            narrative: Narrative.paragraphs(
                plans: years, activities: activities, checklists: checklists, notes: community.notes, year: year,
                lastYear: Self.figures(of: community, in: year - 1, today: today), households: community.households,
                language: language),
            problems: findings.problems, nextSteps: findings.nextSteps)
    }

    /// The communities' year against the last, in one sentence; nil when last year holds no records.
    private static func againstLastYear(
        _ rows: [RollupRow], communities: [Community], stored: [Community], year: Int, used: [ChecklistTemplate],
        language: Language, today: LocalDate, trusted: TrustedReviewers
    ) -> String? {
        let last = communities.map { figures(of: $0, in: year - 1, today: today) }
        guard last.contains(where: \.hasRecords) else { return nil }
        let sum = { (values: [Int]) in values.reduce(0) { $0.saturatingAdding($1) } }
        var parts = [
            L.districtFigure(
                L.sessions, now: language.figure(sum(rows.map(\.sessions))),
                then: language.figure(sum(last.map(\.sessions)))),
            L.districtFigure(
                L.participants, now: language.figure(sum(rows.map(\.participants))),
                then: language.figure(sum(last.map(\.participants)))),
            L.districtFigure(
                L.completionRate, now: Percentage.text(sum(rows.map(\.tasksMet)), of: sum(rows.map(\.tasks))),
                then: Percentage.text(sum(last.map(\.tasksMet)), of: sum(last.map(\.tasks)))),
        ]
        for template in used {
            let now = Attainment(
                templateID: template.id, year: year, communities: stored, districtName: "", trusted: trusted)
            let then = Attainment(
                templateID: template.id, year: year - 1, communities: stored, districtName: "", trusted: trusted)
            parts.append(
                L.districtFigure(
                    L.standardAttainment(template.title), now: now.district.percentText,
                    then: then.district.percentText))
        }
        return language(L.districtAgainstLastYear(parts))
    }

    /// What `year` of `community` adds up to, to compare the next year with.
    private static func figures(of community: Community, in year: Int, today: LocalDate) -> YearFigures {
        let plans = community.plans.filter { $0.year == year }.map {
            Narrative.PlanYear(plan: $0, progress: PlanProgress(plan: $0, community: community, today: today))
        }
        return YearFigures(activities: community.activities.filter { $0.date.year == year }, plans: plans)
    }

    private static func planReport(_ year: Narrative.PlanYear, language: Language) -> PlanReport {
        let tasks = zip(year.plan.tasks, year.progress.tasks).map { task, p in
            TaskRow(
                id: task.id, title: task.title, owner: task.owner, deadline: task.deadline?.description ?? "",
                target: task.target, targetText: task.targetText(language, figures: p.figures), actual: p.actual,
                actualText: ProgressText.actual(p, language), percent: p.measured ? p.exactPercent : nil,
                percentText: ProgressText.percent(p), measures: p.figures.count,
                state: p.state, stateText: language(p.state.label),
                missingPeriods: p.missingPeriods.map { language($0.label) })
        }
        let percent = year.progress.exactPercent
        return PlanReport(
            title: year.plan.title, category: language(year.plan.category.label), tasksMet: year.progress.met,
            percent: percent, percentText: Percentage.text(percent, short: year.progress.met < tasks.count),
            tasks: tasks)
    }

    private static func checklistReport(
        _ checklist: Checklist, signed: Checklist, communityID: String, name: String, language: Language,
        trusted: TrustedReviewers
    ) -> ChecklistReport {
        let evaluation = ChecklistEvaluation(checklist)
        // A resubmitted checklist awaits a new decision: the earlier return's reviewer and comment are not current.
        let decision = checklist.state == .approved || checklist.state == .returned ? checklist.lastDecision : nil
        let signature = ApprovalSignature.approvalStatus(
            of: signed, communityID: communityID, name: name, trusted: trusted)
        return ChecklistReport(
            title: checklist.title, period: checklist.period, score: evaluation.applicable ? evaluation.score : nil,
            scoreText: evaluation.scoreText(scored: checklist.scored), threshold: checklist.threshold,
            scored: checklist.scored, vetoFailed: evaluation.vetoFailed, passes: evaluation.passes,
            attained: ChecklistEvaluation.isAttained(
                signed, communityID: communityID, name: name, trusted: trusted),
            state: checklist.state, stateText: language(checklist.state.label),
            reviewer: decision?.reviewer, reviewedOn: decision.map { LocalDate.of($0.time).description },
            comment: decision?.comment, signature: signature?.code, signatureText: signature.map { language($0.label) })
    }
}
