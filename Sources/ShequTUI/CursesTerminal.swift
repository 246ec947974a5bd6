import CNcursesw
import Foundation

/// The real terminal, through ncursesw: UTF-8 locale, raw mode, a short Esc
/// delay, the mouse, bracketed paste, colours from the theme, and the
/// terminal restored on every way out (normal exit, the terminal closing,
/// SIGTERM, SIGHUP, SIGQUIT, a crash).
public final class CursesTerminal: Terminal {
    private let window: UnsafeMutablePointer<WINDOW>
    private var restored = false
    /// Input read while decoding an escape sequence that belongs to the
    /// next event.
    private var leftover: RawInput?
    /// The terminal's bytes, decoded as UTF-8 across reads.
    private var utf8 = UTF8Stream()
    /// Characters decoded and not yet read.
    private var decoded: [Unicode.Scalar] = []
    /// How long the rest of an escape sequence may take to arrive, in ms.
    private static let sequenceWait: Int32 = 50
    private static let bracketedPasteOn = "\u{1B}[?2004h"
    private static let bracketedPasteOff = "\u{1B}[?2004l"
    /// How many colours the terminal has; 0 when it has none.
    public let colorCount: Int
    public private(set) var size: Size
    /// What the terminal answered to `probe` before it was taken over.
    public let answers: TerminalProbe.Answers

