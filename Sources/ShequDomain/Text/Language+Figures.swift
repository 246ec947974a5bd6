import ShequText

/// How a figure is written in each language, one way everywhere: Chinese
/// writes digits as the source documents do ("6860人次", "2000余人次");
/// English groups thousands ("6,860 participants").
extension Language {
    /// A count or an amount as this language writes it.
    public func figure(_ value: Double) -> String {
        let plain = Target.number(value)
        guard self == .en, !plain.contains("e") else { return plain }
        let negative = plain.hasPrefix("-")
        let unsigned = negative ? String(plain.dropFirst()) : plain
        let whole = unsigned.prefix { $0 != "." }
        var grouped = ""
        for (index, digit) in whole.reversed().enumerated() {
            if index > 0 && index % 3 == 0 { grouped.append(",") }
            grouped.append(digit)
        }
        return (negative ? "-" : "") + String(grouped.reversed()) + unsigned.dropFirst(whole.count)
    }

    /// A whole count as this language writes it.
    public func figure(_ n: Int) -> String { figure(Double(n)) }
}
