import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// An advisory lock on a data directory, held for the life of the process,
/// so that only one Shequ writes to it; a second one opens read-only.
public final class DirectoryLock {
    private let descriptor: Int32

    private init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    /// What trying to take the lock came to.
    public enum Outcome {
        case acquired(DirectoryLock)
        /// Another process holds it.
        case held
        /// The lock file cannot be opened: a read-only file system, no
        /// permission; the reason is the system's.
        case unavailable(String)
    }

    /// Takes the lock file `url` exclusively.
    public static func acquire(_ url: URL) -> Outcome {
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return .unavailable(AtomicFile.errnoText()) }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            let held = errno == EWOULDBLOCK
            let reason = AtomicFile.errnoText()
            close(fd)
            return held ? .held : .unavailable(reason)
        }
        return .acquired(DirectoryLock(descriptor: fd))
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
