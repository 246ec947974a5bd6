import ShequDomain
import ShequExport
import ShequText

/// What a form page edits: a record of one community (the community form,
/// a plan's, a task's…), or the answers of a dialog that is not a record:
/// an export, a supervisor's decision on checklists, setting sync up. Each
/// keeps its own type, so that saving asks what it is by its case, never by
/// a downcast.
enum FormContent: Sendable {
    case record(any RecordDraft)
    case decision(DecisionDraft)
    case export(ExportDraft)
    case syncSetUp(SyncSetUpDraft)

    /// The fields and their text, whatever the form is for.
    var draft: any FormDraft {
        switch self {
        case .record(let draft): draft
        case .decision(let draft): draft
        case .export(let draft): draft
        case .syncSetUp(let draft): draft
        }
    }

    subscript(key: FieldKey) -> String {
        get { draft[key] }
        set {
            switch self {
            case .record(var draft):
                draft[key] = newValue
                self = .record(draft)
            case .decision(var draft):
                draft[key] = newValue
                self = .decision(draft)
            case .export(var draft):
                draft[key] = newValue
                self = .export(draft)
            case .syncSetUp(var draft):
                draft[key] = newValue
                self = .syncSetUp(draft)
            }
        }
    }

    /// Each refused field with the reason; a record's draft is checked
    /// against the community it edits.
    func errors(in community: Community?) -> [FieldKey: Localized] {
        switch self {
        case .record(let draft): draft.errors(in: community ?? Community(id: "", name: ""))
        case .decision(let draft): draft.errors()
        case .export(let draft): draft.errors()
        case .syncSetUp(let draft): draft.errors()
        }
    }

    /// What to point out without refusing it; only records have warnings.
    func warnings(in community: Community?) -> [FieldKey: Localized] {
        guard case .record(let draft) = self, let community else { return [:] }
        return draft.warnings(in: community)
    }
}

/// A form page: what it edits, the focused field and its caret, the errors
/// shown, the scroll.
public struct RecordForm: Sendable {
    /// The community the form edits, or a decision's first; empty for an export.
    var communityID: String
    /// The community a form for a new community starts from; nil otherwise.
    var newCommunity: Community?
    var content: FormContent
    var focusKey: FieldKey
    var field: TextField
    var shownErrors: Set<FieldKey> = []
    var offset = 0

    init(communityID: String, content: FormContent) {
        self.communityID = communityID
        self.content = content
        let first = content.draft.fields.first
        focusKey = first?.key ?? .name
        field = TextField(content[focusKey], multiline: first?.kind == .paragraph)
    }

    /// A form for a new community, which gets `id`.
    init(newCommunityID id: String) {
        self.init(communityID: id, content: .record(CommunityDraft(nil)))
        newCommunity = Community(id: id, name: "")
    }

    var draft: any FormDraft { content.draft }
    var focus: Int { draft.fields.firstIndex { $0.key == focusKey } ?? 0 }
    var focusedField: FormField? { draft.fields.first { $0.key == focusKey } }

    mutating func moveFocus(to index: Int) {
        let fields = draft.fields
        guard !fields.isEmpty else { return }
        if content[focusKey] != (draft.initialValues[focusKey] ?? "") { shownErrors.insert(focusKey) }
        focusKey = fields[max(0, min(index, fields.count - 1))].key
        field = TextField(content[focusKey], multiline: focusedField?.kind == .paragraph)
    }

    /// Space, Left and Right change a choice or a toggle.
    mutating func cycle(by step: Int) {
        guard let focused = focusedField else { return }
        switch focused.kind {
        case .toggle: content[focusKey] = content[focusKey] == "1" ? "" : "1"
        case .choice(let options):
            let index = options.firstIndex { $0.value == content[focusKey] } ?? 0
            content[focusKey] = options[(index + step + options.count) % options.count].value
        case .text, .paragraph: break
        }
    }
}

