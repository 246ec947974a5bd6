import Foundation

/// Matching Chinese text by the initials of its pinyin, as Chinese users
/// type a filter first: "fx" finds 阜新街社区. Each character's initial comes
/// from ICU's Mandarin-to-Latin transform, once; it is remembered, so a
/// filter over a district costs lookups, not transforms.
public enum PinyinInitials {
    /// "fxjsq" for "阜新街社区": the first letter of each Chinese character's
    /// pinyin, and Latin letters and digits as they are, lowercased.
    public static func of(_ text: String) -> String {
        String(text.compactMap(initial))
    }

    /// True when `query`, all Latin letters, is in the initials of `text`.
    public static func match(_ query: String, in text: String) -> Bool {
        guard !query.isEmpty, query.allSatisfy({ $0.isASCII && $0.isLetter }) else { return false }
        return of(text).contains(query.lowercased())
    }

    private static func initial(_ character: Character) -> Character? {
        if character.isASCII {
            return character.isLetter || character.isNumber ? Character(character.lowercased()) : nil
        }
        return cache.initial(of: character)
    }

    private static let cache = Cache()

    /// The initials found so far, by character.
    private final class Cache: @unchecked Sendable {
        private var initials: [Character: Character?] = [:]
        private let lock = NSLock()

        func initial(of character: Character) -> Character? {
            lock.lock()
            if let known = initials[character] {
                lock.unlock()
                return known
            }
            lock.unlock()
            let latin = String(character).applyingTransform(.mandarinToLatin, reverse: false)?
                .applyingTransform(.stripDiacritics, reverse: false)
            let found = latin?.lowercased().first.flatMap { $0.isASCII && $0.isLetter ? $0 : nil }
            lock.lock()
            initials[character] = .some(found)
            lock.unlock()
            return found
        }
    }
}
