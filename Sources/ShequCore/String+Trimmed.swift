/// Trimming as every form and file reader needs it.
extension String {
    /// The string without leading and trailing white space.
    public var trimmed: String {
        String(self.drop { $0.isWhitespace }.reversed().drop { $0.isWhitespace }.reversed())
    }
}
