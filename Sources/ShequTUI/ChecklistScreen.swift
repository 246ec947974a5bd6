import ShequDomain
import ShequText

/// The Checklist screen's state: which checklist, and the selected item.
public struct ChecklistPage: Sendable {
    var communityID: String
    var checklistID: String
    var list = ListState()
}

/// What a key does on the Checklist screen.
enum ChecklistAction: Sendable {
    case move, cycle, pass, fail, notApplicable, edit, open, link, submit, approve, giveBack, reopen, followUp, verify
    case undo, redo, back

    /// The workflow step the action takes, if it is one.
    var step: ChecklistWorkflow.Step? {
        switch self {
        case .cycle, .pass, .fail, .notApplicable, .edit, .link: .edit
        case .submit: .submit
        case .approve: .approve
        case .giveBack: .giveBack
        case .reopen: .reopen
        case .followUp: .followUp
        case .verify: .verify
        case .move, .open, .undo, .redo, .back: nil
        }
    }
}

/// The lines of the Checklist screen (headings, items, the review trail),
/// which of them show, and where: what drawing, moving and clicks share.
struct ChecklistLayout {
    var lines: [(text: String, role: Role, item: Int?)]
    /// The screen row of the first line shown.
    var top: Int
    var visibleRows: Int
    /// The index of the first line shown.
    var start: Int

    /// The item drawn on screen row `row`, if any.
    func item(atScreenRow row: Int) -> Int? {
        guard row >= top, row < top + visibleRows else { return nil }
        let index = start + row - top
        return lines.indices.contains(index) ? lines[index].item : nil
    }
}

extension AppState {
    static let checklistKeys = KeyTable<ChecklistAction>(
        Movement.bindings(ChecklistAction.move) + [
            KeyBinding([.char(" ")], "Space", L.keyCycleResult, .cycle, hint: true),
            KeyBinding([.char("p")], "p", L.keyResultPass, .pass),
            KeyBinding([.char("f")], "f", L.keyResultFail, .fail),
            KeyBinding([.char("n")], "n", L.keyResultNotApplicable, .notApplicable),
            KeyBinding([.char("e")], "e", L.keyEditEvidence, .edit, hint: true),
            KeyBinding([.enter], "Enter", L.keyOpenItem, .open),
            KeyBinding([.char("L")], "L", L.keyLinkTask, .link),
            KeyBinding([.char("s")], "s", L.keySubmit, .submit, hint: true),
            KeyBinding([.char("a")], "a", L.keyApprove, .approve, hint: true),
            KeyBinding([.char("r")], "r", L.keyReturn, .giveBack, hint: true),
            KeyBinding([.char("O")], "O", L.keyReopen, .reopen),
            KeyBinding([.char("F")], "F", L.keyFollowUp, .followUp, hint: true),
            KeyBinding([.char("V")], "V", L.keyVerify, .verify, hint: true),
            SharedKeys.undo(.undo), SharedKeys.redo(.redo), SharedKeys.back(.back),
        ])

    /// The checklist and its community, while both exist.
    func checklistContext(_ communityID: String, _ checklistID: String) -> (Community, Checklist)? {
        guard let community = community(id: communityID),
            let checklist = community.checklists.first(where: { $0.id == checklistID })
        else { return nil }
        return (community, checklist)
    }

    /// Why an action cannot be taken: the workflow decides by role and
    /// state, then the data directory or file may be read-only.
    func checklistRefusal(
        _ action: ChecklistAction, _ communityID: String, _ checklist: Checklist, item: ChecklistItem? = nil
    ) -> Localized? {
        guard let step = action.step else { return nil }
        // A follow-up and its verification are about the selected item.
        if step == .followUp || step == .verify, let item {
            return ChecklistWorkflow.refusal(step, item: item.id, of: checklist, by: actor)
                ?? reasonNotEditable(id: communityID)
        }
        return ChecklistWorkflow.refusal(step, checklist, by: actor) ?? reasonNotEditable(id: communityID)
    }

