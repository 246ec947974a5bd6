import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// The character encoding an export is written in: UTF-8, or GB18030 for
/// the dot-matrix printers and older spreadsheet programs of street offices
/// that take nothing else. GB18030 holds every Unicode character, so
/// nothing is lost in the conversion.
public enum TextEncoding: String, CaseIterable, Sendable {
    case utf8 = "utf-8"
    case gb18030

    /// Formats a declared encoding does not fit: HTML and JSON say UTF-8 themselves.
    public func fits(_ format: ExportFormat) -> Bool {
        self == .utf8 || [.txt, .md, .csv].contains(format)
    }

    /// `data`, UTF-8, in this encoding; a UTF-8 byte-order mark is dropped
    /// (GB18030 has none a spreadsheet program looks for).
    public func encode(_ data: Data) throws -> Data {
        guard self == .gb18030 else { return data }
        return try Self.convert(data.starts(with: [0xEF, 0xBB, 0xBF]) ? data.dropFirst(3) : data[...], to: "GB18030")
    }

    /// UTF-8 `text` in the character set `charset` names to iconv (GB18030,
    /// GBK, BIG5…); a character the set has not becomes "?".
    public static func convert(_ text: Data.SubSequence, to charset: String) throws -> Data {
        let converter = iconv_open(charset + "//TRANSLIT", "UTF-8")
        guard converter != iconv_t(bitPattern: -1) else { throw Failure.unavailable }
        defer { iconv_close(converter) }
        var input = [UInt8](text)
        // GB18030 takes at most four bytes for a character UTF-8 writes in one to four.
        var output = [UInt8](repeating: 0, count: input.count * 4 + 4)
        let written = input.withUnsafeMutableBufferPointer { source -> Int in
            output.withUnsafeMutableBufferPointer { target -> Int in
                var inPointer = source.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var outPointer = target.baseAddress.map {
                    UnsafeMutableRawPointer($0).assumingMemoryBound(to: CChar.self)
                }
                var inLeft = source.count
                var outLeft = target.count
                guard iconv(converter, &inPointer, &inLeft, &outPointer, &outLeft) != -1 || inLeft == 0 else {
                    return -1
                }
                return target.count - outLeft
            }
        }
        guard written >= 0 else { throw Failure.notConvertible }
        return Data(output.prefix(written))
    }

    /// Why a conversion failed.
    public enum Failure: Error {
        /// This system's C library has no converter to the character set.
        case unavailable
        /// The text is not valid UTF-8.
        case notConvertible
    }
}