    /// Takes over the terminal, first asking it what `probe` asks. Call
    /// `restore()` before printing anything. Without `mouse`, clicks and
    /// drags stay the terminal's own, so text on the screen can be selected
    /// and copied as in any program.
    public init(mouse: Bool = true, probe: TerminalProbe) throws(TerminalError) {
        Self.ensureUTF8Locale()
        let name = ProcessInfo.processInfo.environment["TERM"] ?? ""
        switch shequ_terminal_usable() {
        case 0: throw TerminalError.unknown(name)
        case -1: throw TerminalError.cannotMoveCursor(name)
        default: break
        }
        answers = probe.ask()
        guard let window = initscr() else { throw TerminalError.cannotStart }
        self.window = window
        raw()
        noecho()
        nonl()
        keypad(window, true)
        set_escdelay(25)
        if mouse {
            mousemask(shequ_all_mouse_events(), nil)
            mouseinterval(0)
        }
        if has_colors() {
            start_color()
            use_default_colors()
            colorCount = Int(shequ_colors())
        } else {
            colorCount = 0
        }
        size = Size(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
        Self.installSignalHandlers()
        Self.writeToTerminal(Self.bracketedPasteOn)
    }

    private static func writeToTerminal(_ text: String) {
        _ = text.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
    }

    /// Sets LC_ALL from the environment and, when that does not give UTF-8
    /// (LANG=C, or a zh_CN.UTF-8 that is not installed), LC_CTYPE=C.UTF-8, so
    /// Chinese is drawn and typed correctly.
    public static func ensureUTF8Locale() {
        setlocale(LC_ALL, "")
        let codeset = nl_langinfo(Int32(CODESET)).map { String(cString: $0) } ?? ""
        if codeset.uppercased().replacingOccurrences(of: "-", with: "") != "UTF8" {
            setlocale(LC_CTYPE, "C.UTF-8")
        }
    }

    /// Defines one colour pair per role from `theme`'s face for the
    /// terminal's `background` (dark when not known), adapted to the
    /// terminal's colour count; the roles are drawn with the adapted
    /// attributes too (on 8 colours a bright colour becomes bold).
    public func apply(_ theme: Theme, on background: TerminalBackground?) {
        let face = theme.face(on: background)
        drawn = Dictionary(
            uniqueKeysWithValues: Role.allCases.map {
                let style = face.style($0)
                return ($0, colorCount > 0 ? style.adapted(toColors: colorCount, on: background ?? .dark) : style)
            })
        guard colorCount > 0 else { return }
        for (index, role) in Role.allCases.enumerated() {
            let style = drawn[role] ?? Style()
            init_pair(Int16(index + 1), Self.number(style.foreground), Self.number(style.background))
        }
    }

    /// Each role's style as this terminal draws it.
    private var drawn: [Role: Style] = [:]

    public func present(_ buffer: ScreenBuffer) {
        let attributes = Dictionary(
            uniqueKeysWithValues: Role.allCases.enumerated().map { index, role in
                (role, (Self.attributes(drawn[role] ?? Style()), colorCount > 0 ? Int16(index + 1) : Int16(0)))
            })
        for row in 0..<min(buffer.size.rows, size.rows) {
            for column in 0..<min(buffer.size.columns, size.columns) {
                let cell = buffer[column, row]
                if cell.isContinuation { continue }
                let (attrs, pair) = attributes[cell.role] ?? (shequ_attr_normal(), 0)
                var characters = cell.text.unicodeScalars.map { wchar_t(bitPattern: $0.value) }
                characters.append(0)
                _ = shequ_put_cell(window, Int32(row), Int32(column), characters, attrs, pair)
            }
        }
        if let cursor = buffer.cursor {
            curs_set(1)
            wmove(window, Int32(cursor.row), Int32(cursor.column))
        } else {
            curs_set(0)
            let rest = buffer.selection ?? .init(column: 0, row: 0)
            wmove(window, Int32(rest.row), Int32(rest.column))
        }
        wrefresh(window)
    }

    /// The next event; nil when the terminal has closed (end of input, or
    /// an I/O error once the terminal is gone), which ends the program.
    public func nextEvent() -> Event? {
        while !restored {
            switch read(timeout: -1) {
            case .event(let event): return event
            case .nothing: continue
            case .closed: return nil
            }
        }
        return nil
    }

    public func nextEvent(waitingAtMost milliseconds: Int32) -> TerminalWait {
        guard !restored else { return .noMoreInput }
        switch read(timeout: milliseconds) {
        case .event(let event): return .event(event)
        case .nothing: return Self.terminalClosed() ? .noMoreInput : .timeout
        case .closed: return .noMoreInput
        }
    }

    public func pendingEvent() -> Event? {
        if case .event(let event) = read(timeout: 0) { return event }
        return nil
    }

    /// Gives the terminal back as it was; safe to call more than once.
    public func restore() {
        guard !restored else { return }
        restored = true
        Self.writeToTerminal(Self.bracketedPasteOff)
        // Without a screen of its own to leave, the last one is wiped rather than left behind the prompt.
        if shequ_has_alternate_screen() == 0 {
            wclear(window)
            wrefresh(window)
        }
        endwin()
    }

    deinit {
        restore()
    }

    // MARK: - Input

    /// What one read came to.
    private enum ReadOutcome {
        case event(Event)
        /// Nothing to report: no input in time, or input that means nothing.
        case nothing
        case closed
    }

    private func read(timeout: Int32) -> ReadOutcome {
        let input: RawInput
        if let pending = leftover {
            leftover = nil
            input = pending
        } else if let raw = readRaw(timeout: timeout) {
            input = raw
        } else {
            return timeout < 0 && Self.terminalClosed() ? .closed : .nothing
        }
        switch input {
        case .keyCode(let code): return functionKey(code).map(ReadOutcome.event) ?? .nothing
        case .character(27):
            let (event, rest) = EscapeSequence.decode { readRaw(timeout: Self.sequenceWait) }
            leftover = rest
            return event.map(ReadOutcome.event) ?? .nothing
        case .character(let code): return Self.characterKey(code).map { .event(.key($0)) } ?? .nothing
        }
    }

    /// One character or recognised key, waiting up to `timeout` ms (-1:
    /// until one comes); nil when none came.
    /// Bytes are decoded here, not by ncurses, so that a character split
    /// across reads waits for its other bytes (`UTF8Stream`).
    private func readRaw(timeout: Int32) -> RawInput? {
        if !decoded.isEmpty { return .character(decoded.removeFirst().value) }
        wtimeout(window, timeout)
        while true {
            let code = wgetch(window)
            if code == ERR { return nil }
            if code >= KEY_MIN { return .keyCode(code) }
            decoded = utf8.feed(UInt8(truncatingIfNeeded: code))
            if !decoded.isEmpty { return .character(decoded.removeFirst().value) }
        }
    }

    /// True when standard input has hung up or failed: the terminal
    /// window was closed, even if SIGHUP is blocked or ignored.
    private static func terminalClosed() -> Bool {
        var descriptor = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
        guard poll(&descriptor, 1, 0) >= 0 else { return errno != EINTR }
        return descriptor.revents & Int16(POLLHUP | POLLERR | POLLNVAL) != 0
    }

    private func functionKey(_ code: Int32) -> Event? {
        switch code {
        case KEY_RESIZE:
            size = Size(columns: Int(getmaxx(window)), rows: Int(getmaxy(window)))
            return .resize(size)
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            let state = event.bstate
            let kind: MouseEvent.Kind
            if state & shequ_button4_pressed() != 0 {
                kind = .wheelUp
            } else if state & shequ_button5_pressed() != 0 {
                kind = .wheelDown
            } else if state & (shequ_button1_pressed() | shequ_button1_clicked()) != 0 {
                kind = .press
            } else {
                return nil
            }
            return .mouse(MouseEvent(kind, column: Int(event.x), row: Int(event.y)))
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME: return .key(.home)
        case KEY_END: return .key(.end)
        case KEY_PPAGE: return .key(.pageUp)
        case KEY_NPAGE: return .key(.pageDown)
        case KEY_BTAB: return .key(.backTab)
        case KEY_DC: return .key(.delete)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        default:
            for number in 1...12 where code == shequ_key_f(Int32(number)) { return .key(.function(number)) }
            return nil
        }
    }

    /// The key for a character code in raw mode: control codes become
    /// Enter, Tab, Esc, Backspace or Ctrl-letter.
    static func characterKey(_ code: UInt32) -> Key? {
        switch code {
        case 10, 13: return .enter
        case 9: return .tab
        case 27: return .escape
        case 8, 127: return .backspace
        case 1...26: return .ctrl(Character(Unicode.Scalar(code + 96)!))
        case 0..<32: return nil
        default: return Unicode.Scalar(code).map { .char(Character($0)) }
        }
    }

    // MARK: - Colours

    private static func number(_ color: Style.Color) -> Int16 {
        switch color {
        case .terminalDefault: -1
        case .index(let index): Int16(index)
        }
    }

    private static func attributes(_ style: Style) -> attr_t {
        var value = shequ_attr_normal()
        for attribute in style.attributes {
            switch attribute {
            case .bold: value |= shequ_attr_bold()
            case .dim: value |= shequ_attr_dim()
            case .reverse: value |= shequ_attr_reverse()
            case .underline: value |= shequ_attr_underline()
            case .italic: value |= shequ_attr_italic()
            }
        }
        return value
    }

    // MARK: - Signals

    /// On SIGTERM, SIGHUP, SIGQUIT (Ctrl-\ in a cooked terminal, or kill -QUIT)
    /// and the crash signals, give the terminal back before the process ends.
    /// Saves are already on disk by then.
    private static func installSignalHandlers() {
        for signal in [SIGTERM, SIGHUP, SIGQUIT, SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP] {
            Glibc.signal(signal) { number in
                _ = write(STDOUT_FILENO, "\u{1B}[?2004l", 8)
                endwin()
                Glibc.signal(number, SIG_DFL)
                raise(number)
            }
        }
    }
}

/// Why the terminal could not be taken over.
public enum TerminalError: Error {
    case cannotStart
    /// TERM names a terminal terminfo does not know, or is not set.
    case unknown(String)
    /// The terminal cannot move the cursor (`dumb`, a printing terminal).
    case cannotMoveCursor(String)
}
