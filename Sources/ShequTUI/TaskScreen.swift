import ShequDomain
import ShequText

/// The task detail: a task's figures, the periods it missed, its rate
/// readings (a list to correct and delete from) and the activities that
/// count for it.
public struct TaskPage: Sendable {
    var communityID: String
    var planID: String
    var taskID: String
    var offset = 0
    /// The selected reading, newest first, of a rate task.
    var reading = 0
}

extension AppState {
    static let taskKeys = KeyTable<PlanAction>(
        Movement.bindings(PlanAction.move) + [
            KeyBinding([.char("a")], "a", L.keyLogActivity, .logActivity, hint: true),
            KeyBinding([.char("m"), .char("n")], "m n", L.keyReading, .reading, hint: true),
            KeyBinding([.enter], "Enter", L.keyEditReading, .editReading, hint: true),
            KeyBinding([.char("d"), .delete], "d Del", L.keyDeleteReading, .deleteReading),
            KeyBinding([.char(" ")], "Space", L.keyToggleDone, .toggleDone),
            KeyBinding([.char("e")], "e", L.keyEditTask, .edit, hint: true),
            SharedKeys.undo(.undo), SharedKeys.redo(.redo), SharedKeys.back(.back),
        ])

    /// The task of the detail page and its plan and community, while they exist.
    func taskContext(_ page: TaskPage) -> (Community, Plan, PlanTask)? {
        guard let (community, plan) = planContext(page.communityID, page.planID),
            let task = plan.tasks.first(where: { $0.id == page.taskID })
        else { return nil }
        return (community, plan, task)
    }

    /// A rate task's readings as the detail lists them, newest first.
    static func readings(_ task: PlanTask) -> [RateReading] {
        task.measurements.sorted { $0.date > $1.date }
    }

    /// Lines of the detail that fit below the title bar.
    var taskVisibleLines: Int { max(1, size.rows - Chrome.rows - 1) }

    mutating func updateTaskPage(_ key: Key) -> KeyResult {
        guard case .task(var page) = pages.last else { return .unhandled }
        guard let (community, plan, task) = taskContext(page) else {
            pages.removeLast()
            return .done
        }
        let lookup = Self.taskKeys.lookup(key, refusal: { taskRefusal($0, communityID: community.id, task: task) })
        guard case .action(let action) = lookup else { return reject(lookup) }
        let readings = Self.readings(task)
        switch action {
        case .move:
            let lines = taskLines(community: community, plan: plan, task: task, page: page)
            if let movement = Movement.of(key), !readings.isEmpty {
                // With readings, the keys move the selection among them and the page follows it.
                var list = ListState()
                list.selected = page.reading
                list.move(movement, count: readings.count, visible: taskVisibleLines)
                page.reading = list.selected
                let line = taskLines(community: community, plan: plan, task: task, page: page).firstIndex {
                    $0.2 == .selected
                }
                if let line, line < page.offset || line >= page.offset + taskVisibleLines {
                    page.offset = max(0, line - taskVisibleLines / 2)
                }
            } else {
                page.offset =
                    Movement.of(key)?.scroll(page.offset, lines: lines.count, visible: taskVisibleLines) ?? page.offset
            }
            pages[pages.count - 1] = .task(page)
            return .done
        case .editReading, .deleteReading:
            guard readings.indices.contains(page.reading) else {
                say(L.nothingSelected)
                return .done
            }
            let reading = readings[page.reading]
            if action == .deleteReading {
                prompt = .deleteReading(community.id, task.id, reading)
                return .done
            }
            return .handled(
                openRecordForm(
                    ReadingDraft(plan: plan, task: task, reading: reading, date: reading.date),
                    communityID: community.id))
        case .undo: return .handled(undo())
        case .redo: return .handled(redo())
        case .back:
            pages.removeLast()
            return .done
        default:
            return .handled(taskAction(action, community: community, plan: plan, task: task))
        }
    }

