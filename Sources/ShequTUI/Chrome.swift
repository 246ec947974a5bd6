import ShequDomain
import ShequText

extension AppState {
    /// The colon between a label and its value: full width in Chinese.
    var colon: String { language.colon }
}

/// The frame every screen shares: the title bar on the first row, the
/// message line and the key hints on the last two.
enum Chrome {
    /// Rows the chrome takes from the screen: title, message and hints.
    static let rows = 3

    static func drawTitle(_ title: String, right: String, into buffer: inout ScreenBuffer) {
        buffer.clear(row: 0, role: .title)
        let rightWidth = min(DisplayWidth.of(right), buffer.size.columns / 2)
        buffer.write(" " + title, column: 0, row: 0, width: buffer.size.columns - rightWidth - 2, role: .title)
        buffer.write(right, column: buffer.size.columns - rightWidth - 1, row: 0, width: rightWidth, role: .title)
    }

    /// The message line: the prompt if one is open, else the last message.
    /// A message wider than the screen takes the row above as well, so a
    /// warning is read whole rather than cut.
    static func drawMessage(_ state: AppState, into buffer: inout ScreenBuffer) {
        let row = buffer.size.rows - 2
        buffer.clear(row: row)
        let message: (text: Localized, role: Role)? =
            if let prompt = state.prompt {
                (promptText(prompt, state), .warn)
            } else if let status = state.status {
                (status.text, status.isError ? .fail : .normal)
            } else {
                nil
            }
        guard let message else { return }
        let text = state.language(message.text)
        let width = max(1, buffer.size.columns - 2)
        var lines = DisplayWidth.wrap(text, to: width)
        if lines.count > 2 {
            lines = [lines[0], DisplayWidth.clip(String(text.dropFirst(lines[0].count)).trimmed, to: width)]
        }
        let top = row - lines.count + 1
        for (offset, line) in lines.enumerated() where top + offset > 0 {
            buffer.clear(row: top + offset)
            buffer.write(" " + line, column: 0, row: top + offset, role: message.role)
        }
    }

    /// The filter being typed, on the message line, with the cursor at its
    /// caret for the input method, and the filter's key hints.
    static func drawFilter(_ field: TextField, state: AppState, into buffer: inout ScreenBuffer) {
        let row = buffer.size.rows - 2
        buffer.clear(row: row)
        buffer.write(" /", column: 0, row: row, role: .key)
        let caret = field.draw(into: &buffer, column: 3, row: row, width: buffer.size.columns - 4, role: .input)
        buffer.cursor = .init(column: caret, row: row)
        drawHints(AppState.filterKeys.hints(), state: state, into: &buffer)
    }

    /// The hint bar of a screen: its own hints from the left, as many as
    /// fit, and the global ones (help) at the right end.
    static func drawHints(_ hints: [HelpRow], state: AppState, into buffer: inout ScreenBuffer) {
        let global = state.activeGlobalKeys.hints()
        let globalWidth = global.map { hintWidth($0, state.language) + 2 }.reduce(0, +)
        drawHints(hints, language: state.language, into: &buffer, room: buffer.size.columns - globalWidth)
        var x = buffer.size.columns - globalWidth
        for hint in global {
            x += buffer.write(hint.keys, column: x, row: buffer.size.rows - 1, role: .key)
            x += buffer.write(" " + state.language(hint.text), column: x, row: buffer.size.rows - 1, role: .status) + 2
        }
    }

    private static func hintWidth(_ hint: HelpRow, _ language: Language) -> Int {
        DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(language(hint.text))
    }

    /// The hint bar: "key label" pairs, as many as fit in `room` cells.
    static func drawHints(
        _ hints: [HelpRow], language: Language, into buffer: inout ScreenBuffer, room: Int? = nil
    ) {
        let row = buffer.size.rows - 1
        let room = room ?? buffer.size.columns
        buffer.clear(row: row, role: .status)
        var x = 1
        for hint in hints {
            let label = language(hint.text)
            let needed = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(label)
            guard x + needed < room else { break }
            x += buffer.write(hint.keys, column: x, row: row, role: .key)
            x += buffer.write(" " + label, column: x, row: row, role: .status) + 2
        }
    }

    private static func promptText(_ prompt: AppState.Prompt, _ state: AppState) -> Localized {
        switch prompt {
        case .deleteCommunity(let id): L.confirmDelete(state.community(id: id)?.name ?? id)
        case .deletePlan(let id, let planID):
            L.confirmDeleteRecord(
                L.changeDeletePlan(state.community(id: id)?.plans.first { $0.id == planID }?.title ?? planID))
        case .deleteTask(let id, _, let taskID):
            L.confirmDeleteRecord(
                L.changeDeleteTask(
                    state.community(id: id)?.plans.flatMap(\.tasks).first { $0.id == taskID }?.title ?? taskID))
        case .deleteReading(let id, let taskID, let reading):
            L.confirmDeleteRecord(
                L.changeDeleteReading(
                    state.community(id: id)?.plans.flatMap(\.tasks).first { $0.id == taskID }?.title ?? taskID,
                    reading.date))
        case .deleteChecklist(let id, let checklistID):
            L.confirmDeleteRecord(
                L.changeDeleteChecklist(
                    state.community(id: id)?.checklists.first { $0.id == checklistID }?.title ?? checklistID))
        case .deleteActivity(let id, let activityID):
            L.confirmDeleteRecord(
                L.changeDeleteActivity(
                    state.community(id: id)?.activities.first { $0.id == activityID }?.title ?? activityID))
        case .vetoNotApplicable(let id, let checklistID, let itemID):
            L.confirmVetoNotApplicable(
                state.community(id: id)?.checklists.first { $0.id == checklistID }?.items.first { $0.id == itemID }?
                    .text ?? itemID)
        case .discardForm, .quitDiscardingForm: L.discardChanges
        case .submitChecklist(let id, let checklistID):
            L.confirmSubmit(
                state.community(id: id)?.checklists.first { $0.id == checklistID }?.title ?? checklistID,
                state.community(id: id)?.name ?? id)
        case .endLockHolder(let holder): L.confirmEndLockHolder(holder.pid, holder.user, holder.host, holder.sinceText)
        }
    }

    /// The right side of the title bar: the supervisor role and
    /// "read-only", when they apply.
    static func badge(_ state: AppState) -> String {
        var badges: [Localized] = []
        if let badge = state.role.badge { badges.append(badge) }
        if state.access.isReadOnly { badges.append(L.readOnlyBadge) }
        return badges.map { "[" + state.language($0) + "]" }.joined(separator: " ")
    }
}
