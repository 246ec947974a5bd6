import XCTest

@testable import ShequTUI

/// The terminal's bytes make the same characters however they are split
/// across reads, and a broken sequence never swallows what follows.
final class UTF8StreamTests: XCTestCase {
    private func decode(_ bytes: [UInt8]) -> String {
        var stream = UTF8Stream()
        var text = String.UnicodeScalarView()
        for byte in bytes { text.append(contentsOf: stream.feed(byte)) }
        return String(text)
    }

    func testEveryCharacterOfMixedTextArrivesWhateverTheSplit() {
        let text = "A区n 测试·“引号”① é😀"
        let bytes = Array(text.utf8)
        // Byte by byte is every split point at once: the stream keeps no state but the bytes it waits on.
        XCTAssertEqual(decode(bytes), text)
        for split in 0...bytes.count {
            var stream = UTF8Stream()
            var decoded = String.UnicodeScalarView()
            for byte in bytes[..<split] { decoded.append(contentsOf: stream.feed(byte)) }
            for byte in bytes[split...] { decoded.append(contentsOf: stream.feed(byte)) }
            XCTAssertEqual(String(decoded), text, "split at \(split)")
        }
    }

    func testABrokenSequenceEndsAsAReplacementAndTheNextKeyStillComes() {
        XCTAssertEqual(decode([0x41, 0xE5, 0x6E]), "A\u{FFFD}n", "a lead byte followed by a plain key")
        XCTAssertEqual(decode([0x8C, 0x6E]), "\u{FFFD}n", "a stray continuation byte")
        XCTAssertEqual(decode([0xE5, 0x8C, 0xE5, 0x8C, 0xBA]), "\u{FFFD}区")
        XCTAssertEqual(decode([0xFF, 0x41]), "\u{FFFD}A")
    }
}
