import Foundation
import ShequDomain
import ShequExport
import ShequStore
import ShequSync

/// Runs the app: reads events from a terminal, passes them through
/// `update`, performs the effects against the store and feeds their results
/// back as messages, and presents a frame when input has settled. Only
/// `update` changes the state; effects report back through messages.
public final class AppRunner {
    public private(set) var state: AppState
    private let terminal: any Terminal
    private let store: CommunityStore
    /// How this data directory is shared, when `state.sync` says it is.
    private let sharing: any SyncBackend
    private var started = false
    /// True while a sync runs git on the data directory.
    private var syncing = false
    /// How long a sync may talk to the remote.
    private let syncSeconds: Int
    /// The time and the cancel of the sync under way.
    private var syncBudget: SyncBudget?
    /// Saves asked for while a sync ran, made when it ends.
    private var waitingForSync: [Effect] = []
    /// Deliveries from work running in the background.
    private let inbox = Inbox()
    /// Background jobs not yet done.
    private var jobs = 0
    /// Keys and clicks typed ahead while the page on screen waits for its
    /// community's file; they are handled, in order, once it arrives.
    private var deferred: [Event] = []
    /// How often the screen is redrawn while background work arrives.
    private static let pollMilliseconds: Int32 = 40
    /// Files a background job reads before handing them over.
    private static let batch = 8

    /// `sharing` defaults to git on the data directory; a sync talks to
    /// the remote for at most `syncSeconds`.
    public init(
        state: AppState, terminal: any Terminal, store: CommunityStore, sharing: (any SyncBackend)? = nil,
        syncSeconds: Int = SyncBudget.standardSeconds
    ) {
        self.state = state
        self.terminal = terminal
        self.store = store
        self.sharing = sharing ?? GitSync(root: store.root, language: state.language)
        self.syncSeconds = syncSeconds
    }

    /// Runs until the user quits or input ends.
    public func run() {
        if !started { start() }
        finishListing()
        checkSync()
        while !state.isQuitting {
            if jobs > 0 {
                runWhileWorking()
            } else {
                guard let event = terminal.nextEvent() else { return }
                handle(event)
            }
        }
    }

    /// Waits for the background work under way to finish, taking it in and
    /// drawing as it arrives: for measuring keys one by one.
    public func settle() {
        while jobs > 0 {
            if deliver(inbox.waitForNext()) && !state.isQuitting { terminal.present(state.render()) }
        }
    }

    /// Draws the first frame; `run` goes on from there.
    public func start() {
        started = true
        send(.event(.resize(terminal.size)))
        terminal.present(state.render())
    }

    /// Finds where sharing through git stands, in the background, when the
    /// data directory is set up for it.
    private func checkSync() {
        guard state.sync != nil else { return }
        jobs += 1
        let (sync, inbox) = (sharing, inbox)
        DispatchQueue.global(qos: .utility).async {
            inbox.post(.syncStatus(sync.status()))
            inbox.post(.jobDone)
        }
    }

    /// Lists every community when the first frame showed only the head of
    /// the index, and draws again; keys typed meanwhile wait (`take`).
    public func finishListing() {
        guard state.unlistedTotal != nil else { return }
        send(.listed(store.loadHeadlines()))
        replayDeferred()
        if !state.isQuitting { terminal.present(state.render()) }
    }

    /// One turn while background work runs: take in what it delivered, then
    /// wait a little for a key, so the keyboard stays live and the screen
    /// fills in as the work arrives. When no more input can come, waits for
    /// the work to finish.
    private func runWhileWorking() {
        var delivered = deliver(inbox.takeAll())
        switch terminal.nextEvent(waitingAtMost: Self.pollMilliseconds) {
        case .event(let event):
            handle(event)
            return
        case .timeout: break
        case .noMoreInput where jobs > 0: delivered = deliver(inbox.waitForNext()) || delivered
        case .noMoreInput: break
        }
        if delivered && !state.isQuitting { terminal.present(state.render()) }
    }

    /// Applies an event and those queued behind it, then draws.
    private func handle(_ event: Event) {
        take(event)
        while !state.isQuitting, let more = terminal.pendingEvent() {
            take(more)
        }
        if !state.isQuitting { terminal.present(state.render()) }
    }

    /// Applies an event now, or keeps it for when the file the page waits
    /// for has arrived, so typing ahead acts on what it was typed for.
    private func take(_ event: Event) {
        if case .resize = event {
            send(.event(event))
        } else if state.isAwaitingFile || !deferred.isEmpty {
            deferred.append(event)
        } else {
            send(.event(event))
        }
    }

