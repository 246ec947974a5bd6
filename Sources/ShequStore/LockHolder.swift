import Foundation

/// Who holds a data directory's lock, as the holder wrote it into the lock
/// file when it took it: process, computer, user and since when, so that a
/// second window can say who it waits for and end a session of the same
/// user on this computer that hangs (an ssh login that never closed).
public struct LockHolder: Codable, Equatable, Sendable {
    public var pid: Int32
    public var host: String
    public var user: String
    public var since: Date

    public init(pid: Int32, host: String, user: String, since: Date) {
        self.pid = pid
        self.host = host
        self.user = user
        self.since = since
    }

    /// This process, now.
    public static func current(now: Date = Date()) -> LockHolder {
        LockHolder(pid: getpid(), host: hostName, user: userName, since: now)
    }

    /// The holder a lock file names; nil for an empty or unreadable one (an older Shequ's).
    public static func read(_ data: Data) -> LockHolder? {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        return try? decoder.decode(LockHolder.self, from: data)
    }

    /// When it took the lock, in this computer's time: "2026-12-03 09:12".
    public var sinceText: String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.dateFormat = "yyyy-MM-dd HH:mm"
        return formatter.string(from: since)
    }

    /// The line written into the lock file.
    public var data: Data {
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        encoder.outputFormatting = .sortedKeys
        return ((try? encoder.encode(self)) ?? Data()) + Data("\n".utf8)
    }

    /// True when the holder runs on this computer as this user: the only
    /// holder this window may end.
    public var isMineHere: Bool {
        host == Self.hostName && user == Self.userName
    }

    static var hostName: String {
        var buffer = [CChar](repeating: 0, count: 256)
        guard gethostname(&buffer, buffer.count - 1) == 0 else { return "" }
        return String(cString: buffer)
    }

    static var userName: String {
        if let entry = getpwuid(geteuid()), let name = entry.pointee.pw_name { return String(cString: name) }
        return String(geteuid())
    }
}