/// What a key does in a form (other keys edit the focused field).
enum FormAction: Sendable {
    case next, previous, enter, save, cancel
}

extension AppState {
    /// Opens a form for `draft` on the community, unless its records cannot change.
    mutating func openRecordForm(_ draft: any RecordDraft, communityID: String) -> [Effect] {
        if let why = recordsRefusal(id: communityID) {
            say(why, error: true)
        } else {
            pages.append(.record(RecordForm(communityID: communityID, content: .record(draft))))
        }
        return []
    }

    /// Opens the dialog of a supervisor's decision, unless the community cannot change at all.
    mutating func openDecisionDialog(_ draft: DecisionDraft, communityID: String) -> [Effect] {
        if let why = reasonNotEditable(id: communityID) {
            say(why, error: true)
        } else {
            pages.append(.record(RecordForm(communityID: communityID, content: .decision(draft))))
        }
        return []
    }

    /// Rows of a form that fit between the title and the message line.
    var formVisibleRows: Int { max(1, size.rows - Chrome.rows - 1) }

    /// The preamble's lines a form shows (a batch decision's checklists),
    /// leaving at least three rows for its fields.
    func preambleRows(_ form: RecordForm) -> Int {
        min(form.draft.preamble.count, max(0, formVisibleRows - 3))
    }

    /// Rows for a form's fields, below its preamble.
    func formFieldRows(_ form: RecordForm) -> Int { max(1, formVisibleRows - preambleRows(form)) }

    /// Where a form's labels and inputs go: inputs grow with the terminal,
    /// leaving room on their right for the fields' errors and warnings —
    /// as much as the longest shown needs, while an input keeps 24 cells.
    func formLayout(_ form: RecordForm) -> (labelWidth: Int, inputColumn: Int, inputWidth: Int) {
        let fields = form.draft.fields
        let textLabels = fields.filter { $0.kind != .toggle }.map {
            DisplayWidth.of(language($0.label)) + ($0.required ? 2 : 0)
        }
        let labelWidth = min(18, textLabels.max() ?? 0)
        let inputColumn = 2 + labelWidth + 1
        let notes = shownNotes(form).values.map { DisplayWidth.of(language($0.text)) }
        let wanted = (notes.max() ?? 0) + 1
        let noteRoom = max(max(14, min(40, size.columns / 4)), min(wanted, size.columns - inputColumn - 24))
        return (labelWidth, inputColumn, max(8, size.columns - inputColumn - noteRoom))
    }

    /// What shows beside each field: its error once Ctrl-S has shown it, else its warning.
    func shownNotes(_ form: RecordForm) -> [FieldKey: (text: Localized, isError: Bool)] {
        let subject = subject(of: form)
        var notes: [FieldKey: (text: Localized, isError: Bool)] = form.content.warnings(in: subject).mapValues {
            ($0, false)
        }
        if case .record(let draft) = form.content, draft is CommunityDraft, case let name = draft[.name].trimmed,
            let other = NameLook.lookalike(
                of: name, among: communities.filter { $0.id != form.communityID }.map(\.name))
        {
            notes[.name] = (L.lookalikeName(VisibleText.of(name), VisibleText.of(other)), false)
        }
        for (key, error) in form.content.errors(in: subject) where form.shownErrors.contains(key) {
            notes[key] = (error, true)
        }
        return notes
    }

    /// The rows each field of a form takes: one, or for a multi-line field
    /// its lines — up to 3, and 2 to 6 while it is being typed in.
    func formFieldHeights(_ form: RecordForm) -> [Int] {
        let fields = form.draft.fields
        let width = formLayout(form).inputWidth
        return fields.map { field in
            guard field.kind == .paragraph else { return 1 }
            let focused = field.key == form.focusKey
            let lines = TextField.lineCount(focused ? form.field.text : form.draft[field.key], width: width)
            let most = min(focused ? 6 : 3, max(1, formFieldRows(form) - 1))
            return max(1, min(most, max(focused ? 2 : 1, lines)))
        }
    }