    /// Handles the events kept while a page waited, once it no longer does.
    private func replayDeferred() {
        while !state.isQuitting, !state.isAwaitingFile, !deferred.isEmpty {
            send(.event(deferred.removeFirst()))
        }
    }

    /// Takes in deliveries from the background; true when any came.
    private func deliver(_ items: [Inbox.Item]) -> Bool {
        for item in items {
            switch item {
            case .reads(let reads):
                // A community read in full meanwhile (opened, edited) is newer than what the background read.
                send(.readInFull(store.adopt(reads.filter { store.holdsHeadlineOnly($0.id) })))
            case .jobDone: jobs -= 1
            case .synced(let outcome):
                syncing = false
                syncBudget = nil
                // What the sync changed here is read again, so that every screen shows what arrived.
                let reads = Dictionary(
                    uniqueKeysWithValues: outcome.changedCommunities.map { ($0, store.reload(id: $0)) })
                if !reads.isEmpty { send(.readInFull(reads)) }
                send(.synced(outcome))
                send(.trustRead(store.trustedReviewers()))
                for effect in waitingForSync { for msg in perform(effect) { send(msg) } }
                waitingForSync.removeAll()
            case .syncStatus(let status): send(.syncStatus(status))
            case .history(let id, let entries): send(.historyLoaded(id, entries))
            case .message(let msg): send(msg)
            }
        }
        replayDeferred()
        return !items.isEmpty
    }

    /// Applies one message and, in turn, the messages its effects produce.
    public func send(_ msg: Msg) {
        var queue = [msg]
        while !queue.isEmpty {
            let effects = state.update(queue.removeFirst())
            queue += effects.flatMap(perform)
        }
    }

    private var now: Date { state.environment.clock.now() }

    /// Writes each community's part of a change onto the version it was
    /// computed from (the store merges it onto a newer one, or refuses).
    /// What was written before a failure stays written and is recorded, so
    /// that the screen shows what the files hold and undo can take it back.
    private func save(_ change: Change, _ direction: ChangeDirection) -> [Msg] {
        var saved: [Change] = []
        for var part in change.parts {
            do {
                if let changed = part.after {
                    let stamped = RecordStamps.stamp(changed, comparedWith: part.before, at: now)
                    let written = try store.save(stamped, basedOn: SaveBase(part.before, version: part.version))
                    if let newer = written.onto {
                        // Applied onto a newer version: that is what undo goes back to.
                        part.combinedWith = ChangeSummary.described(old: part.before, new: newer)
                        part.before = newer
                    }
                    (part.after, part.written) = (written.community, written.version)
                } else if let before = part.before {
                    try store.delete(id: before.id, basedOn: part.version, now: now)
                }
                saved.append(part)
            } catch {
                var messages: [Msg] = []
                if var first = saved.first {
                    first.companions = Array(saved.dropFirst())
                    messages.append(.changeSaved(first, direction))
                }
                switch error {
                case .changedOnDisk, .changedMeanwhile, .newerSchema, .unreadable:
                    // The file is not what the change was made on: the screens and an open form take what it holds.
                    let id = (part.after ?? part.before)?.id ?? ""
                    let refusal: Msg = direction == .apply ? .changeFailed(error) : .stepRefused(direction)
                    return messages + [.communityReloaded(id: id, store.reload(id: id)), refusal]
                default:
                    return messages + [.changeFailed(error)]
                }
            }
        }
        var done = saved[0]
        (done.label, done.message, done.fromForm) = (change.label, change.message, change.fromForm)
        done.companions = Array(saved.dropFirst())
        return [.changeSaved(done, direction)]
    }

