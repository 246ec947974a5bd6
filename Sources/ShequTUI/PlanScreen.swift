import ShequCore

/// The Plan screen's state: which plan of which community, and the
/// selected task.
public struct PlanPage: Sendable {
    var communityID: String
    var planID: String
    var list = ListState()
}

/// What a key does on the Plan screen and the task detail.
enum PlanAction: Sendable {
    case move, open, logActivity, reading, new, edit, delete, toggleDone, undo, redo, export, help, back
}

extension AppState {
    static let planKeys = KeyTable<PlanAction>(
        Movement.bindings(PlanAction.move) + [
            KeyBinding([.enter], "Enter", L.keyOpenTask, .open, hint: true),
            KeyBinding([.char("a")], "a", L.keyLogActivity, .logActivity, hint: true),
            KeyBinding([.char("m")], "m", L.keyReading, .reading, hint: true),
            KeyBinding([.char(" ")], "Space", L.keyToggleDone, .toggleDone),
            KeyBinding([.char("n")], "n", L.keyNewTask, .new, hint: true),
            KeyBinding([.char("e")], "e", L.keyEditTask, .edit),
            KeyBinding([.char("d"), .delete], "d Del", L.keyDeleteTask, .delete),
            KeyBinding([.char("u")], "u", L.keyUndo, .undo),
            KeyBinding([.ctrl("r")], "Ctrl-R", L.keyRedo, .redo),
            KeyBinding([.char("x")], "x", L.keyExport, .export),
            KeyBinding([.char("?"), .function(1)], "? F1", L.keyHelp, .help, hint: true),
            KeyBinding([.escape, .char("q")], "Esc q", L.keyBack, .back, hint: true),
        ])

    /// The plan and its community, when both still exist.
    func planContext(_ communityID: String, _ planID: String) -> (Community, Plan)? {
        guard let community = community(id: communityID), let plan = community.plans.first(where: { $0.id == planID })
        else { return nil }
        return (community, plan)
    }

    /// Rows the task table gets below the plan's header lines.
    var planTableRows: Int { max(2, size.rows - Chrome.rows - 3) }

