import Foundation
import ShequStore
import ShequSync

/// What work running in the background hands back to the runner, which
/// takes it in on its own thread between keys.
final class Inbox: @unchecked Sendable {
    /// One delivery: files read, a sync's outcome or status, or the end of a job.
    enum Item {
        case reads([CommunityStore.DetachedRead])
        case synced(SyncOutcome)
        case syncStatus(SyncStatus)
        case history(String, [SyncHistoryEntry])
        /// A message for `update` from a job (an export's progress and result).
        case message(Msg)
        case jobDone
    }

    private var items: [Item] = []
    private let condition = NSCondition()

    func post(_ item: Item) {
        condition.lock()
        items.append(item)
        condition.signal()
        condition.unlock()
    }

    /// Everything delivered so far, without waiting.
    func takeAll() -> [Item] {
        condition.lock()
        defer { condition.unlock() }
        let taken = items
        items.removeAll()
        return taken
    }

    /// Waits for the next delivery.
    func waitForNext() -> [Item] {
        condition.lock()
        defer { condition.unlock() }
        while items.isEmpty { condition.wait() }
        let taken = items
        items.removeAll()
        return taken
    }
}
