import Foundation
import ShequCore
import ShequExport

/// Runs the app: reads events from a terminal, passes them through
/// `update`, performs the effects against the store and feeds their results
/// back as messages, and presents a frame when input has settled. Only
/// `update` changes the state; effects report back through messages.
public final class AppRunner {
    public private(set) var state: AppState
    private let terminal: any Terminal
    private let store: CommunityStore

    public init(state: AppState, terminal: any Terminal, store: CommunityStore) {
        self.state = state
        self.terminal = terminal
        self.store = store
    }

    /// Runs until the user quits or input ends.
    public func run() {
        send(.event(.resize(terminal.size)))
        terminal.present(state.render())
        while !state.isQuitting, let event = terminal.nextEvent() {
            send(.event(event))
            while !state.isQuitting, let more = terminal.pendingEvent() {
                send(.event(more))
            }
            if !state.isQuitting { terminal.present(state.render()) }
        }
    }

    /// Applies one message and, in turn, the messages its effects produce.
    public func send(_ msg: Msg) {
        var queue = [msg]
        while !queue.isEmpty {
            let effects = state.update(queue.removeFirst())
            // A long effect runs after the screen shows what update said of it ("Exporting…").
            if effects.contains(where: \.takesLong) { terminal.present(state.render()) }
            queue += effects.flatMap(perform)
        }
    }

    private var now: Date { state.environment.clock.now() }

    private func perform(_ effect: Effect) -> [Msg] {
        switch effect {
        case .quit:
            return []
        case .save(var change, let direction):
            do {
                if let changed = change.after {
                    let after = RecordStamps.stamp(changed, comparedWith: change.before, at: now)
                    try store.save(after)
                    change.after = after
                } else if let before = change.before {
                    try store.delete(id: before.id, now: now)
                }
                return [.changeSaved(change, direction)]
            } catch .changedOnDisk(let file) {
                let id = (change.after ?? change.before)?.id ?? ""
                return [.communityReloaded(id: id, store.reload(id: id)), .changeFailed(.changedOnDisk(file: file))]
            } catch {
                return [.changeFailed(error)]
            }
        case .export(let request, let path):
            let result = request.render(
                state.communities, today: state.environment.clock.today(), templates: state.templates,
                trusted: state.trusted)
            switch result {
            case .failure(let problem): return [.exportFailed(problem.message)]
            case .success(let data):
                do {
                    try AtomicFile.write(data, to: URL(fileURLWithPath: path))
                    return [.exported(path)]
                } catch {
                    return [.exportFailed(error.localized)]
                }
            }
        case .readInFull(let ids, let key):
            let results = Dictionary(uniqueKeysWithValues: ids.map { ($0, store.reload(id: $0)) })
            return [.readInFull(results), .event(.key(key))]
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
