import ShequDomain
import ShequText

/// The dialog that sets a data directory up for sync from the screens, as
/// `shequ sync init` does: the shared repository (the street office's ssh
/// address or a shared folder; blank keeps changes here until one is
/// given), the name each change is recorded under, and the street office's
/// root key fingerprint to pin (blank: no reviewer counts until one is).
struct SyncSetUpDraft: FormDraft {
    var values: [FieldKey: String]
    let initialValues: [FieldKey: String] = [:]

    /// A dialog with `name` proposed as the author.
    init(name: String) {
        values = [.remote: "", .author: name, .root: ""]
    }

    var title: Localized { L.syncSetUpTitle }
    var preamble: [String] { [] }

    var fields: [FormField] {
        [
            FormField(.remote, L.syncRemote), FormField(.author, L.syncAuthor, required: true),
            FormField(.root, L.syncRoot),
        ]
    }

    /// The name refused when blank, a fingerprint when not one.
    func errors() -> [FieldKey: Localized] {
        var errors: [FieldKey: Localized] = [:]
        if self[.author].trimmed.isEmpty { errors[.author] = L.required }
        if let root, !Roster.isFingerprint(root) { errors[.root] = L.notAFingerprint }
        return errors
    }

    /// The fingerprint as typed, nil when blank.
    var root: String? {
        let root = self[.root].trimmed
        return root.isEmpty ? nil : root
    }

    /// The remote as typed, nil when blank.
    var remote: String? {
        let remote = self[.remote].trimmed
        return remote.isEmpty ? nil : remote
    }
}
