import ShequCore

/// The Checklist screen's state: which checklist, and the selected item.
public struct ChecklistPage: Sendable {
    var communityID: String
    var checklistID: String
    var list = ListState()
}

/// What a key does on the Checklist screen.
enum ChecklistAction: Sendable {
    case move, cycle, edit, submit, approve, giveBack, reopen, undo, redo, help, back

    /// The role an action belongs to; nil when anyone may use it.
    var role: UserRole? {
        switch self {
        case .cycle, .edit, .submit: .clerk
        case .approve, .giveBack, .reopen: .supervisor
        default: nil
        }
    }
}

extension AppState {
    static let checklistKeys = KeyTable<ChecklistAction>(
        Movement.bindings(ChecklistAction.move) + [
            KeyBinding([.char(" ")], "Space", L.keyCycleResult, .cycle, hint: true),
            KeyBinding([.char("e"), .enter], "e Enter", L.keyEditEvidence, .edit, hint: true),
            KeyBinding([.char("s")], "s", L.keySubmit, .submit, hint: true),
            KeyBinding([.char("a")], "a", L.keyApprove, .approve, hint: true),
            KeyBinding([.char("r")], "r", L.keyReturn, .giveBack, hint: true),
            KeyBinding([.char("O")], "O", L.keyReopen, .reopen),
            KeyBinding([.char("u")], "u", L.keyUndo, .undo),
            KeyBinding([.ctrl("r")], "Ctrl-R", L.keyRedo, .redo),
            KeyBinding([.char("?"), .function(1)], "? F1", L.keyHelp, .help, hint: true),
            KeyBinding([.escape, .char("q")], "Esc q", L.keyBack, .back, hint: true),
        ])

    /// The checklist and its community, while both exist.
    func checklistContext(_ communityID: String, _ checklistID: String) -> (Community, Checklist)? {
        guard let community = community(id: communityID),
            let checklist = community.checklists.first(where: { $0.id == checklistID })
        else { return nil }
        return (community, checklist)
    }

    /// The community with `checklist` replacing its namesake.
    private func replacing(_ checklist: Checklist, in community: Community) -> Community {
        var updated = community
        for index in updated.checklists.indices where updated.checklists[index].id == checklist.id {
            updated.checklists[index] = checklist
        }
        return updated
    }

    /// Header rows above the items: title line, score line, readiness line.
    private var checklistHeaderRows: Int { 4 }
    var checklistVisibleRows: Int { max(1, size.rows - Chrome.rows - checklistHeaderRows) }