    /// Editing keys of text fields, listed in a form's help (the text
    /// field handles them, not the key table).
    static let editingHelp = [
        HelpRow(keys: "Left/Right Home/End", text: L.keyCaret),
        HelpRow(keys: "Backspace Del", text: L.keyErase),
        HelpRow(keys: "Ctrl-U", text: L.keyClearField),
        HelpRow(keys: "Enter", text: L.keyNewLineInParagraph),
    ]

    static let recordFormKeys = KeyTable<FormAction>([
        KeyBinding([.tab, .down], "Tab Down", L.keyNextField, .next),
        KeyBinding([.backTab, .up], "Shift-Tab Up", L.keyPreviousField, .previous),
        KeyBinding([.enter], "Enter", L.keyEnterNext, .enter),
        KeyBinding([.ctrl("s"), .function(2)], "Ctrl-S F2", L.keySave, .save, hint: true),
        KeyBinding([.escape], "Esc", L.keyCancel, .cancel, hint: true),
    ])

    static let choiceHelp = [HelpRow(keys: "Space Left/Right", text: L.keyChoose)]

    var recordFormHasUnsavedChanges: Bool {
        if case .record(let form) = pages.last { return form.draft.hasChanges }
        return false
    }

    mutating func updateRecordForm(_ key: Key) -> KeyResult {
        guard case .record(var form) = pages.last else { return .unhandled }
        var effects: [Effect] = []
        let isText = form.focusedField?.kind == .text || form.field.multiline
        let action: FormAction?
        if form.field.multiline, key == .enter {
            action = nil  // a new line in a multi-line field
        } else if case .action(let found) = Self.recordFormKeys.lookup(key) {
            action = found
        } else {
            action = nil
        }
        switch action {
        case .next: form.moveFocus(to: form.focus + 1)
        case .previous: form.moveFocus(to: form.focus - 1)
        case .enter:
            if form.focus == form.draft.fields.count - 1 {
                effects = saveRecord(&form)
            } else {
                form.moveFocus(to: form.focus + 1)
            }
        case .save: effects = saveRecord(&form)
        case .cancel:
            if form.draft.hasChanges {
                prompt = .discardForm
            } else {
                pages.removeLast()
                say(L.editCancelled)
                return .done
            }
        case nil:
            if isText {
                if form.field.handle(key) { form.content[form.focusKey] = form.field.text }
                if form.field.isFull { say(L.fieldFull(form.field.limit), error: true) }
            } else if key == .char(" ") || key == .right {
                form.cycle(by: 1)
            } else if key == .left {
                form.cycle(by: -1)
            }
        }
        // Scrolled so that the whole focused field shows: a multi-line field takes several rows.
        let heights = formFieldHeights(form)
        if form.focus < form.offset { form.offset = form.focus }
        while form.offset < form.focus, heights[form.offset...form.focus].reduce(0, +) > formFieldRows(form) {
            form.offset += 1
        }
        if case .record = pages.last { pages[pages.count - 1] = .record(form) }
        return .handled(effects)
    }

    /// The community a form is about: the new one it creates, the one it
    /// edits; nil for an export.
    func subject(of form: RecordForm) -> Community? {
        form.newCommunity ?? community(id: form.communityID)
    }

    /// After `community`'s file was read again, every open form on it keeps
    /// what was typed and takes every other value from the file as it is
    /// now; a form whose record is gone is closed, and so is a decision
    /// whose checklists are.
    mutating func rebaseForms(on community: Community) {
        for index in pages.indices.reversed() {
            guard case .record(var form) = pages[index], form.newCommunity == nil, form.communityID == community.id
            else { continue }
            switch form.content {
            case .record(let draft):
                guard let rebased = draft.rebased(on: community, today: today) else {
                    pages.remove(at: index)
                    continue
                }
                form.content = .record(rebased)
            case .decision(let draft):
                guard draft.stillOpen(on: community) != nil else {
                    pages.remove(at: index)
                    continue
                }
            case .export, .syncSetUp: continue
            }
            form.field = TextField(form.content[form.focusKey], multiline: form.focusedField?.kind == .paragraph)
            pages[index] = .record(form)
        }
    }