    /// The plan task an item restates, with its plan, while both exist.
    func linkedTask(of item: ChecklistItem, in communityID: String) -> (Community, Plan, PlanTask)? {
        guard let taskID = item.taskID, let community = community(id: communityID) else { return nil }
        for plan in community.plans {
            if let task = plan.tasks.first(where: { $0.id == taskID }) { return (community, plan, task) }
        }
        return nil
    }

    /// The item selected on a Checklist page.
    func selectedItem(_ page: ChecklistPage, of checklist: Checklist) -> ChecklistItem? {
        checklist.items.indices.contains(page.list.selected) ? checklist.items[page.list.selected] : nil
    }

    /// Rows of items below the three header lines.
    var checklistVisibleRows: Int { max(1, size.rows - Chrome.rows - 4) }

    /// The screen's lines, scrolled so that the selected item is in the
    /// middle (and the last item shows the review trail below it).
    func checklistLayout(_ checklist: Checklist, _ page: ChecklistPage) -> ChecklistLayout {
        var lines: [(text: String, role: Role, item: Int?)] = []
        // Items under their headings; the selection moves over items only.
        var group = ""
        for (index, item) in checklist.items.enumerated() {
            if item.group != group {
                group = item.group
                lines.append((group, .header, nil))
            }
            let weight =
                checklist.scored ? DisplayWidth.fit(Target.number(item.weight), to: 3, alignRight: true) + " " : ""
            var text =
                "[" + DisplayWidth.fit(language(item.result.label), to: 6) + "] " + weight + (item.veto ? "*" : " ")
                + item.text
            var role: Role = item.result == .fail ? (item.veto ? .fail : .warn) : item.result == .pass ? .normal : .dim
            // What matters most first, where a narrow screen still shows it: a pass its task does not bear out,
            // a fix recorded after approval, how the linked task stands, then the rectification or evidence.
            let linked = linkedTask(of: item, in: page.communityID).map { community, plan, task in
                (task, TaskProgress(task: task, plan: plan, community: community, today: today))
            }
            // The item restates the target, so a pass before the target is met is one the figures do not bear out.
            if let (_, progress) = linked, item.result == .pass, progress.state != .met {
                text += "  " + language(L.passButTaskBehind)
                role = .warn
            }
            if let followUp = checklist.followUp(of: item.id) {
                text += "  " + language(L.followUpLine(verified: followUp.isVerified))
            }
            if let (task, progress) = linked {
                let figures = ProgressText.actual(progress, language) + "/" + task.targetText(language)
                text += "  " + language(L.linkedTaskShort(figures, language(progress.state.label)))
            }
            if let rectification = item.rectification, item.result == .fail {
                text +=
                    "  "
                    + language(
                        L.rectificationShort(
                            rectification.action, rectification.owner, rectification.due.description, rectification.done
                        ))
            } else if !item.evidence.isEmpty {
                text += "  " + item.evidence
            }
            lines.append((text, role, index))
        }
        let changes = ReturnChanges(checklist, communityID: page.communityID, trusted: trusted)
        if let changes { lines += returnChangeLines(changes) }
        let lastReturn = checklist.reviews.lastIndex { $0.returnedItems != nil }
        if !checklist.reviews.isEmpty {
            lines.append((language(L.reviewHistory), .header, nil))
            for (index, review) in checklist.reviews.enumerated() {
                // An approval after the last return was made against its changes.
                let against =
                    review.decision == .approved && index > (lastReturn ?? checklist.reviews.count)
                        && changes?.holds == true
                    ? language(L.approvedAgainstChanges(changes?.changes.count ?? 0)) : ""
                let comment = (review.comment.isEmpty ? "" : colon + review.comment) + against
                let mark =
                    review.signature != nil
                    ? "  [" + language(L.signed) + "]"
                    : review.digest != nil ? "  [" + language(L.signatureLegacy) + "]" : ""
                lines.append(
                    (
                        "  " + LocalTime.minute(review.time, in: environment.clock.timeZone) + "  " + review.reviewer
                            + "  "
                            + language(L.decision(review.decision)) + comment + mark, .dim, nil
                    ))
            }
        }
        let selectedLine = lines.firstIndex { $0.item == page.list.selected } ?? 0
        let visible = checklistVisibleRows
        let centred = max(0, min(selectedLine - visible / 2, lines.count - visible))
        // The last item shows the whole history below it.
        let lastItemShown = page.list.selected == checklist.items.count - 1
        let start = lastItemShown ? max(0, min(lines.count - visible, selectedLine)) : centred
        return ChecklistLayout(lines: lines, top: 4, visibleRows: visible, start: start)
    }

