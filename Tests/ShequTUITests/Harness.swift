import Foundation
import ShequSync

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI
@testable import ShequText

/// A session of the app on an in-memory terminal and a temporary data
/// directory: feed it keys, read the screen, look at the files.
final class Harness {
    let directory: URL
    let terminal: MemoryTerminal
    private(set) var store: CommunityStore
    private(set) var runner: AppRunner

    /// Opens a session; `sample` writes the sample street first, `setup`
    /// may add files before the store is opened; `headlines` starts from
    /// the index as a clerk's session does; `sync` as in a data directory
    /// set up for sync; `firstScreen` starts from the index's first rows
    /// only, as `shequ` does, the rest listed once the screen shows;
    /// `sharing` gives the sync backend for the data directory (git when nil).
    init(
        columns: Int = 80, rows: Int = 24, language: Language = .zh, sample: Bool = true, readOnly: Bool = false,
        role: UserRole = .clerk, exportFolder: String? = nil, headlines: Bool = false, sync: Bool = false,
        firstScreen: Int? = nil, setup: (URL) -> Void = { _ in }, sharing: ((URL) -> any SyncBackend)? = nil
    ) throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-ui-" + UUID().uuidString)
        if sample {
            let writer = try CommunityStore(root: directory)
            // A shared directory never trusts the sample street's key, whose private half every copy holds.
            if !sync { try writer.trust(SampleStreet.reviewer) }
            for community in SampleStreet.communities(today: Self.today) { try writer.save(community) }
        }
        setup(directory)
        terminal = MemoryTerminal(columns: columns, rows: rows)
        store = try CommunityStore(root: directory, readOnly: readOnly)
        let snapshot: CommunityStore.Snapshot
        if let firstScreen {
            _ = store.load()  // a session before wrote the index
            snapshot = store.firstScreen(rows: firstScreen)
        } else {
            snapshot = headlines ? store.loadHeadlines() : store.load()
        }
        var state = AppState(
            language: language, size: terminal.size, access: store.access, dataDirectory: "/data/shequ",
            snapshot: snapshot, isFirstRun: store.isEmpty,
            actor: Actor(
                role: role, name: role == .supervisor ? "街道 王秀英" : "填报员 李梅",
                signer: role == .supervisor ? ReviewSigner.sample : nil),
            environment: Self.environment)
        if let exportFolder { state.exportFolder = exportFolder }
        if sync { state.sync = SyncState() }
        state.trusted = store.trustedReviewers()
        state.lockedOut = store.isLockedOut
        state.lockHolder = store.lockHolder
        runner = AppRunner(state: state, terminal: terminal, store: store, sharing: sharing?(directory))
        runner.run()
    }

    /// The pinned "today" of every UI test.
    static let today = LocalDate(year: 2025, month: 9, day: 15)!

    /// A clock stopped on `today` (in Shanghai, 14:00) and identifiers that
    /// are the same every run.
    static let environment = Environment(
        clock: .fixed(Date(timeIntervalSince1970: 1_757_916_000), timeZone: TimeZone(identifier: "Asia/Shanghai")!),
        ids: .sequential)

    var state: AppState { runner.state }
    var screen: String { terminal.screenText }

    /// Presses keys and lets the app draw.
    @discardableResult
    func press(_ keys: Key...) -> Harness {
        terminal.feed(keys: keys)
        runner.run()
        return self
    }

    /// Types text as an input method commits it, then lets the app draw.
    @discardableResult
    func type(_ text: String) -> Harness {
        terminal.type(text)
        runner.run()
        return self
    }

    func resize(columns: Int, rows: Int) {
        terminal.resize(columns: columns, rows: rows)
        runner.run()
    }

    func send(_ event: Event) {
        terminal.feed([event])
        runner.run()
    }

    /// The communities as a fresh load of the data directory sees them.
    var onDisk: [Community] {
        (try? CommunityStore(root: directory, readOnly: true).load().communities) ?? []
    }

    deinit {
        try? FileManager.default.removeItem(at: directory)
    }
}
