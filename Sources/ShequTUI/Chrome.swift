import ShequCore

extension AppState {
    /// The colon between a label and its value: full width in Chinese.
    var colon: String { language == .zh ? "：" : ": " }
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
    static func drawMessage(_ state: AppState, into buffer: inout ScreenBuffer) {
        let row = buffer.size.rows - 2
        buffer.clear(row: row)
        if let progress = state.exportProgress {
            let bar = ProgressText.bar(progress.done * 100 / max(1, progress.total), width: 20)
            let x = buffer.write(
                " " + state.language(L.exporting(progress.done, progress.total)) + " ", column: 0, row: row)
            buffer.write(String(repeating: "#", count: bar.filled), column: x, row: row, role: .progress)
            buffer.write(String(repeating: "-", count: bar.empty), column: x + bar.filled, row: row, role: .dim)
        } else if let prompt = state.prompt {
            buffer.write(" " + state.language(promptText(prompt, state)), column: 0, row: row, role: .warn)
        } else if let status = state.status {
            buffer.write(" " + state.language(status.text), column: 0, row: row, role: status.isError ? .fail : .normal)
        }
    }

    /// The filter being typed, on the message line, with the cursor at its
    /// caret for the input method, and the filter's key hints.
    static func drawFilter(_ field: TextField, language: Language, into buffer: inout ScreenBuffer) {
        let row = buffer.size.rows - 2
        buffer.clear(row: row)
        buffer.write(" /", column: 0, row: row, role: .key)
        let caret = field.draw(into: &buffer, column: 3, row: row, width: buffer.size.columns - 4, role: .input)
        buffer.cursor = .init(column: caret, row: row)
        drawHints(AppState.filterKeys.hints, language: language, into: &buffer)
    }

    /// The hint bar: "key label" pairs, as many as fit.
    static func drawHints(_ hints: [HelpRow], language: Language, into buffer: inout ScreenBuffer) {
        let row = buffer.size.rows - 1
        buffer.clear(row: row, role: .status)
        var x = 1
        for hint in hints {
            let label = language(hint.text)
            let needed = DisplayWidth.of(hint.keys) + 1 + DisplayWidth.of(label)
            guard x + needed < buffer.size.columns else { break }
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
        case .deleteChecklist(let id, let checklistID):
            L.confirmDeleteRecord(
                L.changeDeleteChecklist(
                    state.community(id: id)?.checklists.first { $0.id == checklistID }?.title ?? checklistID))
        case .approveChecklist(let id, let checklistID):
            L.confirmApprove(state.community(id: id)?.checklists.first { $0.id == checklistID }?.title ?? checklistID)
        case .deleteActivity(let id, let activityID):
            L.confirmDeleteRecord(
                L.changeDeleteActivity(
                    state.community(id: id)?.activities.first { $0.id == activityID }?.title ?? activityID))
        case .discardForm, .quitDiscardingForm: L.discardChanges
        }
    }

    /// The right side of the title bar: the supervisor role and
    /// "read-only", when they apply.
    static func badge(_ state: AppState) -> String {
        var badges: [Localized] = []
        if state.role == .supervisor { badges.append(L.supervisorBadge) }
        if state.access.isReadOnly { badges.append(L.readOnlyBadge) }
        return badges.map { "[" + state.language($0) + "]" }.joined(separator: " ")
    }
}
