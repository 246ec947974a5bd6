extension String {
    /// The text with full-width forms as their ASCII twins (２０２３－０５ →
    /// 2023-05, ％ → %) and the ideographic space as a space: what a Chinese
    /// input method types in full-width mode, read as what it means.
    public var halfWidth: String {
        String(
            String.UnicodeScalarView(
                unicodeScalars.map { scalar in
                    switch scalar.value {
                    case 0xFF01...0xFF5E: Unicode.Scalar(scalar.value - 0xFF01 + 0x21) ?? scalar
                    case 0x3000: " "
                    default: scalar
                    }
                }))
    }
}
