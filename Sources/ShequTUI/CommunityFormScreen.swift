import Foundation
import ShequCore

/// The community form's state: the draft, the focused field with its
/// caret, which errors are shown, and the scroll position.
public struct CommunityForm: Sendable {
    /// The community being edited; nil for a new one.
    var original: Community?
    var draft: CommunityDraft
    var focus = 0
    var field: TextField
    /// Fields whose errors are shown: those left after editing, and all
    /// of them after an attempt to save.
    var shownErrors: Set<CommunityDraft.Field> = []
    var offset = 0

    init(editing community: Community?) {
        original = community
        draft = CommunityDraft(community)
        field = TextField(draft[.name])
    }

    var focusedField: CommunityDraft.Field { draft.fields[focus] }

    /// The draft with the text being typed written into it.
    var currentDraft: CommunityDraft {
        var draft = draft
        draft[focusedField] = field.text
        return draft
    }

    var hasUnsavedChanges: Bool { currentDraft.differs(from: original) }

    mutating func moveFocus(to index: Int) {
        let leaving = focusedField
        draft[leaving] = field.text
        if draft[leaving] != CommunityDraft(original)[leaving] { shownErrors.insert(leaving) }
        focus = max(0, min(index, draft.fields.count - 1))
        field = TextField(draft[focusedField])
    }
}

/// What a key does in the form (other keys edit the focused field).
enum FormAction: Sendable {
    case next, previous, enter, save, cancel, help
}

extension AppState {
    static let formKeys = KeyTable<FormAction>([
        KeyBinding([.tab, .down], "Tab Down", L.keyNextField, .next),
        KeyBinding([.backTab, .up], "Shift-Tab Up", L.keyPreviousField, .previous),
        KeyBinding([.enter], "Enter", L.keyEnterNext, .enter),
        KeyBinding([.ctrl("s"), .function(2)], "Ctrl-S F2", L.keySave, .save, hint: true),
        KeyBinding([.escape], "Esc", L.keyCancel, .cancel, hint: true),
        KeyBinding([.function(1)], "F1", L.keyHelp, .help, hint: true),
    ])

    /// Editing keys, listed in the form's help (they are not in the table
    /// because the text field handles them).
    static let editingHelp = [
        HelpRow(keys: "Left/Right Home/End", text: L.keyCaret),
        HelpRow(keys: "Backspace Del", text: L.keyErase),
        HelpRow(keys: "Ctrl-U", text: L.keyClearField),
    ]

    var formHasUnsavedChanges: Bool {
        if case .form(let form) = pages.last { return form.hasUnsavedChanges }
        return false
    }

    /// Rows of the form that fit between the title and the message line.
    var formVisibleRows: Int { max(1, size.rows - Chrome.rows - 1) }

    mutating func updateForm(_ key: Key) -> [Effect] {
        guard case .form(var form) = pages.last else { return [] }
        var effects: [Effect] = []
        switch Self.formKeys.action(for: key) {
        case .next: form.moveFocus(to: form.focus + 1)
        case .previous: form.moveFocus(to: form.focus - 1)
        case .enter:
            if form.focus == form.draft.fields.count - 1 {
                effects = save(&form)
            } else {
                form.moveFocus(to: form.focus + 1)
            }
        case .save: effects = save(&form)
        case .cancel:
            if form.hasUnsavedChanges {
                prompt = .discardForm
            } else {
                pages.removeLast()
                say(L.editCancelled)
                return []
            }
        case .help: showingHelp = true
        case nil:
            _ = form.field.handle(key)
        }
        if form.focus < form.offset { form.offset = form.focus }
        if form.focus >= form.offset + formVisibleRows { form.offset = form.focus - formVisibleRows + 1 }
        if case .form = pages.last { pages[pages.count - 1] = .form(form) }
        return effects
    }

    /// Refuses an invalid draft with the reasons shown, or asks for the
    /// change to be saved; the form closes when the save has succeeded.
    private mutating func save(_ form: inout CommunityForm) -> [Effect] {
        let draft = form.currentDraft
        let errors = draft.errors
        guard errors.isEmpty else {
            form.shownErrors = Set(errors.keys)
            if let first = draft.fields.firstIndex(where: { errors[$0] != nil }) { form.moveFocus(to: first) }
            say(L.formHasErrors, error: true)
            return []
        }
        guard draft.differs(from: form.original) else {
            pages.removeLast()
            say(L.unchanged)
            return []
        }
        let base = form.original ?? Community(id: RecordID.generate(avoiding: Set(communities.map(\.id))), name: "")
        let updated = draft.applied(to: base)
        let label = form.original == nil ? L.changeNew(updated.name) : L.changeEdit(updated.name)
        return [.save(Change(before: form.original, after: updated, label: label), .apply)]
    }

    func label(_ field: CommunityDraft.Field) -> String {
        switch field {
        case .name: language(L.name) + " *"
        case .street: language(L.street)
        case .district: language(L.district)
        case .population: language(L.population)
        case .households: language(L.households)
        case .residentGroups: language(L.residentGroups)
        case .contactRole(let n): language(L.contactRole(n + 1))
        case .contactName(let n): language(L.contactName(n + 1))
        case .contactPhone(let n): language(L.contactPhone(n + 1))
        case .notes: language(L.notes)
        }
    }

    func renderForm(_ form: CommunityForm, into buffer: inout ScreenBuffer) {
        let title = form.original.map { language(L.editCommunity($0.name)) } ?? language(L.newCommunity)
        Chrome.drawTitle(language(L.appName) + " > " + title, right: "", into: &buffer)
        let draft = form.currentDraft
        let errors = draft.errors
        let fields = draft.fields
        let labelWidth = min(18, fields.map { DisplayWidth.of(label($0)) }.max() ?? 0)
        let inputColumn = 2 + labelWidth + 1
        let inputWidth = max(8, min(34, size.columns - inputColumn - 14))
        for (screenRow, index) in (form.offset..<min(fields.count, form.offset + formVisibleRows)).enumerated() {
            let row = 2 + screenRow
            let field = fields[index]
            let focused = index == form.focus
            if focused { buffer.write(">", column: 0, row: row, role: .key) }
            buffer.write(label(field), column: 2, row: row, width: labelWidth, role: focused ? .header : .normal)
            if focused {
                let caret = form.field.draw(into: &buffer, column: inputColumn, row: row, width: inputWidth, role: .input)
                buffer.cursor = .init(column: caret, row: row)
            } else {
                buffer.clear(row: row, column: inputColumn, width: inputWidth, role: .dim)
                buffer.write(draft[field], column: inputColumn, row: row, width: inputWidth, role: .normal)
            }
            if let error = errors[field], form.shownErrors.contains(field) {
                buffer.write(language(error), column: inputColumn + inputWidth + 1, row: row, role: .fail)
            }
        }
        Chrome.drawMessage(self, into: &buffer)
        if prompt == nil, let error = errors[form.focusedField], form.shownErrors.contains(form.focusedField) {
            buffer.clear(row: size.rows - 2)
            buffer.write(" " + label(form.focusedField) + ": " + language(error), column: 0, row: size.rows - 2, role: .fail)
        }
        Chrome.drawHints(Self.formKeys.hints, language: language, into: &buffer)
    }
}
