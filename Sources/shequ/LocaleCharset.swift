import Foundation
import ShequExport
import ShequText

/// The character set the user's locale names (`zh_CN.GB18030` → GB18030):
/// the terminal's, as far as Shequ can know. Text a command prints to a
/// terminal in a set other than UTF-8 is converted to it; the screens,
/// which ncurses draws in UTF-8 here, are refused with words that terminal
/// can show, in both languages.
struct LocaleCharset: Equatable {
    let name: String

    /// The set the first of LC_ALL, LC_CTYPE and LANG that is set names;
    /// nil when it names none ("C", "zh_CN") or names UTF-8.
    static func named(in environment: [String: String]) -> LocaleCharset? {
        guard
            let locale = ["LC_ALL", "LC_CTYPE", "LANG"].compactMap({ environment[$0] }).first(where: { !$0.isEmpty }),
            let dot = locale.firstIndex(of: ".")
        else { return nil }
        let name = String(locale[locale.index(after: dot)...].prefix { $0 != "@" })
        let plain = name.uppercased().replacingOccurrences(of: "-", with: "")
        return plain.isEmpty || plain == "UTF8" ? nil : LocaleCharset(name: name)
    }

    /// The set for this process, when standard output or error is a terminal.
    static let current = named(in: ProcessInfo.processInfo.environment)

    /// UTF-8 `data` in this set; as it is when the set cannot be converted to.
    func converted(_ data: Data) -> Data {
        (try? TextEncoding.convert(data[...], to: name)) ?? data
    }

    /// Why the screens do not start on this terminal, in both languages, so
    /// that it reads whichever the user has.
    var refusal: String {
        let words = L.terminalCharsetNotUTF8(name)
        return words.zh + "\n" + words.en
    }
}
