import ShequDomain
import ShequExport
import ShequStore
import ShequSync
import ShequText

/// Everything that can happen to the app: terminal events, and the results
/// of effects, errors included, coming back from outside `update`.
public enum Msg: Sendable {
    case event(Event)
    /// A change was saved; `saved` is the record as written (timestamped).
    case changeSaved(Change, ChangeDirection)
    case changeFailed(StoreError)
    /// An undo or redo was refused because the file changed what it would
    /// take back: the step is dropped from the history.
    case stepRefused(ChangeDirection)
    /// A community's file was read again because it changed on disk: its
    /// new contents, nil when it is gone, or why it no longer reads.
    case communityReloaded(id: String, Result<CommunityFile.Contents?, UnreadableFile>)
    /// The sample street was written: its communities, and the reviewers
    /// now trusted (the sample's own among them).
    case sampleLoaded([Community], TrustedReviewers)
    /// Whom the data directory trusts, read again after a sync or a pin.
    case trustRead(TrustedReviewers)
    /// Communities read in full, by id: the contents, nil when the file is
    /// gone, or why it no longer reads.
    case readInFull([String: Result<CommunityFile.Contents?, UnreadableFile>])
    /// Every community by headline, after a first screen drawn from the
    /// head of the index.
    case listed(CommunityStore.Snapshot)
    /// A community's history, read from git in the background.
    case historyLoaded(String, [SyncHistoryEntry])
    /// The copies that can be brought back.
    case restorableListed([RestorableCopy])
    /// A copy was brought back: the community's name, and how many records
    /// for a conflict copy (nil for a whole community).
    case restored(String, Int?)
    /// Where sharing through git stands, found in the background.
    case syncStatus(SyncStatus)
    /// Setting sync up ended: nil when it is set up, else why not.
    case syncSetUp(failure: String?)
    /// A sync finished; the communities it changed were read again.
    case synced(SyncOutcome)
    /// What trying to take the data directory came to, who holds it if it
    /// is still held, and whether its holder was asked to end.
    case accessTried(StoreAccess, LockHolder?, endedHolder: Bool)
    /// A summary was written to the path; `leftOut` data files could not be read and are named in it.
    case exported(String, leftOut: Int)
    /// The export running in the background has read `done` of its `total` communities.
    case exportProgress(done: Int, total: Int)
    case exportFailed(Localized)
}
