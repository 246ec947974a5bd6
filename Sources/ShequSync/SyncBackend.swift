import Foundation

/// A way of sharing a data directory with the other machines of a street:
/// record the changes made here, exchange them with the others', and read
/// who changed what. `GitSync` is the one Shequ ships (git on the street
/// office's server); `MemorySync` keeps the shared copy in memory, for tests.
/// A backend changes community files under the data directory as the
/// exchange requires and names them in its outcome, for the caller to read
/// again; it never goes through the caller's store.
public protocol SyncBackend: Sendable {
    /// Sets the data directory up for sharing: changes recorded as
    /// `author`, exchanged with `remote` when given (else kept here until a
    /// remote is added). Nil when done, else what went wrong.
    func setUp(author: String, remote: String?) -> String?
    /// Records local changes, takes in the others' and sends, as one step,
    /// talking to the remote no longer than `budget` allows.
    func run(budget: SyncBudget) -> SyncOutcome
    /// Where sharing stands now, without exchanging anything.
    func status() -> SyncStatus
    /// Who changed what and when, newest first: every community, or only
    /// the one with `communityID`.
    func history(communityID: String?) -> [SyncHistoryEntry]
}

extension SyncBackend {
    /// A sync with the standard time budget.
    public func run() -> SyncOutcome {
        run(budget: SyncBudget())
    }
}

/// Why a sync stopped. Every case but `refused`, `misconfigured` and the
/// local faults keeps this machine's changes to be sent next time.
public enum SyncFailure: Error, Equatable {
    /// A fault of this machine's git or disk, as git said it.
    case git(String)
    case noRemote
    /// The remote could not be reached (no route, refused, no answer).
    case offline(String)
    /// The time budget, this many seconds, ran out before the remote answered.
    case timedOut(seconds: Int)
    /// The person at the screen stopped the sync.
    case cancelled
    /// Others kept sending for the whole time budget: tried this many times.
    case busy(attempts: Int)
    /// Something set up wrong, that trying again will not mend; git's words.
    case misconfigured(Misconfiguration, String)
    case mergeFailed(String)
    /// What came in was not taken (`IncomingCheck`), or the street office's
    /// server did not take what was sent: who sent what, in words.
    case refused(String)
}

/// What is set up wrong when a sync cannot even talk to the remote.
public enum Misconfiguration: Equatable, Sendable {
    /// ssh has never seen the server's host key.
    case hostKeyUnknown
    /// The server's host key differs from the one ssh knows.
    case hostKeyChanged
    /// The server did not accept this machine's ssh key.
    case keyRefused
    /// git will not work in a folder another user owns.
    case ownership
    /// The remote's address holds no repository this machine may read.
    case notARepository
}

/// What an exchange with the remote brought: the others' commits, in
/// words ("王秀英：阜新街社区：退回 五好关工委考评表"), and what the merge
/// said of conflicts it resolved.
public struct SyncExchange: Equatable, Sendable {
    public var received: [String] = []
    public var conflicts: [String] = []
    /// How many times the send was tried again because others sent first.
    public var retries = 0
}

/// Everything one sync did: the local changes recorded (their first
/// line), what came in or why the exchange stopped, and the community
/// files the sync changed here, to be read again.
public struct SyncOutcome: Equatable, Sendable {
    public var committed: String?
    public var exchange: SyncExchange?
    public var failure: SyncFailure?
    public var changedCommunities: [String] = []
    public var status: SyncStatus?
    /// The shared repository's address, for the words of a failure.
    public var remote: String?
}

/// Where the sync stands: when this machine last exchanged with the
/// remote in full (a sync that failed does not count), and the communities
/// changed here that it has not been sent.
public struct SyncStatus: Equatable, Sendable {
    public var lastExchange: Date?
    public var waiting: Set<String>
}

/// One change in the history: when, by whom, what, in words.
public struct SyncHistoryEntry: Equatable, Sendable {
    public var date: String
    public var author: String
    public var change: String
}
