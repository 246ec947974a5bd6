import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Crash-safe file replacement: the new bytes go to a temporary file in the
/// same folder, which is flushed to disk and renamed over the old file, then
/// the folder itself is flushed. A kill at any moment leaves either the old
/// file or the new one, never a truncated mix.
public enum AtomicFile {
    /// Prefix of the temporary files, so that leftovers of a killed process
    /// can be recognised and removed.
    public static let temporaryPrefix = ".tmp-"

    /// Replaces the file at `url` with `data`, readable by the owner only
    /// (data files), or, `shared`, with the permissions the umask gives a new
    /// file (0644 typically: an export is meant to be handed on).
    /// `beforeRename` lets tests fail the write at its most dangerous point.
    public static func write(
        _ data: Data, to url: URL, shared: Bool = false, beforeRename: (() throws -> Void)? = nil
    ) throws(StoreError) {
        let folder = url.deletingLastPathComponent().path
        let temporary =
            folder + "/" + temporaryPrefix + url.lastPathComponent + "-"
            + String(UInt32.random(in: 0...UInt32.max), radix: 36)
        let fd = open(temporary, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, shared ? 0o666 : 0o600)
        guard fd >= 0 else { throw StoreError.write(path: url.path, reason: errnoText()) }
        var finished = false
        defer {
            if !finished { unlink(temporary) }
        }
        let written = data.withUnsafeBytes { buffer -> Bool in
            var offset = 0
            while offset < buffer.count {
                let result = Glibc.write(fd, buffer.baseAddress! + offset, buffer.count - offset)
                if result < 0 {
                    if errno == EINTR { continue }
                    return false
                }
                offset += result
            }
            return true
        }
        guard written, fsync(fd) == 0 else {
            let reason = errnoText()
            close(fd)
            throw StoreError.write(path: url.path, reason: reason)
        }
        close(fd)
        do {
            try beforeRename?()
        } catch {
            throw StoreError.write(path: url.path, reason: String(describing: error))
        }
        guard rename(temporary, url.path) == 0 else { throw StoreError.write(path: url.path, reason: errnoText()) }
        finished = true
        syncFolder(folder)
    }

    /// Flushes a folder's entries (a rename or an unlink) to disk.
    public static func syncFolder(_ path: String) {
        let fd = open(path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard fd >= 0 else { return }
        fsync(fd)
        close(fd)
    }

    /// Removes temporary files that a killed process left in `folder`.
    public static func removeLeftovers(in folder: URL) {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        for name in names where name.hasPrefix(temporaryPrefix) {
            unlink(folder.appendingPathComponent(name).path)
        }
    }

    static func errnoText() -> String {
        String(cString: strerror(errno))
    }
}
