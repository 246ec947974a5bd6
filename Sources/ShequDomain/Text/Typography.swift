import ShequText

extension String {
    /// The text as it reads inside “…”: its own double quotes become single
    /// ones (“三无” → ‘三无’), as Chinese nests them.
    public var quotedWithin: String {
        guard contains(where: { $0 == "“" || $0 == "”" }) else { return self }
        return replacingOccurrences(of: "“", with: "‘").replacingOccurrences(of: "”", with: "’")
    }
}

/// The punctuation each language joins its words with, so that screens and
/// exports never branch on the language for a comma or a colon.
extension Language {
    /// Between the items of a list: 、 in Chinese, ", " in English.
    public var listSeparator: String { self == .zh ? "、" : ", " }

    /// Between clauses, or items of a longer list: ， in Chinese, ", " in English.
    public var clauseSeparator: String { self == .zh ? "，" : ", " }

    /// At a sentence's end: 。 in Chinese, "." in English.
    public var fullStop: String { self == .zh ? "。" : "." }

    /// Between the ends of a range of figures: ～ in Chinese (GB/T 15834), – in English.
    public var rangeDash: String { self == .zh ? "～" : "–" }

    /// Between a label and its value: full width in Chinese.
    public var colon: String { self == .zh ? "：" : ": " }

    /// `text` in brackets after what it explains: （…） in Chinese, " (…)" in English.
    public func parenthesized(_ text: String) -> String {
        self == .zh ? "（" + text + "）" : " (" + text + ")"
    }

    /// The code a web page declares its language with.
    public var htmlCode: String { self == .zh ? "zh-CN" : "en" }
}

extension Localized {
    /// The same text in both languages: a name, a file format, an id.
    public init(_ text: String) {
        self.init(zh: text, en: text)
    }
}
