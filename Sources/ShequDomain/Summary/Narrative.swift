import ShequText

/// Section 4 of a community's summary (工作小结), in the register of the
/// source documents: per plan, what was held and which targets were reached
/// ("“家庭教育培训”完成4场、2040人次，达到不少于4场、2000人次的目标"),
/// then the checklists' results and the community's own notes. What fell
/// short is told in section 5 (`SummaryFindings`).
enum Narrative {
    /// One plan of the year with its progress.
    struct PlanYear {
        var plan: Plan
        var progress: PlanProgress
    }

    /// The year's paragraphs: its activities against last year's (so that
    /// a year of activities without a plan still has a summary), each plan,
    /// the checklists, the community's notes.
    static func paragraphs(
        plans: [PlanYear], activities: [Activity], checklists: [Summary.ChecklistReport], notes: String, year: Int,
        lastYear: YearFigures?, households: Int?, language: Language
    ) -> [String] {
        var paragraphs: [String] = []
        if plans.isEmpty && activities.isEmpty && checklists.isEmpty {
            paragraphs.append(language(L.nothingRecorded(year)))
        }
        let figures = YearFigures(activities: activities, plans: plans)
        if figures.activities > 0 {
            paragraphs.append(figures.overview(lastYear: lastYear, households: households, language: language))
        }
        paragraphs += plans.map { paragraph($0, activities: activities, language: language) }
        if let highlights = Highlights.sentence(plans: plans, activities: activities, language: language) {
            paragraphs.append(highlights)
        }
        if !checklists.isEmpty {
            paragraphs.append(language(L.checklistResults(checklists.map { result($0) })))
        }
        let notes = notes.trimmed
        if !notes.isEmpty { paragraphs.append(language(L.communityNotes(notes))) }
        return paragraphs
    }

    /// What a plan's activities came to, then each target reached.
    private static func paragraph(_ year: PlanYear, activities: [Activity], language: Language) -> String {
        let plan = year.plan
        let ids = Set(plan.tasks.map(\.id))
        let counted = activities.filter { !Set($0.taskIDs).isDisjoint(with: ids) }
        let opening =
            counted.isEmpty
            ? L.planNoActivities(plan.title)
            : L.planActivities(
                plan.title, sessions: language.figure(counted.total(\.sessions)),
                people: language.figure(counted.total(\.participants)))
        // Targets reached first, then counts under way; what fell short is section 5's.
        let pairs = zip(plan.tasks, year.progress.tasks).map { task, progress in
            (progress.state == .met, TaskWording(title: task.title, progress: progress, language: language), progress)
        }
        let reached = pairs.filter(\.0).map { _, wording, _ in
            switch wording.shape {
            case .count:
                L.achievedCount(wording.title, wording.achieved, atLeast: wording.goals, spent: wording.isMoney)
            case .level: L.achievedLevel(wording.title, wording.achieved, wording.goals)
            case .range: L.achievedRange(wording.title, wording.achieved, wording.goals)
            case .done: L.achievedDone(wording.title)
            }
        }
        let underWay = pairs.filter { !$0.0 && $0.1.shape == .count && $0.2.actual > 0 }.map { _, wording, _ in
            L.progressSoFar(wording.title, wording.achieved, spent: wording.isMoney)
        }
        let achievements = reached + underWay
        return language(
            L.planParagraph(
                opening, achievements: achievements,
                tally: L.planTally(tasks: plan.tasks.count, met: year.progress.met)))
    }

    /// An approved checklist: attained, or the reason it is not — a failed
    /// veto item, a score under the mark, a change since the approval, or
    /// an approval whose signature does not count.
    private static func approvedOutcome(_ checklist: Summary.ChecklistReport) -> Localized {
        if checklist.attained { return L.outcomeAttained }
        if checklist.vetoFailed { return L.outcomeApprovedVetoed }
        if !checklist.passes { return L.outcomeApprovedBelow }
        if checklist.signature == "invalid" || checklist.signature == "out-of-place" { return L.outcomeChanged }
        return L.outcomeSignatureDoesNotCount(checklist.signatureText ?? "")
    }

    /// A checklist's score and where its review stands.
    private static func result(_ checklist: Summary.ChecklistReport) -> Localized {
        let outcome: Localized
        switch checklist.state {
        case .approved:
            outcome = approvedOutcome(checklist)
        case .submitted: outcome = L.outcomeSubmitted
        case .returned: outcome = L.outcomeReturned
        case .draft: outcome = L.outcomeDraft
        }
        return L.checklistResult(checklist.title, checklist.period, score: checklist.scoreText, outcome)
    }
}