    mutating func updateChecklistPage(_ key: Key) -> [Effect] {
        guard case .checklist(var page) = pages.last, let action = Self.checklistKeys.action(for: key) else {
            return []
        }
        guard let (community, checklist) = checklistContext(page.communityID, page.checklistID) else {
            pages.removeLast()
            return []
        }
        let item = checklist.items.indices.contains(page.list.selected) ? checklist.items[page.list.selected] : nil
        if let owner = action.role, owner != role {
            say(owner == .clerk ? L.clerkOnly : L.supervisorOnly, error: true)
            return []
        }
        var effects: [Effect] = []
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.list.move(movement, count: checklist.items.count, visible: checklistVisibleRows)
            }
        case .cycle, .edit, .submit:
            if let why = reasonNotEditable(id: community.id) {
                say(why, error: true)
                return []
            }
            guard ChecklistWorkflow.isEditable(checklist) else {
                say(L.notEditableInState(checklist.state), error: true)
                return []
            }
            guard let item else { return [] }
            effects = clerkAction(action, community: community, checklist: checklist, item: item)
        case .approve:
            guard checklist.state == .submitted else {
                say(L.onlySubmittedCanBeDecided, error: true)
                return []
            }
            prompt = .approveChecklist(community.id, checklist.id)
        case .giveBack:
            guard checklist.state == .submitted else {
                say(L.onlySubmittedCanBeDecided, error: true)
                return []
            }
            return openRecordForm(
                ReturnDraft(checklist: checklist, reviewer: userName, time: now()), communityID: community.id)
        case .reopen:
            switch ChecklistWorkflow.reopen(checklist, by: userName, comment: "", at: now()) {
            case .success(let reopened):
                let label = L.changeReopen(checklist.title)
                effects = [
                    .save(
                        Change(
                            before: community, after: replacing(reopened, in: community), label: label,
                            message: L.savedChange(label)), .apply)
                ]
            case .failure(let refusal): say(refusal.reasons.first ?? L.onlyApprovedCanBeReopened, error: true)
            }
        case .undo: effects = undo()
        case .redo: effects = redo()
        case .help: showingHelp = true
        case .back:
            pages.removeLast()
            return []
        }
        if let index = pages.lastIndex(where: { if case .checklist = $0 { true } else { false } }) {
            pages[index] = .checklist(page)
        }
        return effects
    }

    /// Space, e and s of the clerk on an editable checklist.
    private mutating func clerkAction(
        _ action: ChecklistAction, community: Community, checklist: Checklist, item: ChecklistItem
    ) -> [Effect] {
        switch action {
        case .cycle:
            var changed = checklist
            guard let index = changed.items.firstIndex(where: { $0.id == item.id }) else { return [] }
            changed.items[index].result = item.result.next
            let label = L.changeItemResult(item.text, item.result.next)
            let effect = Effect.save(
                Change(
                    before: community, after: replacing(changed, in: community), label: label,
                    message: L.savedChange(label)), .apply)
            if item.result.next == .fail {
                // A failed item asks for its rectification at once.
                pages.append(
                    .record(
                        RecordForm(
                            communityID: community.id,
                            draft: ItemDraft(checklistID: checklist.id, item: changed.items[index], today: today))))
            }
            return [effect]
        case .edit:
            return openRecordForm(
                ItemDraft(checklistID: checklist.id, item: item, today: today), communityID: community.id)
        case .submit:
            switch ChecklistWorkflow.submit(checklist, by: userName, at: now()) {
            case .success(let submitted):
                let label = L.changeSubmit(checklist.title)
                return [
                    .save(
                        Change(
                            before: community, after: replacing(submitted, in: community), label: label,
                            message: L.savedChange(label)), .apply)
                ]
            case .failure(let refusal):
                say(L.cannotSubmit(refusal.reasons), error: true)
                return []
            }
        default:
            return []
        }
    }

    /// Approves after the supervisor's "y".
    mutating func approveChecklist(_ communityID: String, _ checklistID: String) -> [Effect] {
        guard let (community, checklist) = checklistContext(communityID, checklistID) else { return [] }
        switch ChecklistWorkflow.approve(checklist, by: userName, comment: "", at: now()) {
        case .success(let approved):
            let label = L.changeApprove(checklist.title)
            return [
                .save(
                    Change(
                        before: community, after: replacing(approved, in: community), label: label,
                        message: L.savedChange(label)), .apply)
            ]
        case .failure(let refusal):
            say(refusal.reasons.first ?? L.onlySubmittedCanBeDecided, error: true)
            return []
        }
    }

    func renderChecklistPage(_ page: ChecklistPage, into buffer: inout ScreenBuffer) {
        guard let (community, checklist) = checklistContext(page.communityID, page.checklistID) else { return }
        Chrome.drawTitle(
            language(L.appName) + " > " + community.name + " > " + checklist.title, right: Chrome.badge(self),
            into: &buffer)
        let evaluation = ChecklistEvaluation(checklist)
        let (state, stateRole) = stateText(checklist)
        var x = buffer.write("  " + checklist.period + "  ", column: 0, row: 1, role: .dim)
        x += buffer.write(state, column: x, row: 1, role: stateRole)
        if let last = checklist.reviews.last(where: { $0.decision != .submitted }) {
            buffer.write(
                "  " + last.reviewer + colon
                    + (last.comment.isEmpty ? language(Localized(zh: "（无意见）", en: "(no comment)")) : last.comment),
                column: x, row: 1, width: size.columns - x - 1, role: .dim)
        }
        let threshold =
            checklist.scored ? language(L.thresholdText(Target.number(checklist.threshold))) : language(L.allMustPass)
        x = buffer.write(
            "  " + language(L.score) + " " + Target.number(evaluation.score) + (checklist.scored ? "/100" : "%") + "  "
                + threshold + "  ", column: 0, row: 2, role: .header)
        if evaluation.vetoFailed {
            x += buffer.write(language(L.vetoFailedLong) + "  ", column: x, row: 2, role: .fail)
        }
        buffer.write(
            language(evaluation.passes ? L.passes : L.doesNotPass), column: x, row: 2,
            role: evaluation.passes ? .ok : .warn)
        if ChecklistWorkflow.isEditable(checklist) && role == .clerk {
            let ready =
                evaluation.notReady.isEmpty
                ? language(L.readyToSubmit)
                : language(L.notReadyBecause) + evaluation.notReady.map { language($0) }.joined(separator: "；")
            buffer.write(
                "  " + ready, column: 0, row: 3, width: size.columns - 1, role: evaluation.notReady.isEmpty ? .ok : .dim
            )
        }
        // Items under their headings; the selection moves over items only.
        var lines: [(text: String, role: Role, item: Int?)] = []
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
            let role: Role = item.result == .fail ? (item.veto ? .fail : .warn) : item.result == .pass ? .normal : .dim
            lines.append((text, role, index))
        }
        if !checklist.reviews.isEmpty {
            lines.append((language(L.reviewHistory), .header, nil))
            for review in checklist.reviews {
                let comment = review.comment.isEmpty ? "" : colon + review.comment
                let digest = review.digest.map { "  sha256 " + $0.prefix(12) + "…" } ?? ""
                lines.append(
                    (
                        "  " + LocalDate.of(review.time).description + "  " + review.reviewer + "  "
                            + language(L.decision(review.decision)) + comment + digest, .dim, nil
                    ))
            }
        }
        let selectedLine = lines.firstIndex { $0.item == page.list.selected } ?? 0
        let visible = checklistVisibleRows
        let offset = max(0, min(selectedLine - visible / 2, lines.count - visible))
        // The last item shows the whole history below it.
        let lastItemShown = page.list.selected == checklist.items.count - 1
        let start = lastItemShown ? max(0, min(lines.count - visible, selectedLine)) : offset
        for (row, line) in lines.dropFirst(start).prefix(visible).enumerated() {
            let y = checklistHeaderRows + row
            let selected = line.item == page.list.selected
            if selected { buffer.clear(row: y, role: .selected) }
            buffer.write(
                line.item == nil ? " " + line.text : "   " + line.text, column: 0, row: y, width: size.columns - 1,
                role: selected ? .selected : line.role)
        }
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(
            Self.checklistKeys.hints { $0.role == nil || $0.role == role }, language: language, into: &buffer)
    }
}