    private mutating func saveRecord(_ form: inout RecordForm) -> [Effect] {
        let community = subject(of: form)
        let errors = form.content.errors(in: community)
        guard errors.isEmpty else {
            form.shownErrors = Set(errors.keys)
            if let first = form.draft.fields.firstIndex(where: { errors[$0.key] != nil }) { form.moveFocus(to: first) }
            say(L.formHasErrors, error: true)
            return []
        }
        switch form.content {
        case .export(let export):
            // The dialog stays until the file is written: a failed write keeps what was typed.
            guard exporting == nil else {
                say(L.exportAlreadyRunning, error: true)
                return []
            }
            let (request, path) = export.request
            exporting = ExportProgress(scope: export.scopeLabel)
            say(L.exportRunning(export.scopeLabel))
            return [.export(request, path: path)]
        case .syncSetUp(let setUp):
            // The dialog stays until the directory is set up: a failure keeps what was typed.
            say(L.syncSettingUp)
            return [.setUpSync(author: setUp[.author].trimmed, remote: setUp.remote, root: setUp.root)]
        case .decision(let decision):
            guard community != nil, let change = decided(decision) else {
                // Decided meanwhile (another window, a sync): nothing to take, and it says so.
                pages.removeLast()
                say(L.decisionNoLongerPossible, error: true)
                return []
            }
            return [.save(change, .apply)]
        case .record(let draft):
            guard let community else { return [] }
            guard draft.hasChanges else {
                pages.removeLast()
                say(L.unchanged)
                return []
            }
            let (updated, label) = draft.applied(to: community, ids: environment.ids)
            let before = form.newCommunity == nil ? community : nil
            return [
                .save(
                    Change(
                        before: before, after: updated, label: label, message: draft.savedMessage(label, updated),
                        fromForm: true), .apply)
            ]
        }
    }

    /// The change a decision makes: one community's edit per community it
    /// names, saved together and undone together; nil when no checklist
    /// named can take the decision any more.
    private func decided(_ decision: DecisionDraft) -> Change? {
        let parts = decision.communityIDs.compactMap { id -> Change? in
            guard let before = community(id: id) else { return nil }
            let after = decision.applied(to: before, ids: environment.ids).community
            return after == before ? nil : Change(before: before, after: after, label: decision.label)
        }
        guard var change = parts.first else { return nil }
        change.companions = Array(parts.dropFirst())
        change.message = L.savedChange(decision.label)
        change.fromForm = true
        return change
    }