    private func perform(_ effect: Effect) -> [Msg] {
        switch effect {
        case .quit:
            return []
        case .becomeWritable(let ending):
            let access = store.becomeWritable(endingHolder: ending)
            let tried = Msg.accessTried(access, store.lockHolder, endedHolder: ending)
            // What the other window wrote while this one only read is read again before anything is changed.
            return access.isReadOnly ? [tried] : [tried, .listed(store.load())]
        case .listRestorable:
            return [.restorableListed(store.restorableCopies())]
        case .restore(let copy):
            let id = copy.community.id
            // The community as it is on disk now, whole: a conflict copy's records go into that.
            guard case .success(let current) = store.reload(id: id) else {
                return [.changeFailed(.unreadable(file: "communities/\(id).json"))]
            }
            do {
                let (community, taken) = try store.restore(copy, current: current?.community)
                return [.readInFull([id: store.reload(id: id)]), .restored(community.name, taken)]
            } catch {
                return [.changeFailed(error)]
            }
        case .history(let id):
            jobs += 1
            let (sync, inbox) = (sharing, inbox)
            DispatchQueue.global(qos: .userInitiated).async {
                inbox.post(.history(id, sync.history(communityID: id)))
                inbox.post(.jobDone)
            }
            return []
        case .setUpSync(let author, let remote, let root):
            jobs += 1
            let (sync, inbox, folder) = (sharing, inbox, store.root)
            DispatchQueue.global(qos: .userInitiated).async {
                var failure = sync.setUp(author: author, remote: remote)
                if failure == nil, let root {
                    // The street office's root, as its fingerprint was given: from now on trust comes through it.
                    do {
                        try Roster.pin(root, in: folder)
                    } catch {
                        failure = error.localizedDescription
                    }
                    inbox.post(.message(.trustRead(TrustedReviewers.load(dataDirectory: folder))))
                }
                inbox.post(.message(.syncSetUp(failure: failure)))
                if failure == nil { inbox.post(.syncStatus(sync.status())) }
                inbox.post(.jobDone)
            }
            return []
        case .sync:
            jobs += 1
            syncing = true
            let (sync, inbox, budget) = (sharing, inbox, SyncBudget(seconds: syncSeconds))
            syncBudget = budget
            DispatchQueue.global(qos: .userInitiated).async {
                inbox.post(.synced(sync.run(budget: budget)))
                inbox.post(.jobDone)
            }
            return []
        case .cancelSync:
            syncBudget?.cancel()
            return []
        case .save(var change, let direction):
            // A change carries the version of each file it was computed from, from the moment update made it.
            change.parts = change.parts.map { part in
                var part = part
                if part.version == nil, let id = part.before?.id { part.version = store.version(of: id) }
                return part
            }
            // git is merging files meanwhile: the save waits for the sync to end, then goes onto what it left.
            if syncing {
                waitingForSync.append(.save(change, direction))
                return []
            }
            return save(change, direction)
        case .export(var request, let path):
            request.unreadable = state.unreadable
            jobs += 1
            let (inbox, request) = (inbox, request)
            let (communities, today) = (state.communities, state.environment.clock.today())
            let (templates, trusted) = (state.templates, state.trusted)
            DispatchQueue.global(qos: .userInitiated).async {
                let result = request.render(communities, today: today, templates: templates, trusted: trusted) {
                    inbox.post(.message(.exportProgress(done: $0, total: $1)))
                }
                switch result {
                case .failure(let problem): inbox.post(.message(.exportFailed(problem.message)))
                case .success(let data):
                    do throws(StoreError) {
                        try AtomicFile.write(data, to: URL(fileURLWithPath: path), shared: true)
                        inbox.post(.message(.exported(path, leftOut: request.leftOut.count)))
                    } catch {
                        inbox.post(.message(.exportFailed(error.localized)))
                    }
                }
                inbox.post(.jobDone)
            }
            return []
        case .readInFull(let ids, let key):
            let results = Dictionary(uniqueKeysWithValues: ids.map { ($0, store.reload(id: $0)) })
            // The key waited for these files; when none of them reads, it has nothing to act on, and what the
            // screen said of them stays.
            let noneRead = results.values.allSatisfy { if case .success(_?) = $0 { false } else { true } }
            return noneRead ? [.readInFull(results)] : [.readInFull(results), .event(.key(key))]
        case .readInBackground(let ids):
            jobs += 1
            let (reader, inbox, batch) = (store.detachedReader(), inbox, Self.batch)
            DispatchQueue.global(qos: .userInitiated).async {
                for start in stride(from: 0, to: ids.count, by: batch) {
                    let reads = reader(Array(ids[start..<min(ids.count, start + batch)]))
                    // Approvals are verified here, so that no key waits for it.
                    for community in reads.compactMap(\.community) { ApprovalSignature.verifyAhead(community) }
                    inbox.post(.reads(reads))
                }
                inbox.post(.jobDone)
            }
            return []
        case .loadSample:
            var saved: [Community] = []
            do {
                try store.trust(SampleStreet.reviewer)
                for community in SampleStreet.communities(today: state.environment.clock.today()) {
                    try store.save(community)
                    saved.append(community)
                }
            } catch {
                return [.sampleLoaded(saved, store.trustedReviewers()), .changeFailed(error)]
            }
            return [.sampleLoaded(saved, store.trustedReviewers())]
        }
    }
}
