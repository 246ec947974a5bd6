import Foundation
import ShequText

/// Where sharing through git stands, as the screens show it: whether a
/// sync is running, when this machine last heard from the remote, and the
/// communities changed here that have not been sent. Nil in `AppState`
/// when the data directory is not set up for sync.
public struct SyncState: Equatable, Sendable {
    public var running = false
    public var lastExchange: Date?
    public var waiting: Set<String> = []

    public init() {}

    /// "上次同步 09-15 10:30 · 2 个社区待同步", or "同步中…".
    func summary(_ language: Language, zone: TimeZone) -> String {
        if running { return language(L.syncRunning) }
        var parts: [String] = []
        if let lastExchange {
            var calendar = Calendar(identifier: .gregorian)
            calendar.timeZone = zone
            let p = calendar.dateComponents([.month, .day, .hour, .minute], from: lastExchange)
            let when =
                [p.month, p.day].map { String(format: "%02d", $0 ?? 0) }.joined(separator: "-") + " "
                + [p.hour, p.minute].map { String(format: "%02d", $0 ?? 0) }.joined(separator: ":")
            parts.append(language(L.syncLast(when)))
        } else {
            parts.append(language(L.syncNever))
        }
        if !waiting.isEmpty { parts.append(language(L.syncWaiting(waiting.count))) }
        return parts.joined(separator: " · ")
    }
}