    /// The detail as lines: (label, text, role).
    /// The selected reading's line has the role `.selected`.
    func taskLines(community: Community, plan: Plan, task: PlanTask, page: TaskPage) -> [(String, String, Role)] {
        let progress = TaskProgress(task: task, plan: plan, community: community, today: today)
        var lines: [(String, String, Role)] = [
            // Each target says what it counts: "≥12次（活动次数）".
            (
                language(L.target),
                task.targets.map { $0.fullText(language) }.joined(separator: language.listSeparator),
                .normal
            ),
            (
                language(L.actual),
                ProgressText.actual(progress, language)
                    + (progress.measured ? "  (\(progress.percent)%)" : ""), .normal
            ),
            (language(L.state), language(progress.state.label), Self.role(progress.state)),
            (language(L.owner), task.owner, .normal),
            (language(L.deadline), task.deadline?.description ?? language(L.endOfYear), .normal),
        ]
        // A rise on last year shows the figure it starts from and the goal it makes.
        for figure in progress.figures where figure.target.rise != nil {
            let from = figure.lastYear.map { ProgressText.actual($0, figure.target.kind, language) }
            let text =
                from.map {
                    language(L.lastYearFigure($0)) + language.listSeparator + language(L.target) + " "
                        + figure.target.goalText(figure.goal, language)
                } ?? language(L.noLastYearFigure)
            lines.insert((language(L.riseOnLastYear), text, from == nil ? .warn : .normal), at: 1)
        }
        if let recurrence = task.recurrence {
            lines.append((language(L.recurrence), recurrence.text(language), .normal))
            let missing = progress.missingPeriods.map { language($0.label) }.joined(
                separator: language.listSeparator)
            let label = language(L.missingPeriods)
            let width = max(10, size.columns - DisplayWidth.of(label) - 6)
            for (index, part) in DisplayWidth.wrap(missing.isEmpty ? language(L.noneMissing) : missing, to: width)
                .enumerated()
            {
                // Continuation lines carry a blank label so they line up under the first.
                lines.append((index == 0 ? label : " ", part, missing.isEmpty ? .ok : .warn))
            }
        }
        if !task.notes.isEmpty { lines.append((language(L.notes), task.notes, .normal)) }
        if task.target.kind.takesReadings {
            lines += [("", "", .normal), (language(L.readings), "", .header)]
            if task.measurements.isEmpty { lines.append(("", language(L.noReadings), .dim)) }
            for (index, reading) in Self.readings(task).enumerated() {
                // A reading of another year is listed, and said not to count.
                let outside =
                    TaskProgress.counts(reading, in: plan)
                    ? "" : "  (" + language(L.readingOutsidePlanYear(plan.year)) + ")"
                let text = reading.date.description + "  " + Target.number(reading.percent) + "%  " + reading.notes
                let role: Role = index == page.reading ? .selected : outside.isEmpty ? .normal : .warn
                lines.append(("", text + outside, role))
            }
        }
        let counted = progress.counted.sorted { $0.date > $1.date }
        lines += [("", "", .normal), (language(L.countedActivities(counted.count)), "", .header)]
        if counted.isEmpty { lines.append(("", language(L.noActivities), .dim)) }
        let titleWidth = min(30, counted.map { DisplayWidth.of($0.title) }.max() ?? 0)
        for activity in counted {
            let figures = Self.figures(of: activity, for: task, language)
            lines.append(
                (
                    "",
                    activity.date.description + "  " + DisplayWidth.fit(activity.title, to: titleWidth) + "  "
                        + figures, .normal
                ))
        }
        return lines
    }

    /// What an activity adds to the task's targets: sessions and people,
    /// households, or the money it spent, as the targets count.
    static func figures(of activity: Activity, for task: PlanTask, _ language: Language) -> String {
        var parts: [String] = []
        for kind in task.targets.map(\.kind) {
            let part: String
            switch kind {
            case .households: part = language(L.households(activity.households ?? 0))
            case .amount, .amountPerResident: part = language(L.yuan(Target.number(activity.amount ?? 0)))
            case .kinds: part = language(activity.kind.label)
            case .activities, .sessions, .participants, .rate, .done, .heldOnDay:
                part = language(L.sessionsAndPeople(activity.sessions, activity.participants))
            }
            if !parts.contains(part) { parts.append(part) }
        }
        return parts.joined(separator: " ")
    }

    func renderTaskPage(_ page: TaskPage, into buffer: inout ScreenBuffer) {
        guard let (community, plan, task) = taskContext(page) else { return }
        Chrome.drawTitle(
            language(L.appName) + " > " + community.name + " > " + task.title, right: Chrome.badge(self), into: &buffer)
        let lines = taskLines(community: community, plan: plan, task: task, page: page)
        let labelWidth = lines.filter { $0.2 != .header }.map { DisplayWidth.of($0.0) }.max() ?? 0
        for (index, line) in lines.dropFirst(page.offset).prefix(taskVisibleLines).enumerated() {
            let row = 2 + index
            if line.2 == .header {
                buffer.write(line.0, column: 2, row: row, role: .header)
                continue
            }
            let valueColumn = line.0.isEmpty ? 4 : 2 + labelWidth + 2
            buffer.write(line.0, column: 2, row: row, width: labelWidth, role: .dim)
            buffer.write(line.1, column: valueColumn, row: row, width: size.columns - valueColumn - 1, role: line.2)
        }
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(
            Self.taskKeys.hints(refusal: { taskRefusal($0, communityID: community.id, task: task) }), state: self,
            into: &buffer)
    }
}
