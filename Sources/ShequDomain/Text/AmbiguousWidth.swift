import CWidth

/// The printable characters Unicode calls East Asian Ambiguous width
/// (curly quotes, the em dash, "…", "·", "×", circled numbers, Greek and
/// Cyrillic letters, box drawing): one cell in a Western font, two in a
/// Chinese one. A text export in Chinese counts them as two, as the
/// printer's Chinese monospace font draws them; the screen counts them as
/// the terminal draws them (`onScreen`).
public enum AmbiguousWidth {
    static func contains(_ value: UInt32) -> Bool {
        value >= 0xA1 && shequ_is_ambiguous(value) != 0
    }

    /// True while the screen draws them two cells wide: set once the
    /// terminal's way is known (the `ambiguous` setting, or measured), for
    /// the screens' layout and ncurses' alike.
    public static var onScreen: Bool {
        get { shequ_ambiguous_wide() != 0 }
        set { shequ_set_ambiguous_wide(newValue ? 1 : 0) }
    }
}
