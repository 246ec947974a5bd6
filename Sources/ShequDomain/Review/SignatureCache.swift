import Foundation

/// Remembers which signatures verified, so that screens redrawn on every key
/// (Reviews with its attainment across a district) verify each approval once,
/// not once a frame. An entry holds the checklist it was verified on and is
/// used only while the checklist is still equal to it, so any edit is
/// verified afresh. A pure memo of a deterministic check: never wrong, only
/// faster.
final class SignatureCache: @unchecked Sendable {
    static let shared = SignatureCache()

    private struct Entry {
        var checklist: Checklist
        var verdict: ApprovalSignature.Verdict
    }

    private var entries: [String: Entry] = [:]
    private let lock = NSLock()
    /// Entries kept at most; beyond it the cache starts again.
    private let capacity = 100_000

    /// What `signature` shows on `checklist`, from memory when the same
    /// signature was checked on an equal checklist, else by `verify`.
    func verdict(
        _ signature: String, communityID: String, checklist: Checklist, verify: () -> ApprovalSignature.Verdict
    ) -> ApprovalSignature.Verdict {
        let key = communityID + "\u{0}" + checklist.id + "\u{0}" + signature
        lock.lock()
        let cached = entries[key]
        lock.unlock()
        if let cached, cached.checklist == checklist { return cached.verdict }
        let result = verify()
        lock.lock()
        if entries.count >= capacity { entries.removeAll(keepingCapacity: true) }
        entries[key] = Entry(checklist: checklist, verdict: result)
        lock.unlock()
        return result
    }
}
