import CSV
import Foundation
import ShequDomain

/// CSV as spreadsheet programs take it: UTF-8 with a byte-order mark (so
/// Chinese shows), CRLF after every row (RFC 4180), and no text cell that a
/// spreadsheet would run as a formula. The summary's tables and `shequ list`
/// both write through it.
public enum CSVDocument {
    /// The document's bytes.
    public static func data(header: [String], rows: [[String]]) throws -> Data {
        let stream = OutputStream(toMemory: ())
        let writer = try CSVWriter(stream: stream, newline: .crlf)
        let cell = { (text: String) in neutralized(VisibleText.of(text, keepingLineBreaks: true)) }
        try writer.write(row: header.map(cell))
        for row in rows { try writer.write(row: row.map(cell)) }
        writer.stream.close()
        let body = (stream.property(forKey: .dataWrittenToMemoryStreamKey) as? Data) ?? Data()
        return Data([0xEF, 0xBB, 0xBF]) + body + Data("\r\n".utf8)
    }

    /// A cell that begins with =, +, -, @, a tab or a carriage return gets a
    /// leading ' (OWASP's rule against CSV injection), unless it is a plain
    /// number such as -3 or +2.5, which stays a number, or the lone "-" that
    /// marks a missing figure.
    public static func neutralized(_ cell: String) -> String {
        guard let first = cell.unicodeScalars.first, "=+-@\t\r".unicodeScalars.contains(first) else { return cell }
        if cell == "-" || (Double(cell) != nil && !cell.contains(where: { $0.isLetter })) { return cell }
        return "'" + cell
    }
}
