import Foundation
import ShequDomain

/// The glance of each community held in full, worked out once for each
/// version of it: the Communities screen asks for a screenful of them on
/// every frame, and a glance goes through every task's activities. Copies
/// of a state share the cache, as they share a `Memo`, under a lock.
final class GlanceCache: @unchecked Sendable {
    private var known: [String: (community: Community, glance: CommunityGlance)] = [:]
    private let lock = NSLock()

    /// The glance of `community`, from the cache while it is unchanged.
    func glance(of community: Community) -> CommunityGlance {
        lock.lock()
        let entry = known[community.id]
        lock.unlock()
        // Unchanged records share their storage, so that this comparison is quick.
        if let entry, entry.community == community { return entry.glance }
        let glance = CommunityGlance(community)
        lock.lock()
        known[community.id] = (community, glance)
        lock.unlock()
        return glance
    }
}
