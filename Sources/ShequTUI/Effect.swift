import ShequExport
import ShequStore

/// Work `update` asks for and does not do itself: file I/O and quitting.
public enum Effect: Equatable, Sendable {
    case save(Change, ChangeDirection)
    case loadSample
    /// Read these communities in full (they were opened by headline only),
    /// then handle `key`, which needs them.
    case readInFull([String], then: Key)
    /// Read these communities in full in the background, the screens live
    /// meanwhile; they arrive as `Msg.readInFull`, a few at a time.
    case readInBackground([String])
    /// Read a community's history from git, in the background.
    case history(String)
    /// Read the copies `trash/` and `conflicts/` hold.
    case listRestorable
    /// Bring a copy back.
    case restore(RestorableCopy)
    /// Share the data directory through git, in the background.
    case sync
    /// Try again to take the data directory this window opened read-only
    /// for, ending this user's other session here first when asked.
    case becomeWritable(endingHolder: Bool)
    /// Stop the sync under way: what it had begun is undone.
    case cancelSync
    /// Set the data directory up for sync, in the background.
    case setUpSync(author: String, remote: String?, root: String?)
    /// Write a summary to a file, in the background, the keys live meanwhile.
    case export(ExportRequest, path: String)
    case quit
}
