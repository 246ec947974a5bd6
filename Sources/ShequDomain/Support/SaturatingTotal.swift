extension Sequence {
    /// The sum of `value` over the elements, held at `Int.max` (or `Int.min`)
    /// instead of trapping: a hand-edited file may hold absurd figures, and
    /// totals of them must still print.
    public func total(_ value: (Element) -> Int) -> Int {
        reduce(0) { $0.saturatingAdding(value($1)) }
    }
}

extension Int {
    /// `self + other`, held at the bounds instead of overflowing.
    public func saturatingAdding(_ other: Int) -> Int {
        let (sum, overflow) = addingReportingOverflow(other)
        guard overflow else { return sum }
        return other > 0 ? .max : .min
    }
}
