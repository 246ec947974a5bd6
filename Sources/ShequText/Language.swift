/// The language of every user-facing string: Simplified Chinese or English.
public enum Language: String, CaseIterable, Sendable {
    case zh, en

    /// The language the locale variables ask for: the first of LC_ALL,
    /// LC_MESSAGES and LANG that is set decides; zh_* means Chinese, even
    /// when that locale is not installed on this machine.
    public static func fromEnvironment(_ environment: [String: String]) -> Language {
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            if let value = environment[name], !value.isEmpty {
                return value.lowercased().hasPrefix("zh") ? .zh : .en
            }
        }
        return .en
    }

    /// The text of `string` in this language.
    public func callAsFunction(_ string: Localized) -> String {
        switch self {
        case .zh: string.zh
        case .en: string.en
        }
    }
}

/// One user-facing string in both languages.
public struct Localized: Sendable, Equatable {
    public let zh: String
    public let en: String

    public init(zh: String, en: String) {
        self.zh = zh
        self.en = en
    }
}
