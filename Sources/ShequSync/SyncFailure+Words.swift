import Foundation
import ShequDomain
import ShequText

extension SyncFailure {
    /// The exit status of `shequ sync` for this failure, one per kind, so
    /// that scripts and cron can tell them apart: 3 kept for next time
    /// (offline, timed out, busy, cancelled), 4 refused, 5 the server's host
    /// key unknown or changed, 6 no access (the key refused, no repository
    /// at the address), 7 git refusing a folder another user owns, 1 a
    /// fault here (git, disk, a merge).
    public var exitStatus: Int32 {
        switch self {
        case .noRemote: 0
        case .offline, .timedOut, .cancelled, .busy: 3
        case .refused: 4
        case .misconfigured(.hostKeyUnknown, _), .misconfigured(.hostKeyChanged, _): 5
        case .misconfigured(.keyRefused, _), .misconfigured(.notARepository, _): 6
        case .misconfigured(.ownership, _): 7
        case .git, .mergeFailed: 1
        }
    }

    /// What the person is told, with what to do; `remote` is the shared
    /// repository's address.
    public func words(remote: String?) -> Localized {
        guard case .misconfigured = self else { return plainWords(remote: remote) }
        // Set up wrong, nothing went; what was recorded here waits for the fault to be mended.
        let said = plainWords(remote: remote)
        return Localized(zh: said.zh + "；" + L.syncStaysHere.zh, en: said.en + "; " + L.syncStaysHere.en)
    }

    private func plainWords(remote: String?) -> Localized {
        let host = remote.flatMap { SSHServer(remote: $0) }?.host ?? remote ?? ""
        switch self {
        case .git(let why): return L.syncGitFailed(why)
        case .noRemote: return L.syncNoRemote
        case .offline(let why): return L.syncOffline(why)
        case .timedOut(let seconds): return L.syncTimedOut(seconds)
        case .cancelled: return L.syncCancelled
        case .busy(let attempts): return L.syncBusy(attempts)
        case .misconfigured(.hostKeyUnknown, _): return L.syncHostKeyUnknown(host)
        case .misconfigured(.hostKeyChanged, _): return L.syncHostKeyChanged(host)
        case .misconfigured(.keyRefused, _): return L.syncKeyRefused(host)
        case .misconfigured(.ownership, let said): return L.syncOwnership(said)
        case .misconfigured(.notARepository, _): return L.syncNotARepository(remote ?? "")
        case .mergeFailed(let why): return L.syncMergeFailed(why)
        case .refused(let why): return Localized(why)
        }
    }
}
