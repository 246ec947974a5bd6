/// Trimming as every form and file reader needs it.
extension String {
    /// The string without leading and trailing white space. Only the white
    /// space at the two ends is looked at, so trimming a long text on every
    /// key costs a copy, not a walk through its characters.
    public var trimmed: String {
        guard let first = firstIndex(where: { !$0.isWhitespace }), let last = lastIndex(where: { !$0.isWhitespace })
        else { return "" }
        return String(self[first...last])
    }
}
