import ShequDomain
import ShequText

/// The Plan screen's state: which plan of which community, and the
/// selected task.
public struct PlanPage: Sendable {
    var communityID: String
    var planID: String
    var list = ListState()
}

/// What a key does on the Plan screen and the task detail.
enum PlanAction: Sendable {
    case move, open, logActivity, reading, editReading, deleteReading, new, edit, delete, toggleDone, undo, redo, export
    case back
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
            SharedKeys.undo(.undo), SharedKeys.redo(.redo), SharedKeys.export(.export), SharedKeys.back(.back),
        ])

    /// The plan and its community, when both still exist.
    func planContext(_ communityID: String, _ planID: String) -> (Community, Plan)? {
        guard let community = community(id: communityID), let plan = community.plans.first(where: { $0.id == planID })
        else { return nil }
        return (community, plan)
    }

    /// The task table, below the plan's two header lines.
    var planTable: TableLayout { TableLayout(top: 3, visibleRows: max(1, size.rows - Chrome.rows - 4)) }

    /// The task selected on the Plan screen.
    func selectedTask(_ page: PlanPage) -> PlanTask? {
        guard let (_, plan) = planContext(page.communityID, page.planID) else { return nil }
        return plan.tasks.indices.contains(page.list.selected) ? plan.tasks[page.list.selected] : nil
    }

    /// Why a task action cannot be taken: the data cannot change, or the
    /// task's target does not take it (readings for rates, a mark for done tasks).
    func taskRefusal(_ action: PlanAction, communityID: String, task: PlanTask?) -> Localized? {
        switch action {
        case .logActivity, .new, .edit, .delete: return recordsRefusal(id: communityID)
        case .reading, .editReading, .deleteReading:
            if let task, !task.target.kind.takesReadings { return L.readingOnlyForRates }
            return recordsRefusal(id: communityID)
        case .toggleDone:
            if let task, !task.target.kind.isMarkedByHand { return L.toggleOnlyForDone }
            return recordsRefusal(id: communityID)
        default: return nil
        }
    }

    mutating func updatePlanPage(_ key: Key) -> KeyResult {
        guard case .plan(var page) = pages.last else { return .unhandled }
        guard let (community, plan) = planContext(page.communityID, page.planID) else {
            pages.removeLast()
            return .done
        }
        let task = selectedTask(page)
        let lookup = Self.planKeys.lookup(key, refusal: { taskRefusal($0, communityID: community.id, task: task) })
        guard case .action(let action) = lookup else { return reject(lookup) }
        var effects: [Effect] = []
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.list.move(movement, count: plan.tasks.count, visible: planTable.visibleRows)
            }
        case .open:
            guard let task else {
                say(L.nothingSelected)
                return .done
            }
            pages.append(.task(TaskPage(communityID: community.id, planID: plan.id, taskID: task.id)))
            return .done
        case .new:
            return .handled(openRecordForm(TaskDraft(planID: plan.id, task: nil), communityID: community.id))
        case .delete:
            guard let task else {
                say(L.nothingSelected)
                return .done
            }
            prompt = .deleteTask(community.id, plan.id, task.id)
        case .undo: effects = undo()
        case .redo: effects = redo()
        case .editReading, .deleteReading: break  // the task detail's, where the readings are listed
        case .export:
            return .handled(openExport(communityIDs: [community.id], year: plan.year, scopeLabel: community.name))
        case .back:
            pages.removeLast()
            return .done
        case .logActivity, .reading, .edit, .toggleDone:
            guard let task else {
                say(L.nothingSelected)
                return .done
            }
            return .handled(taskAction(action, community: community, plan: plan, task: task))
        }
        if case .plan = pages.last { pages[pages.count - 1] = .plan(page) }
        return .handled(effects)
    }

    mutating func planPageMouse(_ mouse: MouseEvent) {
        guard case .plan(var page) = pages.last, let (_, plan) = planContext(page.communityID, page.planID) else {
            return
        }
        page.list.apply(mouse, layout: planTable, count: plan.tasks.count)
        pages[pages.count - 1] = .plan(page)
    }

    /// The actions the Plan screen and the task detail share for one task.
    mutating func taskAction(_ action: PlanAction, community: Community, plan: Plan, task: PlanTask) -> [Effect] {
        switch action {
        case .logActivity:
            // Dated in the plan's year (today's day of it), so that the activity counts for the task it is logged for.
            return openRecordForm(
                ActivityDraft(
                    activity: nil, community: community, today: today, presetTasks: [task.id],
                    date: today.sameDay(inYear: plan.year) ?? today),
                communityID: community.id)
        case .reading:
            // Dated in the plan's year too, so that the reading counts.
            return openRecordForm(
                ReadingDraft(plan: plan, task: task, date: today.sameDay(inYear: plan.year) ?? today),
                communityID: community.id)
        case .edit:
            return openRecordForm(TaskDraft(planID: plan.id, task: task), communityID: community.id)
        case .toggleDone:
            guard let toggled = community.togglingDone(task.id) else {
                say(L.toggleOnlyForDone, error: true)
                return []
            }
            let label = L.changeToggleDone(task.title)
            return saveEdit(community, toggled, label: label, message: L.savedChange(label))
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
        // The title again below the breadcrumb, which a long community name may cut.
        let summary = [
            String(plan.year), language(plan.category.label), language(L.tasksMetCount(progress.met, plan.tasks.count)),
            "\(progress.percent)%",
        ]
        let used = buffer.write(plan.title, column: 2, row: 1, width: size.columns - 3, role: .header)
        buffer.write(
            summary.joined(separator: "  "), column: 2 + used + 2, row: 1, width: max(0, size.columns - 5 - used),
            role: .dim)
        buffer.write(plan.objective, column: 2, row: 2, width: size.columns - 3, role: .dim)
        if plan.tasks.isEmpty {
            buffer.write(language(L.noTasks), column: 2, row: 4, role: .dim)
        } else {
            let wide = size.columns >= 100
            let barWidth = wide ? 12 : 6
            var columns: [Table.Column] = [
                .init(title: language(L.taskTitle)), .init(title: language(L.target)),
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
                    Table.Cell(task.title), Table.Cell(task.targetText(language)),
                    Table.Cell(ProgressText.actual(p, language)),
                    Table.Cell(
                        String(repeating: "#", count: bar.filled) + String(repeating: "-", count: bar.empty)
                            + (p.measured
                                ? String(format: "%4d%%", min(999, p.percent)) : "    " + ProgressText.unmeasured),
                        role: .progress, emphasis: bar.filled),
                    Table.Cell(state, role: Self.role(p.state)),
                ]
                if wide { cells += [Table.Cell(task.owner), Table.Cell(task.deadline?.description ?? "")] }
                return cells
            }
            Table(columns: columns, rows: rows).draw(into: &buffer, layout: planTable, state: page.list)
        }
        Chrome.drawMessage(self, into: &buffer)
        let task = selectedTask(page)
        Chrome.drawHints(
            Self.planKeys.hints(refusal: { taskRefusal($0, communityID: community.id, task: task) }), state: self,
            into: &buffer)
    }
}
