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

extension Sequence where Element == Activity {
    /// The money the activities spent, in yuan to the fen, held finite: sums
    /// of absurd amounts in a hand-edited file still print in every format.
    public var totalAmount: Double {
        let sum = (reduce(0) { $0 + ($1.amount ?? 0) } * 100).rounded() / 100
        return sum.isNaN ? 0 : Swift.min(Swift.max(sum, -.greatestFiniteMagnitude), .greatestFiniteMagnitude)
    }
}