    mutating func updatePlanPage(_ key: Key) -> [Effect] {
        guard case .plan(var page) = pages.last, let action = Self.planKeys.action(for: key) else { return [] }
        guard let (community, plan) = planContext(page.communityID, page.planID) else {
            pages.removeLast()
            return []
        }
        let task = plan.tasks.indices.contains(page.list.selected) ? plan.tasks[page.list.selected] : nil
        var effects: [Effect] = []
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.list.move(movement, count: plan.tasks.count, visible: planTableRows - 1)
            }
        case .open:
            guard let task else {
                say(L.nothingSelected)
                return []
            }
            pages.append(.task(TaskPage(communityID: community.id, planID: plan.id, taskID: task.id)))
            return []
        case .new:
            return openRecordForm(TaskDraft(planID: plan.id, task: nil), communityID: community.id)
        case .delete:
            guard let task else {
                say(L.nothingSelected)
                return []
            }
            if let why = reasonNotEditable(id: community.id) {
                say(why, error: true)
            } else {
                prompt = .deleteTask(community.id, plan.id, task.id)
            }
        case .undo: effects = undo()
        case .redo: effects = redo()
        case .export:
            return openExport(communityIDs: [community.id], year: plan.year, scopeLabel: community.name)
        case .help: showingHelp = true
        case .back:
            pages.removeLast()
            return []
        case .logActivity, .reading, .edit, .toggleDone:
            guard let task else {
                say(L.nothingSelected)
                return []
            }
            return taskAction(action, community: community, plan: plan, task: task)
        }
        if case .plan = pages.last { pages[pages.count - 1] = .plan(page) }
        return effects
    }

    /// The actions the Plan screen and the task detail share for one task.
    mutating func taskAction(_ action: PlanAction, community: Community, plan: Plan, task: PlanTask) -> [Effect] {
        switch action {
        case .logActivity:
            return openRecordForm(
                ActivityDraft(activity: nil, community: community, today: today, presetTasks: [task.id]),
                communityID: community.id)
        case .reading:
            guard task.target.kind == .rate else {
                say(L.readingOnlyForRates, error: true)
                return []
            }
            return openRecordForm(ReadingDraft(planID: plan.id, task: task, today: today), communityID: community.id)
        case .edit:
            return openRecordForm(TaskDraft(planID: plan.id, task: task), communityID: community.id)
        case .toggleDone:
            guard task.target.kind == .done else {
                say(L.toggleOnlyForDone, error: true)
                return []
            }
            if let why = reasonNotEditable(id: community.id) {
                say(why, error: true)
                return []
            }
            var updated = community
            for p in updated.plans.indices where updated.plans[p].id == plan.id {
                for t in updated.plans[p].tasks.indices where updated.plans[p].tasks[t].id == task.id {
                    updated.plans[p].tasks[t].completed.toggle()
                }
            }
            let label = L.changeToggleDone(task.title)
            return [
                .save(Change(before: community, after: updated, label: label, message: L.savedChange(label)), .apply)
            ]
        default:
            return []
        }
    }

    /// The colour of a task's state: ok, warning, failure.
    static func role(_ state: TaskProgress.State) -> Role {
        switch state {
        case .met: .ok
        case .onTrack: .normal
        case .behind: .warn
        case .overdue: .fail
        }
    }

    func renderPlanPage(_ page: PlanPage, into buffer: inout ScreenBuffer) {
        guard let (community, plan) = planContext(page.communityID, page.planID) else { return }
        Chrome.drawTitle(
            language(L.appName) + " > " + community.name + " > " + plan.title, right: Chrome.badge(self), into: &buffer)
        let progress = PlanProgress(plan: plan, community: community, today: today)
        let summary = [
            String(plan.year), language(plan.category.label), language(L.tasksMetCount(progress.met, plan.tasks.count)),
            "\(progress.percent)%",
        ]
        buffer.write(summary.joined(separator: "  "), column: 2, row: 1, role: .dim)
        buffer.write(plan.objective, column: 2, row: 2, width: size.columns - 3, role: .dim)
        if plan.tasks.isEmpty {
            buffer.write(language(L.noTasks), column: 2, row: 4, role: .dim)
        } else {
            let wide = size.columns >= 100
            let barWidth = wide ? 12 : 6
            var columns: [Table.Column] = [
                .init(title: language(L.taskTitle)), .init(title: language(L.target), shrinks: false),
                .init(title: language(L.actual), alignRight: true, shrinks: false),
                .init(title: language(L.progress), shrinks: false),
                .init(title: language(L.state), shrinks: false),
            ]
            if wide {
                columns += [.init(title: language(L.owner)), .init(title: language(L.deadline), shrinks: false)]
            }
            let rows: [[Table.Cell]] = zip(plan.tasks, progress.tasks).map { task, p in
                let bar = ProgressText.bar(p.percent, width: barWidth)
                var state = language(p.state.label)
                if !p.missingPeriods.isEmpty { state += language(L.missingCount(p.missingPeriods.count)) }
                var cells = [
                    Table.Cell(task.title), Table.Cell(task.target.text(language)),
                    Table.Cell(ProgressText.actual(p.actual, task.target.kind, language)),
                    Table.Cell(
                        String(repeating: "#", count: bar.filled) + String(repeating: "-", count: bar.empty)
                            + String(format: "%4d%%", min(999, p.percent)), role: .progress, emphasis: bar.filled),
                    Table.Cell(state, role: Self.role(p.state)),
                ]
                if wide { cells += [Table.Cell(task.owner), Table.Cell(task.deadline?.description ?? "")] }
                return cells
            }
            var list = page.list
            list.clamp(count: plan.tasks.count, visible: planTableRows - 1)
            Table(columns: columns, rows: rows).draw(into: &buffer, top: 3, height: planTableRows, state: list)
        }
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(Self.planKeys.hints, language: language, into: &buffer)
    }
}
