/// A terminal that lives in memory, for tests: it is fed events, can be
/// resized, and keeps the last frame it was shown.
public final class MemoryTerminal: Terminal {
    public private(set) var size: Size
    public private(set) var lastFrame: ScreenBuffer?
    public private(set) var frameCount = 0
    /// Every frame shown, as text, while `keepsFrames` is set: for tests of
    /// what the screen showed while work ran in the background.
    public private(set) var frames: [String] = []
    public var keepsFrames = false
    private var queue: [Event] = []

    public init(columns: Int, rows: Int) {
        size = Size(columns: columns, rows: rows)
    }

    /// Queues events to be read in order.
    public func feed(_ events: [Event]) {
        queue += events
    }

    /// Queues key presses.
    public func feed(keys: [Key]) {
        feed(keys.map(Event.key))
    }

    /// Queues typed text, one character per key, as an input method delivers it.
    public func type(_ text: String) {
        feed(keys: text.map(Key.char))
    }

    /// Changes the size and queues the resize event a real terminal sends.
    public func resize(columns: Int, rows: Int) {
        size = Size(columns: columns, rows: rows)
        queue.append(.resize(size))
    }

    /// The last frame as text; empty before the first frame.
    public var screenText: String { lastFrame?.text ?? "" }

    public func present(_ buffer: ScreenBuffer) {
        lastFrame = buffer
        frameCount += 1
        if keepsFrames { frames.append(buffer.text) }
    }

    public func nextEvent() -> Event? {
        queue.isEmpty ? nil : queue.removeFirst()
    }

    public func pendingEvent() -> Event? {
        nextEvent()
    }

    /// The next fed event, or no more input: a test's input is all fed
    /// before the run, so waiting would bring nothing.
    public func nextEvent(waitingAtMost milliseconds: Int32) -> TerminalWait {
        nextEvent().map(TerminalWait.event) ?? .noMoreInput
    }
}
