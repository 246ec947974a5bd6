import Foundation
import ShequDomain
import ShequText

#if canImport(Glibc)
    import Glibc
#endif

/// Reads a data, template or settings file that may be anything a person
/// or another program left in its place: only a regular file is read (a
/// folder, FIFO or device is refused without blocking), up to a size limit,
/// and every failure says what it is.
public enum TextFile {
    /// Why a file was not read.
    public enum Failure: Error, Equatable {
        /// There is no file by that name.
        case missing
        case problem(FileProblem)
    }

    /// The size limit of a settings, theme or template file.
    public static let settingsLimit = 1_048_576

    /// The bytes of the regular file at `path`, at most `limit` of them;
    /// with `head`, only its first `head` bytes (the size limit still holds
    /// for the whole file). Without `followingLinks`, a symbolic link, even
    /// a dangling one, is refused as what it is.
    public static func bytes(at path: String, limit: Int, head: Int = .max, followingLinks: Bool = true)
        -> Result<[UInt8], Failure>
    {
        let descriptor = open(path, O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY | (followingLinks ? 0 : O_NOFOLLOW))
        guard descriptor >= 0 else {
            if errno == ELOOP && !followingLinks { return failure(L.isASymbolicLink) }
            return errno == ENOENT ? .failure(.missing) : failure(L.cannotBeReadBecause(AtomicFile.errnoText()))
        }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else { return failure(L.cannotBeReadBecause(AtomicFile.errnoText())) }
        switch info.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: return failure(L.isAFolder)
        default: return failure(L.notARegularFile)
        }
        guard info.st_size <= limit else {
            return failure(L.fileTooLarge(limit / 1_048_576))
        }
        var bytes = [UInt8](repeating: 0, count: min(Int(info.st_size) + 1, head))
        var filled = 0
        while filled < bytes.count {
            let count = bytes.withUnsafeMutableBytes { read(descriptor, $0.baseAddress! + filled, $0.count - filled) }
            if count < 0 && errno == EINTR { continue }
            guard count >= 0 else { return failure(L.cannotBeReadBecause(AtomicFile.errnoText())) }
            if count == 0 { break }
            filled += count
        }
        guard filled <= limit else { return failure(L.fileTooLarge(limit / 1_048_576)) }
        return .success(Array(bytes[..<filled]))
    }

    /// The text of the regular file at `path`, which must be UTF-8.
    public static func text(at path: String, limit: Int) -> Result<String, Failure> {
        bytes(at: path, limit: limit).flatMap { bytes in
            guard let text = String(validating: bytes, as: UTF8.self) else { return failure(L.notUTF8) }
            return .success(text)
        }
    }

    private static func failure<T>(_ message: Localized) -> Result<T, Failure> {
        .failure(.problem(FileProblem(location: "", message: message)))
    }
}
