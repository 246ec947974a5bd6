/// One unit read from the terminal: a character code, or a key that
/// ncurses already recognised from the terminal's description.
enum RawInput: Equatable {
    case character(UInt32)
    case keyCode(Int32)
}

/// What follows an Esc from the terminal, decoded whole: a CSI (`Esc [`) or
/// SS3 (`Esc O`) sequence becomes its key, or nothing when it is unknown (it
/// is consumed entirely, never typed into a field nor taken for Esc); a
/// bracketed paste becomes one paste event; Esc with nothing after it is
/// the Esc key, and Esc before another character is Esc, that character
/// left to be read next.
enum EscapeSequence {
    /// The longest sequence read before giving up on it.
    static let maximumLength = 32
    /// The most text a paste keeps; the rest is read and dropped.
    static let pasteLimit = 1_000_000

    /// Decodes what follows an Esc; `next` gives the following input, or
    /// nil when none arrives in time.
    static func decode(next: () -> RawInput?) -> (event: Event?, leftover: RawInput?) {
        switch next() {
        case nil: return (.key(.escape), nil)
        case .character(0x5B)?:  // [
            guard let (parameters, final) = controlSequence(next: next) else { return (nil, nil) }
            if parameters == "200", final == "~" { return (.key(.paste(paste(next: next))), nil) }
            return (csiKey(parameters, final).map(Event.key), nil)
        case .character(0x4F)?:  // O
            guard case .character(let code)? = next(), let final = Unicode.Scalar(code) else { return (nil, nil) }
            return (ss3Key(Character(final)).map(Event.key), nil)
        case let other?:
            return (.key(.escape), other)
        }
    }

    /// The parameter text and final character of a CSI sequence after
    /// `Esc [`, or nil when it breaks off or runs too long.
    private static func controlSequence(next: () -> RawInput?) -> (String, Character)? {
        var parameters = ""
        for _ in 0..<maximumLength {
            guard case .character(let code)? = next(), let scalar = Unicode.Scalar(code) else { return nil }
            switch code {
            case 0x20...0x3F: parameters.unicodeScalars.append(scalar)
            case 0x40...0x7E: return (parameters, Character(scalar))
            default: return nil
            }
        }
        return nil
    }

    private static func csiKey(_ parameters: String, _ final: Character) -> Key? {
        let first = parameters.split(separator: ";").first.flatMap { Int($0) } ?? 0
        switch final {
        case "A": return .up
        case "B": return .down
        case "C": return .right
        case "D": return .left
        case "H": return .home
        case "F": return .end
        case "Z": return .backTab
        case "~":
            switch first {
            case 1, 7: return .home
            case 4, 8: return .end
            case 3: return .delete
            case 5: return .pageUp
            case 6: return .pageDown
            case 11...15: return .function(first - 10)
            case 17...21: return .function(first - 11)
            case 23, 24: return .function(first - 12)
            default: return nil
            }
        default: return nil
        }
    }

    private static func ss3Key(_ final: Character) -> Key? {
        switch final {
        case "A": .up
        case "B": .down
        case "C": .right
        case "D": .left
        case "H": .home
        case "F": .end
        case "P": .function(1)
        case "Q": .function(2)
        case "R": .function(3)
        case "S": .function(4)
        default: nil
        }
    }

    /// The text of a bracketed paste, up to `Esc [ 201 ~` or until input
    /// stops arriving. Sequences inside it are dropped.
    private static func paste(next: () -> RawInput?) -> String {
        var text = String.UnicodeScalarView()
        var count = 0
        while let input = next() {
            switch input {
            case .character(0x1B):
                guard case .character(0x5B)? = next() else { continue }
                if let (parameters, final) = controlSequence(next: next), parameters == "201", final == "~" {
                    return String(text)
                }
            case .character(let code):
                guard count < pasteLimit, let scalar = Unicode.Scalar(code) else { continue }
                text.append(scalar)
                count += 1
            case .keyCode:
                continue
            }
        }
        return String(text)
    }
}
