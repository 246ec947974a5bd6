import ShequDomain
import ShequText

/// What a key does on the welcome screen of a first run.
enum WelcomeAction: Sendable {
    case sample, sync, empty, quit
}

extension AppState {
    static let welcomeKeys = KeyTable<WelcomeAction>([
        KeyBinding([.char("s"), .enter], "s Enter", L.keyLoadSample, .sample, hint: true),
        KeyBinding([.char("e")], "e", L.keyStartEmpty, .empty, hint: true),
        KeyBinding([.char("q"), .escape], "q Esc", L.keyQuit, .quit, hint: true),
    ])

    /// In a directory set up for sync there is no sample street (the next
    /// sync would send it to the street office): `s` fetches the street's.
    static let sharedWelcomeKeys = KeyTable<WelcomeAction>([
        KeyBinding([.char("s"), .enter], "s Enter", L.keySync, .sync, hint: true),
        KeyBinding([.char("e")], "e", L.keyStartEmpty, .empty, hint: true),
        KeyBinding([.char("q"), .escape], "q Esc", L.keyQuit, .quit, hint: true),
    ])

    private var welcomeKeys: KeyTable<WelcomeAction> { sync == nil ? Self.welcomeKeys : Self.sharedWelcomeKeys }

    mutating func updateWelcome(_ key: Key) -> KeyResult {
        guard case .action(let action) = welcomeKeys.lookup(key) else { return .unhandled }
        switch action {
        case .sample: return .handled([.loadSample])
        case .sync:
            pages.removeLast()
            return .handled(startSync())
        case .empty:
            pages.removeLast()
            say(L.noCommunities)
            return .done
        case .quit: return .handled(quit())
        }
    }

    func renderWelcome(into buffer: inout ScreenBuffer) {
        Chrome.drawTitle(language(L.appName), right: "", into: &buffer)
        let width = min(size.columns - 4, 70)
        let left = (size.columns - width) / 2
        var row = 2
        buffer.write(language(L.welcomeTitle), column: left, row: row, width: width, role: .header)
        row += 2
        for line in DisplayWidth.wrap(language(L.welcomeText), to: width) where row < size.rows - 7 {
            buffer.write(line, column: left, row: row, width: width)
            row += 1
        }
        row += 1
        let choices = [
            ("s", sync == nil ? L.welcomeSample : L.welcomeSyncFirst), ("e", L.welcomeEmpty), ("q", L.welcomeQuit),
        ]
        for (key, text) in choices {
            buffer.write(" " + key + " ", column: left, row: row, role: .key)
            buffer.write(language(text), column: left + 4, row: row, width: width - 4)
            row += 1
        }
        row += 1
        buffer.write(language(L.dataDirectoryIs(dataDirectory)), column: left, row: row, width: width, role: .dim)
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(welcomeKeys.hints(), state: self, into: &buffer)
    }
}
