import Foundation

/// How long one sync may talk to the remote, and the way to stop it early:
/// git's network steps (fetch, push) are stopped when the time runs out or
/// the person at the screen cancels, and the sync then undoes what it had
/// begun. Local steps (a merge) are never interrupted halfway.
public final class SyncBudget: @unchecked Sendable {
    /// A sync's time with the remote when the settings do not say.
    public static let standardSeconds = 300

    public let seconds: Int
    public let deadline: Date
    private let lock = NSLock()
    private var cancelled = false
    private var running: Set<Int32> = []

    public init(seconds: Int = standardSeconds, from start: Date = Date()) {
        self.seconds = seconds
        deadline = start.addingTimeInterval(TimeInterval(seconds))
    }

    /// True once `cancel()` was called.
    public var isCancelled: Bool {
        lock.withLock { cancelled }
    }

    /// True once cancelled or past the deadline.
    public var isOver: Bool {
        isCancelled || Date() >= deadline
    }

    /// Stops the network step under way, and every one after it.
    public func cancel() {
        let groups = lock.withLock {
            cancelled = true
            return running
        }
        for group in groups { kill(-group, SIGKILL) }
    }

    /// Runs `body` with `process` (already started, leader of its own
    /// process group) counted as running, so that a cancel stops it and
    /// its children (ssh) at once.
    func running<T>(_ process: Int32, _ body: () -> T) -> T {
        let alreadyOver = lock.withLock {
            running.insert(process)
            return cancelled
        }
        if alreadyOver { kill(-process, SIGKILL) }
        defer { _ = lock.withLock { running.remove(process) } }
        return body()
    }
}