    /// The section of what changed since the last return: a line per item.
    private func returnChangeLines(_ changes: ReturnChanges) -> [(text: String, role: Role, item: Int?)] {
        let time = LocalTime.minute(changes.returned.time, in: environment.clock.timeZone)
        var lines: [(text: String, role: Role, item: Int?)] = [
            (language(L.changesSinceReturn(time, changes.returned.reviewer)), .header, nil)
        ]
        if !changes.holds { return lines + [("  " + language(L.returnedItemsDoNotHold), .fail, nil)] }
        if changes.changes.isEmpty { return lines + [("  " + language(L.noChangesSinceReturn), .dim, nil)] }
        return lines
            + changes.changes.map { change in
                ("  " + language(L.itemChange(change.number, change.itemText, change.text(language))), .warn, nil)
            }
    }

    mutating func updateChecklistPage(_ key: Key) -> KeyResult {
        guard case .checklist(var page) = pages.last else { return .unhandled }
        guard let (community, checklist) = checklistContext(page.communityID, page.checklistID) else {
            pages.removeLast()
            return .done
        }
        let item = selectedItem(page, of: checklist)
        let lookup = Self.checklistKeys.lookup(
            key, refusal: { checklistRefusal($0, community.id, checklist, item: item) })
        guard case .action(let action) = lookup else { return reject(lookup) }
        var effects: [Effect] = []
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.list.move(movement, count: checklist.items.count, visible: checklistVisibleRows)
            }
        case .cycle:
            guard let item else { return .done }
            effects = setResult(item.result.next, of: item, community: community, checklist: checklist)
        case .pass, .fail:
            guard let item else { return .done }
            effects = setResult(action == .pass ? .pass : .fail, of: item, community: community, checklist: checklist)
        case .notApplicable:
            guard let item else { return .done }
            // A veto item counted as not applicable no longer vetoes: that is asked, not slipped in.
            if item.veto && item.result != .notApplicable {
                prompt = .vetoNotApplicable(community.id, checklist.id, item.id)
            } else {
                effects = setResult(.notApplicable, of: item, community: community, checklist: checklist)
            }
        case .edit:
            guard let item else { return .done }
            effects = openRecordForm(
                ItemDraft(checklistID: checklist.id, item: item, today: today), communityID: community.id)
        case .open:
            // Enter edits what can be edited; anything else, a supervisor's view above all, is read in full.
            guard let item else { return .done }
            if checklistRefusal(.edit, community.id, checklist) == nil {
                effects = openRecordForm(
                    ItemDraft(checklistID: checklist.id, item: item, today: today), communityID: community.id)
            } else {
                pages.append(
                    .item(ItemPage(communityID: community.id, checklistID: checklist.id, itemID: item.id)))
                return .done
            }
        case .submit:
            // What cannot be submitted says why at once; what can is asked about first: it leaves the clerk's hands.
            if case .failure = ChecklistWorkflow.submit(checklist, by: actor, at: environment.clock.now()) {
                effects = submit(checklist.id, of: community.id)
            } else {
                prompt = .submitChecklist(community.id, checklist.id)
            }
        case .approve: effects = openDecision(.approve, on: [(community, checklist)])
        case .giveBack: effects = openDecision(.giveBack, on: [(community, checklist)])
        case .reopen: effects = openDecision(.reopen, on: [(community, checklist)])
        case .link:
            guard let item else { return .done }
            effects = openRecordForm(
                ItemTaskDraft(checklist: checklist, item: item, community: community), communityID: community.id)
        case .followUp:
            guard let item else { return .done }
            effects = openRecordForm(
                FollowUpDraft(checklistID: checklist.id, item: item, clerk: actor, today: today),
                communityID: community.id)
        case .verify:
            guard let item else { return .done }
            let (actor, now) = (actor, environment.clock.now())
            effects = decide(checklist, in: community, label: L.changeVerify(item.text)) {
                ChecklistWorkflow.verifyFollowUp(of: item.id, on: $0, by: actor, at: now)
            }
        case .undo: effects = undo()
        case .redo: effects = redo()
        case .back:
            pages.removeLast()
            return .done
        }
        if let index = pages.lastIndex(where: { if case .checklist = $0 { true } else { false } }) {
            pages[index] = .checklist(page)
        }
        return .handled(effects)
    }

    /// The result of item `itemID`, set after a question was answered.
    mutating func setItemResult(_ result: ItemResult, itemID: String, checklistID: String, communityID: String)
        -> [Effect]
    {
        guard let (community, checklist) = checklistContext(communityID, checklistID),
            let item = checklist.items.first(where: { $0.id == itemID })
        else { return [] }
        return setResult(result, of: item, community: community, checklist: checklist)
    }

    /// Space: the item's next result; a failure asks for its rectification at once.
    private mutating func setResult(
        _ result: ItemResult, of item: ChecklistItem, community: Community, checklist: Checklist
    ) -> [Effect] {
        guard
            case .success(let changed) = ChecklistWorkflow.setResult(result, ofItem: item.id, in: checklist, by: actor)
        else { return [] }
        let label = L.changeItemResult(item.text, result.label)
        if result == .fail, let failed = changed.items.first(where: { $0.id == item.id }) {
            pages.append(
                .record(
                    RecordForm(
                        communityID: community.id,
                        content: .record(ItemDraft(checklistID: checklist.id, item: failed, today: today)))))
        }
        return saveEdit(community, community.replacing(changed), label: label, message: L.savedChange(label))
    }

    /// Saves a workflow step, or says why it was refused.
    /// Submits the checklist to the street office, after the clerk's "y".
    mutating func submit(_ checklistID: String, of communityID: String) -> [Effect] {
        guard let community = community(id: communityID),
            let checklist = community.checklists.first(where: { $0.id == checklistID })
        else { return [] }
        let (actor, now) = (actor, environment.clock.now())
        return decide(checklist, in: community, label: L.changeSubmit(checklist.title)) {
            ChecklistWorkflow.submit($0, by: actor, at: now).mapError { .init([L.cannotSubmit($0.reasons)]) }
        }
    }

    private mutating func decide(
        _ checklist: Checklist, in community: Community, label: Localized,
        _ step: (Checklist) -> Result<Checklist, ChecklistWorkflow.Refusal>
    ) -> [Effect] {
        switch step(checklist) {
        case .success(let next):
            return saveEdit(community, community.replacing(next), label: label, message: L.savedChange(label))
        case .failure(let refusal):
            say(refusal.reasons.first ?? L.unchanged, error: true)
            return []
        }
    }

    /// Approves after the supervisor's "y".
    /// Opens the form of a supervisor's decision on `checklists`: its
    /// title names each community and standard, and its comment is asked for.
    mutating func openDecision(_ kind: DecisionDraft.Kind, on checklists: [(Community, Checklist)]) -> [Effect] {
        let subjects = checklists.map {
            DecisionDraft.Subject(communityID: $0.id, checklist: $1, communityName: $0.name)
        }
        guard let first = subjects.first else { return [] }
        return openDecisionDialog(
            DecisionDraft(kind, subjects, reviewer: actor, time: environment.clock.now()),
            communityID: first.communityID)
    }

    mutating func checklistPageMouse(_ mouse: MouseEvent) {
        guard case .checklist(var page) = pages.last,
            let (_, checklist) = checklistContext(page.communityID, page.checklistID)
        else { return }
        switch mouse.kind {
        case .wheelUp: page.list.selected -= 3
        case .wheelDown: page.list.selected += 3
        case .press:
            guard let item = checklistLayout(checklist, page).item(atScreenRow: mouse.row) else { return }
            page.list.selected = item
        }
        page.list.clamp(count: checklist.items.count, visible: checklistVisibleRows)
        pages[pages.count - 1] = .checklist(page)
    }

    func renderChecklistPage(_ page: ChecklistPage, into buffer: inout ScreenBuffer) {
        guard let (community, checklist) = checklistContext(page.communityID, page.checklistID) else { return }
        Chrome.drawTitle(
            language(L.appName) + " > " + community.name + " > " + checklist.title, right: Chrome.badge(self),
            into: &buffer)
        let evaluation = ChecklistEvaluation(checklist)
        var (state, stateRole) = stateText(checklist, in: community.id)
        if case .valid(let reviewer)? = ApprovalSignature.approvalStatus(
            of: checklist, communityID: community.id, name: community.name, trusted: trusted)
        {
            state = language(L.signatureValid(reviewer))
        }
        var x = buffer.write("  " + checklist.period + "  ", column: 0, row: 1, role: .dim)
        x += buffer.write(state, column: x, row: 1, role: stateRole)
        if let last = checklist.lastDecision {
            buffer.write(
                "  " + last.reviewer + colon
                    + (last.comment.isEmpty ? language(L.noComment) : last.comment),
                column: x, row: 1, width: size.columns - x - 1, role: .dim)
        }
        let threshold =
            checklist.scored ? language(L.thresholdText(Target.number(checklist.threshold))) : language(L.allMustPass)
        x = buffer.write(
            "  " + language(L.score) + " " + evaluation.scoreText(scored: checklist.scored)
                + "  "
                + threshold + "  ", column: 0, row: 2, role: .header)
        if evaluation.vetoFailed {
            x += buffer.write(language(L.vetoFailedLong) + "  ", column: x, row: 2, role: .fail)
        }
        buffer.write(
            language(evaluation.passes ? L.passes : L.doesNotPass), column: x, row: 2,
            role: evaluation.passes ? .ok : .warn)
        if ChecklistWorkflow.refusal(.submit, checklist, by: actor) == nil {
            let ready =
                evaluation.notReady.isEmpty
                ? language(L.readyToSubmit)
                : language(L.notReadyBecause) + evaluation.notReady.map { language($0) }.joined(separator: "；")
            buffer.write(
                "  " + ready, column: 0, row: 3, width: size.columns - 1, role: evaluation.notReady.isEmpty ? .ok : .dim
            )
        }
        let layout = checklistLayout(checklist, page)
        for (row, line) in layout.lines.dropFirst(layout.start).prefix(layout.visibleRows).enumerated() {
            let y = layout.top + row
            let selected = line.item == page.list.selected
            if selected { buffer.clear(row: y, role: .selected) }
            buffer.write(
                line.item == nil ? " " + line.text : "   " + line.text, column: 0, row: y, width: size.columns - 1,
                role: selected ? .selected : line.role)
        }
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(
            Self.checklistKeys.hints(
                refusal: { checklistRefusal($0, community.id, checklist, item: selectedItem(page, of: checklist)) }),
            state: self,
            into: &buffer)
    }
}
