import Foundation
import ShequDomain
import ShequStore
import ShequText

/// A sync backend whose shared copy is held in memory (`MemorySync.Remote`)
/// instead of a git server: for tests of what a sync does to the machines
/// around it, fast and without git. Each machine is one `MemorySync` on its
/// own data directory; a sync sends the community files changed here since
/// its last exchange, takes in those the others changed (merged record by
/// record, as git's merge driver does, when both changed one), and writes
/// them into the data directory behind the caller's store, as git does.
public final class MemorySync: SyncBackend, @unchecked Sendable {
    /// The street office's copy: every community file as last sent, and
    /// the history of what each machine sent.
    public final class Remote: @unchecked Sendable {
        fileprivate var files: [String: Data] = [:]
        fileprivate var log: [Entry] = []
        fileprivate let lock = NSLock()

        public init() {}

        /// The ids of the communities sent so far.
        public var sent: Set<String> { lock.withLock { Set(files.keys) } }

        fileprivate struct Entry {
            var id: String
            var author: String
            var change: String
            var date: Date
        }
    }

    private let communities: URL
    private let remote: Remote
    private let author: String
    private let language: Language
    /// Each community file as this machine last exchanged it.
    private var base: [String: Data] = [:]
    /// How much of the remote's history this machine has seen.
    private var seen = 0
    private var lastExchange: Date?
    private let lock = NSLock()
    /// Run in the middle of each sync, after the local changes are recorded
    /// and before the others' are taken in: a test holds a sync there to act
    /// while it runs.
    public var whileExchanging: (@Sendable () -> Void)?

    public init(root: URL, remote: Remote, author: String, language: Language = .zh) {
        communities = root.appendingPathComponent("communities")
        self.remote = remote
        self.author = author
        self.language = language
    }

    /// Nothing to set up: the remote is in memory.
    public func setUp(author: String, remote: String?) -> String? { nil }

    public func run(budget: SyncBudget) -> SyncOutcome {
        lock.lock()
        defer { lock.unlock() }
        var outcome = SyncOutcome()
        let local = files()
        let changedHere = Set(local.keys).union(base.keys).filter { local[$0] != base[$0] }
        outcome.committed = changedHere.sorted().compactMap { describe($0, old: base[$0], new: local[$0]) }.first
        whileExchanging?()
        // Stopped while it talked to the remote: nothing was taken in or sent.
        if budget.isOver {
            outcome.failure = budget.isCancelled ? .cancelled : .timedOut(seconds: budget.seconds)
            outcome.status = SyncStatus(lastExchange: lastExchange, waiting: Set(changedHere))
            return outcome
        }
        remote.lock.lock()
        var exchange = SyncExchange()
        var result = local
        for id in Set(remote.files.keys).union(base.keys).sorted() where remote.files[id] != base[id] {
            let theirs = remote.files[id]
            if changedHere.contains(id), let ours = local[id], let theirs {
                let merge = ThreeWayMerge.merge(
                    base: decode(base[id], id), ours: decode(ours, id) ?? Community(id: id, name: id),
                    theirs: decode(theirs, id) ?? Community(id: id, name: id))
                result[id] = try? CommunityFile.encode(merge.merged)
                exchange.conflicts += merge.conflicts.map { language(L.syncConflict($0.title, kept: "", file: "")) }
            } else {
                result[id] = theirs
            }
            write(result[id], id)
            outcome.changedCommunities.append(id)
        }
        for id in changedHere.union(outcome.changedCommunities) where remote.files[id] != result[id] {
            if let line = describe(id, old: remote.files[id], new: result[id]) {
                remote.log.append(Remote.Entry(id: id, author: author, change: line, date: Date()))
            }
            remote.files[id] = result[id]
        }
        exchange.received = remote.log[seen...].filter { $0.author != author }.map {
            $0.author + language.colon + $0.change
        }
        seen = remote.log.count
        remote.lock.unlock()
        base = result.compactMapValues { $0 }
        lastExchange = Date()
        outcome.exchange = exchange
        outcome.status = SyncStatus(lastExchange: lastExchange, waiting: [])
        return outcome
    }

    public func status() -> SyncStatus {
        lock.lock()
        defer { lock.unlock() }
        let local = files()
        return SyncStatus(
            lastExchange: lastExchange, waiting: Set(Set(local.keys).union(base.keys).filter { local[$0] != base[$0] }))
    }

    public func history(communityID: String?) -> [SyncHistoryEntry] {
        remote.lock.lock()
        defer { remote.lock.unlock() }
        return remote.log.reversed().filter { communityID == nil || $0.id == communityID }.map {
            SyncHistoryEntry(date: "\($0.date)", author: $0.author, change: $0.change)
        }
    }

    /// The community files of the data directory now, by id.
    private func files() -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: communities.path)) ?? []
        var files: [String: Data] = [:]
        for name in names where name.hasSuffix(".json") && !name.hasPrefix(".") {
            files[CommunityFile.id(fromFileName: name)] = FileManager.default.contents(
                atPath: communities.appendingPathComponent(name).path)
        }
        return files
    }

    private func write(_ data: Data?, _ id: String) {
        let url = communities.appendingPathComponent(id + ".json")
        if let data {
            try? FileManager.default.createDirectory(at: communities, withIntermediateDirectories: true)
            try? AtomicFile.write(data, to: url)
        } else {
            try? FileManager.default.removeItem(at: url)
        }
    }

    private func decode(_ data: Data?, _ id: String) -> Community? {
        data.flatMap { try? CommunityFile.decode($0, id: id).community }
    }

    private func describe(_ id: String, old: Data?, new: Data?) -> String? {
        ChangeSummary.line(old: decode(old, id), new: decode(new, id), language: language)
    }
}
