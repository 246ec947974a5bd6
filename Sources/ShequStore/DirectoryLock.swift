import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An advisory lock on a data directory, held for the life of the process,
/// so that only one Shequ writes to it; a second one opens read-only. The
/// lock file names its holder (`LockHolder`) while it is held.
public final class DirectoryLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// What trying to take the lock came to.
    public enum Outcome {
        case acquired(DirectoryLock)
        /// Another process holds it; who, when its lock file says.
        case held(LockHolder?)
        /// The lock file cannot be opened: a read-only file system, no
        /// permission; the reason is the system's.
        case unavailable(String)
    }

    /// Takes the lock file `url` exclusively and writes this process into it.
    public static func acquire(_ url: URL) -> Outcome {
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .unavailable(AtomicFile.errnoText()) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let held = errno == EWOULDBLOCK
            let reason = AtomicFile.errnoText()
            close(fd)
            return held ? .held(LockHolder.read((try? Data(contentsOf: url)) ?? Data())) : .unavailable(reason)
        }
        let holder = LockHolder.current().data
        ftruncate(fd, 0)
        _ = holder.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
        return .acquired(DirectoryLock(descriptor: fd))
    }

    /// Ends `holder`, a session of this user on this computer that holds the
    /// lock (everything it showed as saved is on disk already), and takes
    /// the lock: asked to stop, then after `patience` seconds made to.
    public static func takeOver(_ url: URL, from holder: LockHolder, patience: Double = 3) -> Outcome {
        guard holder.isMineHere, holder.pid > 1, holder.pid != getpid() else { return acquire(url) }
        kill(holder.pid, SIGTERM)
        for signal in [SIGTERM, SIGKILL] {
            if signal == SIGKILL { kill(holder.pid, SIGKILL) }
            let deadline = Date().addingTimeInterval(patience)
            while Date() < deadline {
                if case .acquired(let lock) = acquire(url) { return .acquired(lock) }
                usleep(50_000)
            }
        }
        return acquire(url)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
