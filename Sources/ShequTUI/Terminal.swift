/// Where frames are shown and events come from: the real terminal through
/// ncursesw, or an in-memory one in tests. Screens never talk to it; only
/// the runner does.
public protocol Terminal: AnyObject {
    var size: Size { get }
    /// Shows a finished frame.
    func present(_ buffer: ScreenBuffer)
    /// Waits for the next event; nil when there will be no more input.
    func nextEvent() -> Event?
    /// An event that has already arrived, without waiting; nil when none has.
    /// An input method commits a whole phrase at once, which arrives as
    /// several characters; the runner takes them all before drawing again.
    func pendingEvent() -> Event?
    /// Waits at most `milliseconds` for the next event, while work runs in
    /// the background.
    func nextEvent(waitingAtMost milliseconds: Int32) -> TerminalWait
}

/// What waiting a while for input came to.
public enum TerminalWait: Sendable {
    case event(Event)
    /// Nothing arrived in time; more may come.
    case timeout
    /// No more input will come: the terminal closed, or a test's input is
    /// used up.
    case noMoreInput
}
