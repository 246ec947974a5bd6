import ShequText

/// Section 5 of a community's summary (存在问题与下步打算): every gap the
/// year's records show, and the step each one asks for. Nothing is passed
/// over: a year without a plan, targets short or never measured, checklists
/// not submitted, returned, changed after approval or failing, and
/// rectifications still open or overdue.
struct SummaryFindings {
    var problems: [String] = []
    var nextSteps: [String] = []

    init(
        plans: [Narrative.PlanYear], activities: [Activity], checklists: [Summary.ChecklistReport],
        rectifications: [Summary.RectificationRow], year: Int, language: Language
    ) {
        var problems: [Localized] = []
        var steps: [Localized] = []
        if plans.isEmpty && activities.isEmpty && checklists.isEmpty {
            problems.append(L.problemNothingRecorded(year))
            steps.append(L.nextNothingRecorded(year))
        } else {
            if plans.isEmpty {
                problems.append(L.problemNoPlan(year))
                steps.append(L.nextNoPlan(year))
            }
            if activities.isEmpty { problems.append(L.problemNoActivities(year)) }
        }
        for planYear in plans {
            for (task, progress) in zip(planYear.plan.tasks, planYear.progress.tasks) where progress.state != .met {
                let (problem, step) = Self.shortfall(task, progress, language: language)
                problems.append(problem)
                steps.append(step)
            }
        }
        for checklist in checklists {
            let (checklistProblems, step) = Self.standing(checklist)
            problems += checklistProblems
            if let step { steps.append(step) }
        }
        for row in rectifications {
            problems.append(L.problemRectification(row.item, owner: row.owner, due: row.due, overdue: row.overdue))
            steps.append(L.nextRectification(row.item, action: row.action, owner: row.owner, due: row.due))
        }
        self.problems = problems.map { language($0) }
        nextSteps = steps.map { language($0) }
    }

    /// What a task short of its target is, and what to do about it.
    private static func shortfall(_ task: PlanTask, _ progress: TaskProgress, language: Language)
        -> (problem: Localized, step: Localized)
    {
        let wording = TaskWording(title: task.title, progress: progress, language: language)
        if progress.figures.contains(where: \.lacksLastYear) {
            return (L.problemNoLastYear(task.title), L.nextLastYear(task.title))
        }
        guard progress.measured else { return (L.problemUnmeasured(task.title), L.nextMeasure(task.title)) }
        let details = L.taskDetails(
            state: language(progress.state.label), deadline: task.deadline?.description ?? "",
            missed: progress.missingPeriods.map { language($0.label) }.joined(separator: language.listSeparator))
        switch wording.shape {
        case .count:
            return (
                L.problemCountShort(task.title, wording.achieved, atLeast: wording.goals, details),
                L.nextCount(task.title, more: wording.more, atLeast: wording.goals)
            )
        case .level:
            return (
                L.problemLevelShort(task.title, wording.achieved, wording.goals, details),
                L.nextLevel(task.title, wording.goals)
            )
        case .range:
            return (
                L.problemOutOfRange(task.title, wording.achieved, wording.goals, details, over: wording.isOverRange),
                L.nextRange(task.title, wording.goals)
            )
        case .done:
            return (L.problemNotDone(task.title, details), L.nextDone(task.title))
        }
    }

    /// What stands between a checklist and attainment, and the step it asks for.
    private static func standing(_ c: Summary.ChecklistReport) -> (problems: [Localized], step: Localized?) {
        var problems: [Localized] = []
        if c.score == nil {
            problems.append(L.problemNothingApplicable(c.title))
        } else if c.state == .draft {
            // A draft's score is not final yet: that it is not submitted is the problem.
        } else if c.vetoFailed {
            problems.append(L.problemVetoed(c.title))
        } else if c.score.map({ $0 < c.threshold }) == true {
            problems.append(L.problemBelowPassMark(c.title, score: c.scoreText))
        }
        switch c.state {
        case .draft: return (problems + [L.problemDraft(c.title)], L.nextDraft(c.title))
        case .returned:
            return (problems + [L.problemReturned(c.title, comment: c.comment ?? "")], L.nextReturned(c.title))
        case .approved where c.passes && !c.attained:
            return (problems + [L.problemChanged(c.title)], L.nextChanged(c.title))
        case .approved, .submitted: return (problems, nil)
        }
    }
}
