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
    /// Records local changes, takes in the others' and sends, as one step.
    func run() -> SyncOutcome
    /// Where sharing stands now, without exchanging anything.
    func status() -> SyncStatus
    /// Who changed what and when, newest first: every community, or only
    /// the one with `communityID`.
    func history(communityID: String?) -> [SyncHistoryEntry]
}

/// Why a sync stopped.
public enum SyncFailure: Error, Equatable {
    case git(String)
    case noRemote
    case offline(String)
    case mergeFailed(String)
    /// What came in was not taken (`IncomingCheck`): who sent what, in words.
    case refused(String)
}

/// What an exchange with the remote brought: the others' commits, in
/// words ("王秀英：阜新街社区：退回 五好关工委考评表"), and what the merge
/// said of conflicts it resolved.
public struct SyncExchange: Equatable, Sendable {
    public var received: [String] = []
    public var conflicts: [String] = []
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
}

/// Where the sync stands: when this machine last heard from the remote,
/// and the communities changed here that it has not been sent.
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
