import Foundation

/// What Shequ asks the terminal before ncurses takes it over: the colour of
/// its background (OSC 11) and how wide it draws an ambiguous character
/// (“…” written at the line's start, then a cursor-position report), with
/// a device-attributes request after both, which every terminal answers, so
/// that the wait ends as soon as the answers are in and no answer is left to
/// be read as keys. A terminal that answers nothing costs `patience`.
public struct TerminalProbe: Sendable {
    /// What the terminal said; nil where it said nothing.
    public struct Answers: Equatable, Sendable {
        public var background: TerminalBackground?
        public var ambiguousWide: Bool?
    }

    /// What to ask.
    public var askBackground: Bool
    public var askAmbiguousWidth: Bool
    /// How long to wait for the answers, in milliseconds.
    public var patience: Int32 = 300

    public init(askBackground: Bool, askAmbiguousWidth: Bool) {
        self.askBackground = askBackground
        self.askAmbiguousWidth = askAmbiguousWidth
    }

    /// The bytes written to the terminal.
    var question: String {
        var text = ""
        if askAmbiguousWidth { text += "\r\u{2026}\u{1B}[6n" }
        if askBackground { text += "\u{1B}]11;?\u{1B}\\" }
        text += "\u{1B}[c"
        // The ellipsis is wiped again at once.
        if askAmbiguousWidth { text += "\r\u{1B}[K" }
        return text
    }

    /// Asks the terminal on standard input and output; nothing is asked when
    /// there is nothing to ask or they are not a terminal.
    public func ask() -> Answers {
        guard askBackground || askAmbiguousWidth, isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            return Answers()
        }
        var saved = termios()
        guard tcgetattr(STDIN_FILENO, &saved) == 0 else { return Answers() }
        var raw = saved
        raw.c_lflag &= ~tcflag_t(ICANON | ECHO)
        tcsetattr(STDIN_FILENO, TCSANOW, &raw)
        defer { tcsetattr(STDIN_FILENO, TCSANOW, &saved) }
        _ = question.withCString { write(STDOUT_FILENO, $0, strlen($0)) }
        var reply: [UInt8] = []
        let deadline = Date().addingTimeInterval(Double(patience) / 1000)
        while !Self.holdsDeviceAttributes(reply) {
            let left = Int32(deadline.timeIntervalSinceNow * 1000)
            guard left > 0 else { break }
            var poller = pollfd(fd: STDIN_FILENO, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, left) > 0 else { break }
            var bytes = [UInt8](repeating: 0, count: 256)
            let count = read(STDIN_FILENO, &bytes, bytes.count)
            guard count > 0 else { break }
            reply += bytes[0..<count]
        }
        return Self.answers(in: String(decoding: reply, as: UTF8.self))
    }

    /// True once the reply holds the device-attributes answer, `ESC [ ? … c`.
    static func holdsDeviceAttributes(_ reply: [UInt8]) -> Bool {
        guard
            let start = reply.indices.first(where: {
                reply[$0] == 0x1B && $0 + 2 < reply.count
                    && reply[$0 + 1] == UInt8(ascii: "[") && reply[$0 + 2] == UInt8(ascii: "?")
            })
        else { return false }
        return reply[start...].contains(UInt8(ascii: "c"))
    }

    /// Reads the answers out of what the terminal wrote back: the
    /// cursor-position report `ESC [ row ; column R` (column 2 after one
    /// narrow character, 3 after a wide one) and the OSC 11 colour.
    static func answers(in reply: String) -> Answers {
        var answers = Answers(background: TerminalBackground.fromReply(reply))
        var rest = Substring(reply)
        while let escape = rest.range(of: "\u{1B}[") {
            let body = rest[escape.upperBound...].prefix { $0.isASCII && ($0.isNumber || $0 == ";") }
            let after = rest[escape.upperBound...].dropFirst(body.count)
            if after.first == "R", let column = body.split(separator: ";").last.flatMap({ Int($0) }) {
                if column == 2 { answers.ambiguousWide = false }
                if column == 3 { answers.ambiguousWide = true }
            }
            rest = rest[escape.upperBound...]
        }
        return answers
    }
}
