import ShequText

/// Why the store could not do what was asked; every case names the file.
public enum StoreError: Error, Equatable, Sendable {
    case createFolder(path: String, reason: String)
    case write(path: String, reason: String)
    case delete(path: String, reason: String)
    case readOnly(Localized)
    /// The file changed on disk since Shequ read it: another program or a
    /// hand edit. Nothing was written; the store has read the file again.
    case changedOnDisk(file: String)
    /// The file moved on while a change was made (a sync, another program)
    /// and changed the same `records` as the change: nothing was written;
    /// the store has read the file again.
    case changedMeanwhile(file: String, records: [String])
    /// The file would pass the size the store reads back; nothing was written.
    case tooLarge(file: String)
    /// A newer Shequ wrote the file; writing it would drop what it added.
    case newerSchema(file: String)
    /// The file could not be read; it is left as it is for a person to fix.
    case unreadable(file: String)
    /// Only the community's headline was read; writing it would drop its
    /// plans, activities and checklists. A program error, refused.
    case notReadInFull(file: String)
    /// A deleted community's copy brought back while the community is still here.
    case restoreExists(String)

    /// The file this error protects from being written, for a newer-schema
    /// or unreadable file; nil for every other error.
    public var protectedFile: String? {
        switch self {
        case .newerSchema(let file), .unreadable(let file): file
        default: nil
        }
    }

    /// The message for the status line or standard error.
    public func message(_ language: Language) -> String {
        language(localized)
    }

    /// The message in both languages.
    public var localized: Localized {
        switch self {
        case .createFolder(let path, let reason): L.cannotCreateFolder(path, reason)
        case .write(let path, let reason): L.cannotWrite(path, reason)
        case .delete(let path, let reason): L.cannotDelete(path, reason)
        case .readOnly(let why): why
        case .changedOnDisk(let file): L.changedOnDisk(file)
        case .changedMeanwhile(let file, let records): L.changedMeanwhile(file, records)
        case .tooLarge(let file): L.tooLargeToSave(file, CommunityFile.sizeLimit / 1_048_576)
        case .newerSchema(let file): L.newerSchemaNotWritten(file)
        case .unreadable(let file): L.unreadableNotWritten(file)
        case .notReadInFull(let file): L.notReadInFull(file)
        case .restoreExists(let name): L.restoreExists(name)
        }
    }
}
