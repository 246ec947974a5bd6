/// Text from a file made harmless to print: every control character (C0,
/// DEL, C1) is written as a visible escape such as `\x1b`, so that nothing in
/// the data can clear the screen, set a window title or write the clipboard
/// when `list`, `check` or `import` print it, or when an export is printed
/// or opened. Line breaks and tabs stay where `keepingLineBreaks` asks for them.
public enum VisibleText {
    public static func of(_ text: String, keepingLineBreaks: Bool = false) -> String {
        guard holdsControl(text) else { return text }
        var out = String.UnicodeScalarView()
        for scalar in text.unicodeScalars {
            if keepingLineBreaks && (scalar == "\n" || scalar == "\t") {
                out.append(scalar)
            } else if scalar == "\n" || scalar == "\t" || scalar == "\r" {
                out.append(" ")
            } else if isControl(scalar) {
                out.append(contentsOf: ("\\x" + String(scalar.value, radix: 16).leftPadded(to: 2)).unicodeScalars)
            } else {
                out.append(scalar)
            }
        }
        return String(out)
    }

    /// True when `text` holds a character `isControl` names, found in its
    /// UTF-8 bytes without decoding it: nearly all text holds none, and
    /// every table cell of every frame is asked.
    static func holdsControl(_ text: String) -> Bool {
        var text = text
        return text.withUTF8(holdsControl)
    }

    private static func holdsControl(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            switch byte {
            case 0..<0x20, 0x7F: return true
            // C1 (U+0080–U+009F), the Arabic letter mark U+061C, and the three-byte ones from U+200B to U+FEFF.
            case 0xC2, 0xD8, 0xE2, 0xEF:
                let end = min(bytes.count, index + (byte < 0xE0 ? 2 : 3))
                var value: UInt32 = byte < 0xE0 ? UInt32(byte & 0x1F) : UInt32(byte & 0x0F)
                for next in bytes[(index + 1)..<end] { value = value << 6 | UInt32(next & 0x3F) }
                if let scalar = Unicode.Scalar(value), isControl(scalar) { return true }
                index = end
                continue
            default: break
            }
            index += 1
        }
        return false
    }

    /// C0 and C1 controls, the bidi controls that reorder what follows
    /// (U+202A–U+202E, U+2066–U+2069) and the bidi marks (U+200E, U+200F,
    /// U+061C), and the characters that show nothing (zero-width space and
    /// non-joiner U+200B–U+200C, word joiner and invisible operators
    /// U+2060–U+2064, the BOM U+FEFF): a name holding one would show other
    /// than it is, or look like another. The zero-width joiner stays: it
    /// joins emoji.
    public static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0..<0x20, 0x7F...0x9F, 0x061C, 0x200B, 0x200C, 0x200E, 0x200F, 0x202A...0x202E, 0x2060...0x2064,
            0x2066...0x2069, 0xFEFF:
            true
        default: false
        }
    }
}

extension String {
    func leftPadded(to width: Int) -> String {
        String(repeating: "0", count: max(0, width - count)) + self
    }
}

extension Community {
    /// The community with every text field passed through `VisibleText`,
    /// for printed output; the data itself is not changed.
    public func withVisibleText() -> Community {
        func v(_ text: String) -> String { VisibleText.of(text) }
        func lines(_ text: String) -> String { VisibleText.of(text, keepingLineBreaks: true) }
        var c = self
        (c.name, c.street, c.district, c.notes) = (v(name), v(street), v(district), lines(notes))
        c.contacts = contacts.map { Contact(role: v($0.role), name: v($0.name), phone: v($0.phone)) }
        for p in c.plans.indices {
            c.plans[p].title = v(c.plans[p].title)
            c.plans[p].objective = lines(c.plans[p].objective)
            c.plans[p].safeguards = lines(c.plans[p].safeguards)
            for t in c.plans[p].tasks.indices {
                c.plans[p].tasks[t].title = v(c.plans[p].tasks[t].title)
                c.plans[p].tasks[t].owner = v(c.plans[p].tasks[t].owner)
                c.plans[p].tasks[t].notes = lines(c.plans[p].tasks[t].notes)
                c.plans[p].tasks[t].target.unit = v(c.plans[p].tasks[t].target.unit)
            }
        }
        for a in c.activities.indices {
            (c.activities[a].title, c.activities[a].location) = (v(c.activities[a].title), v(c.activities[a].location))
            c.activities[a].notes = lines(c.activities[a].notes)
        }
        for k in c.checklists.indices {
            (c.checklists[k].title, c.checklists[k].period) = (v(c.checklists[k].title), v(c.checklists[k].period))
            for i in c.checklists[k].items.indices {
                c.checklists[k].items[i].group = v(c.checklists[k].items[i].group)
                c.checklists[k].items[i].text = v(c.checklists[k].items[i].text)
                c.checklists[k].items[i].evidence = lines(c.checklists[k].items[i].evidence)
                if var rectification = c.checklists[k].items[i].rectification {
                    (rectification.action, rectification.owner) = (v(rectification.action), v(rectification.owner))
                    c.checklists[k].items[i].rectification = rectification
                }
            }
            for r in c.checklists[k].reviews.indices {
                c.checklists[k].reviews[r].reviewer = v(c.checklists[k].reviews[r].reviewer)
                c.checklists[k].reviews[r].comment = lines(c.checklists[k].reviews[r].comment)
            }
        }
        return c
    }
}
