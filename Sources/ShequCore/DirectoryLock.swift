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

    /// Takes the lock file `url` exclusively, or returns nil when another
    /// process holds it.
    public static func acquire(_ url: URL) -> DirectoryLock? {
        let fd = open(url.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o600)
        guard fd >= 0 else { return nil }
        guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
            close(fd)
            return nil
        }
        return DirectoryLock(descriptor: fd)
    }

    deinit {
        flock(descriptor, LOCK_UN)
        close(descriptor)
    }
}