    func renderRecordForm(_ form: RecordForm, into buffer: inout ScreenBuffer) {
        // A record of a community is headed by the community's name; the community's own form and the dialogs
        // name what they are about in their title.
        let crumbs: [String]
        if case .record(let draft) = form.content, !(draft is CommunityDraft) {
            crumbs = [community(id: form.communityID)?.name ?? ""]
        } else {
            crumbs = []
        }
        Chrome.drawTitle(
            ([language(L.appName)] + crumbs + [language(form.draft.title)]).joined(separator: " > "), right: "",
            into: &buffer)
        let fields = form.draft.fields
        let notes = shownNotes(form)
        let layout = formLayout(form)
        let heights = formFieldHeights(form)
        // A batch decision lists what it decides on, the last line saying how many more when they do not fit.
        let preamble = form.draft.preamble
        let shown = preambleRows(form)
        for (index, line) in preamble.prefix(shown).enumerated() {
            let more = index == shown - 1 && preamble.count > shown
            buffer.write(
                more ? language(L.andMore(preamble.count - index)) : "  " + line, column: 2, row: 2 + index,
                width: size.columns - 3, role: .dim)
        }
        var row = 2 + shown
        var besides: [(row: Int, text: String, role: Role)] = []
        for index in form.offset..<fields.count {
            let field = fields[index]
            guard row + heights[index] <= 2 + formVisibleRows else { break }
            let focused = field.key == form.focusKey
            if focused { buffer.write(">", column: 0, row: row, role: .key) }
            let label = language(field.label) + (field.required ? " *" : "")
            let (inputColumn, inputWidth) = (layout.inputColumn, layout.inputWidth)
            if field.kind != .toggle {
                buffer.write(label, column: 2, row: row, width: layout.labelWidth, role: focused ? .header : .normal)
            }
            switch field.kind {
            case .toggle:
                let mark = form.draft[field.key] == "1" ? "[x] " : "[ ] "
                buffer.write(
                    mark + label, column: 2, row: row, width: size.columns - 3, role: focused ? .header : .normal)
                if focused { buffer.cursor = .init(column: 3, row: row) }
            case .choice(let options):
                let chosen = options.first { $0.value == form.draft[field.key] }.map { language($0.label) } ?? ""
                buffer.write(
                    "< " + chosen + " >", column: inputColumn, row: row, width: inputWidth,
                    role: focused ? .input : .normal)
                if focused { buffer.cursor = .init(column: inputColumn + 2, row: row) }
            case .text where focused:
                let caret = form.field.draw(
                    into: &buffer, column: inputColumn, row: row, width: inputWidth, role: .input)
                buffer.cursor = .init(column: caret, row: row)
            case .text:
                buffer.write(form.draft[field.key], column: inputColumn, row: row, width: inputWidth, role: .normal)
            case .paragraph where focused:
                buffer.cursor = form.field.drawLines(
                    into: &buffer, column: inputColumn, row: row, width: inputWidth, rows: heights[index],
                    role: .input)
            case .paragraph:
                // The first lines, the last of them ending in "…" when there is more.
                let text = Array(form.draft[field.key])
                let lines = TextField.wrap(text, width: inputWidth)
                for (line, range) in lines.prefix(heights[index]).enumerated() {
                    let more = line == heights[index] - 1 && lines.count > heights[index]
                    buffer.write(
                        String(text[range]) + (more ? "…" : ""), column: inputColumn, row: row + line,
                        width: inputWidth, role: .normal)
                }
            }
            if let note = notes[field.key] { besides.append((row, language(note.text), note.isError ? .fail : .warn)) }
            row += heights[index]
        }
        // A warning shows at once and refuses nothing; an error once Ctrl-S has refused it. One longer than the
        // room beside its field goes on over the rows below, down to the next field's note.
        let noteColumn = layout.inputColumn + layout.inputWidth + 1
        for (index, note) in besides.enumerated() {
            let end = index + 1 < besides.count ? besides[index + 1].row : 2 + formVisibleRows
            let lines = DisplayWidth.wrap(note.text, to: max(1, size.columns - noteColumn - 1))
            for (offset, line) in lines.prefix(max(1, end - note.row)).enumerated() {
                let more = offset == end - note.row - 1 && lines.count > end - note.row
                buffer.write(line + (more ? "…" : ""), column: noteColumn, row: note.row + offset, role: note.role)
            }
        }
        Chrome.drawMessage(self, into: &buffer)
        // The focused field's error, else its warning, in full on the message line.
        if prompt == nil, let note = notes[form.focusKey], let field = form.focusedField {
            buffer.clear(row: size.rows - 2)
            buffer.write(
                " " + language(field.label) + ": " + language(note.text), column: 0, row: size.rows - 2,
                role: note.isError ? .fail : .warn)
        }
        Chrome.drawHints(Self.recordFormKeys.hints(), state: self, into: &buffer)
    }
}
