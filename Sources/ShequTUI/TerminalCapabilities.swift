import CNcursesw
import Foundation
import ShequDomain

/// What this terminal and locale can show, for `shequ doctor`: colours from
/// terminfo, whether the locale is UTF-8, and whether the C library's
/// `wcwidth` in the user's locale agrees with the cells Shequ lays out.
public struct TerminalCapabilities: Sendable {
    /// Colours terminfo gives for $TERM; nil when $TERM is unknown.
    public var colours: Int?
    /// The user's locale's character set, e.g. "UTF-8".
    public var codeset: String
    /// False when the locale the environment names is not installed here (the C library fell back to "C").
    public var localeInstalled: Bool
    /// Characters whose width the locale's `wcwidth` gives otherwise than Shequ: (character, locale, Shequ).
    public var disagreements: [(character: String, locale: Int, shequ: Int)]

    /// Characters a Chinese screen holds: ideographs, full-width and ambiguous punctuation, a dash, an ellipsis.
    public static let probes = ["社", "区", "，", "（", "“", "—", "…", "①", "·", "é"]

    /// Reads the capabilities; sets the process locale from the environment to do so.
    public static func current() -> TerminalCapabilities {
        let installed = setlocale(LC_ALL, "") != nil
        let codeset = nl_langinfo(nl_item(CODESET)).map { String(cString: $0) } ?? ""
        let colours = Int(shequ_terminfo_colors())
        var disagreements: [(String, Int, Int)] = []
        for probe in probes {
            guard let scalar = probe.unicodeScalars.first else { continue }
            let local = Int(shequ_locale_wcwidth(scalar.value))
            let ours = DisplayWidth.of(scalar)
            if local != ours { disagreements.append((probe, local, ours)) }
        }
        return TerminalCapabilities(
            colours: colours >= 0 ? colours : nil, codeset: codeset, localeInstalled: installed,
            disagreements: disagreements)
    }
}
