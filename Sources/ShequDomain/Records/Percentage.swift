/// The one way a rate is written in a summary, a list or a CSV: per cent
/// rounded half up to one decimal, as the street office writes it ("76.7%",
/// "33.3%", "90.9%"); a figure that falls short never reads "100.0%".
public enum Percentage {
    /// `value` per cent as text; `short` says the target is not reached, so
    /// 99.96 reads "99.9%" rather than the "100.0%" of a met target.
    public static func text(_ value: Double, short: Bool = false) -> String {
        guard value.isFinite else { return "—" }
        var tenths = (value * 10).rounded(.toNearestOrAwayFromZero)
        if short { tenths = min(tenths, 999) }
        // Beyond what a figure can sensibly reach the text stays short; hand-edited files hold such.
        tenths = max(-1e10, min(1e10, tenths))
        let whole = Int(tenths)
        let sign = whole < 0 ? "-" : ""
        return sign + String(abs(whole) / 10) + "." + String(abs(whole) % 10) + "%"
    }

    /// `part` of `whole` as text ("1/3" is "33.3%"), "—" when there is no whole.
    public static func text(_ part: Int, of whole: Int) -> String {
        guard whole > 0 else { return "—" }
        // One division of exact integers: a true half (1 of 8 is 12.5) stays a half and rounds up.
        return text(Double(part) * 100 / Double(whole), short: part < whole)
    }
}
