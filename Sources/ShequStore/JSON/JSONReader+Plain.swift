/// Values read straight from the bytes by the readers that skip the tree
/// (`plainActivities`, the headline index): each gives nil, where it may
/// have moved the offset, for anything but the plain form it expects.
extension JSONReader {
    /// Text at the offset, within `limit` bytes (text longer in bytes may
    /// be within the limit in characters: the careful decoder decides).
    mutating func plainText(limit: Int) -> String? {
        guard current == UInt8(ascii: "\""), let text = try? string(), text.utf8.count <= limit else { return nil }
        return text
    }

    /// A whole number written as plain digits, within `Int`'s range.
    mutating func plainWhole() -> Int? {
        let negative = current == UInt8(ascii: "-")
        if negative { offset += 1 }
        let start = offset
        var number = 0
        while let byte = current, byte >= UInt8(ascii: "0"), byte <= UInt8(ascii: "9") {
            let (shifted, overflow) = number.multipliedReportingOverflow(by: 10)
            let (sum, overflowAgain) = shifted.addingReportingOverflow(Int(byte - UInt8(ascii: "0")))
            guard !overflow, !overflowAgain else { return nil }
            number = sum
            offset += 1
        }
        let length = offset - start
        guard length > 0, length == 1 || bytes[start] != UInt8(ascii: "0") else { return nil }
        if let byte = current, byte == UInt8(ascii: ".") || byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E") {
            return nil
        }
        return negative ? -number : number
    }

    /// `null`, moving past it.
    mutating func plainNull() -> Bool {
        guard bytes[offset...].starts(with: "null".utf8) else { return false }
        offset += 4
        return true
    }

    /// A list at the offset whose every element `element` reads.
    mutating func plainList<Element>(_ element: (inout JSONReader) -> Element?) -> [Element]? {
        skipWhiteSpace()
        guard current == UInt8(ascii: "[") else { return nil }
        offset += 1
        var list: [Element] = []
        skipWhiteSpace()
        if current == UInt8(ascii: "]") {
            offset += 1
            return list
        }
        while true {
            skipWhiteSpace()
            guard let value = element(&self) else { return nil }
            list.append(value)
            skipWhiteSpace()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "]"):
                offset += 1
                return list
            default: return nil
            }
        }
    }

    /// A list of text at the offset.
    mutating func plainTextList(limit: Int) -> [String]? {
        plainList { $0.plainText(limit: limit) }
    }

    /// Moves past the rest of a list whose `[` was just read, nested lists
    /// and text included, making nothing of it; false when the data ends
    /// first. What it passes over is not checked.
    mutating func skipPlainList() -> Bool {
        var depth = 1
        var inText = false
        while let byte = current {
            offset += 1
            if inText {
                if byte == UInt8(ascii: "\\") {
                    offset += 1
                } else if byte == UInt8(ascii: "\"") {
                    inText = false
                }
                continue
            }
            switch byte {
            case UInt8(ascii: "\""): inText = true
            case UInt8(ascii: "["): depth += 1
            case UInt8(ascii: "]"):
                depth -= 1
                if depth == 0 { return true }
            default: break
            }
        }
        return false
    }

    /// `byte` (after any white space), moving past it.
    mutating func plainPunctuation(_ byte: UInt8) -> Bool {
        skipWhiteSpace()
        guard current == byte else { return false }
        offset += 1
        skipWhiteSpace()
        return true
    }
}
