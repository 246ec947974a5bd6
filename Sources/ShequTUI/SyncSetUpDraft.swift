import ShequDomain
import ShequText

/// The dialog that sets a data directory up for sync from the screens, as
/// `shequ sync init` does: the shared repository (the street office's ssh
/// address or a shared folder; blank keeps changes here until one is
/// given) and the name each change is recorded under.
struct SyncSetUpDraft: FormDraft {
    var values: [FieldKey: String]
    let initialValues: [FieldKey: String] = [:]

    /// A dialog with `name` proposed as the author.
    init(name: String) {
        values = [.remote: "", .author: name]
    }

    var title: Localized { L.syncSetUpTitle }
    var preamble: [String] { [] }

    var fields: [FormField] {
        [FormField(.remote, L.syncRemote), FormField(.author, L.syncAuthor, required: true)]
    }

    /// The name refused when blank.
    func errors() -> [FieldKey: Localized] {
        self[.author].trimmed.isEmpty ? [.author: L.required] : [:]
    }

    /// The remote as typed, nil when blank.
    var remote: String? {
        let remote = self[.remote].trimmed
        return remote.isEmpty ? nil : remote
    }
}
