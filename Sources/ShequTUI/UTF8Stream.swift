/// Bytes from the terminal decoded as UTF-8 however they are split across
/// reads: an IME's commit or a paste over a slow link may break a
/// character anywhere, and the bytes that came so far wait for the rest
/// instead of being dropped. A byte that cannot continue what waits ends
/// it as U+FFFD and is read afresh, so no input ever stalls the keyboard.
struct UTF8Stream: Sendable {
    private var pending: [UInt8] = []
    private var needed = 0

    /// Feeds one byte; returns the characters it completes (none while a
    /// character is still incomplete; two when a broken one ends and this
    /// byte stands alone).
    mutating func feed(_ byte: UInt8) -> [Unicode.Scalar] {
        if !pending.isEmpty {
            guard byte & 0xC0 == 0x80 else {
                reset()
                return [Self.replacement] + feed(byte)
            }
            pending.append(byte)
            guard pending.count == needed else { return [] }
            defer { reset() }
            var decoder = UTF8()
            var bytes = pending.makeIterator()
            if case .scalarValue(let scalar) = decoder.decode(&bytes) { return [scalar] }
            return [Self.replacement]
        }
        switch byte {
        case 0x00...0x7F: return [Unicode.Scalar(byte)]
        case 0xC2...0xDF: needed = 2
        case 0xE0...0xEF: needed = 3
        case 0xF0...0xF4: needed = 4
        default: return [Self.replacement]
        }
        pending = [byte]
        return []
    }

    private mutating func reset() {
        pending = []
        needed = 0
    }

    private static let replacement = Unicode.Scalar(0xFFFD)!
}
