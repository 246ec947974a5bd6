import ShequText

extension AppState {
    /// Why `s` cannot sync now (not set up, read-only, already running);
    /// nil when it can. The same on every screen that offers it.
    var syncRefusal: Localized? {
        guard let sync else { return L.syncNotSetUp }
        return reasonReadOnly ?? (sync.running ? L.syncAlreadyRunning : nil)
    }

    /// Starts a sync in the background, the title saying so.
    mutating func startSync() -> [Effect] {
        sync?.running = true
        say(L.syncStarted)
        return [.sync]
    }
}
