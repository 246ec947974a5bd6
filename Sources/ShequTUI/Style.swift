import ShequText

/// How one role looks: foreground, background and attributes, written in
/// theme files as text such as "bright-white on blue bold".
public struct Style: Equatable, Sendable {
    /// A terminal colour: the terminal's default, or a palette index 0–255.
    public enum Color: Equatable, Sendable {
        case terminalDefault
        case index(Int)

        /// Its red, green and blue in xterm's palette; nil for the terminal's own.
        var rgb: (Int, Int, Int)? {
            guard case .index(let index) = self else { return nil }
            return Style.rgb(index)
        }
    }

    /// A text attribute a terminal can show without colour.
    public enum Attribute: String, CaseIterable, Sendable {
        case bold, dim, reverse, underline, italic
    }

    public var foreground: Color
    public var background: Color
    public var attributes: Set<Attribute>

    public init(
        foreground: Color = .terminalDefault, background: Color = .terminalDefault, attributes: Set<Attribute> = []
    ) {
        self.foreground = foreground
        self.background = background
        self.attributes = attributes
    }

    static let colorNames = ["black", "red", "green", "yellow", "blue", "magenta", "cyan", "white"]

    /// Reads "FOREGROUND [on BACKGROUND] [ATTRIBUTE…]"; colours are names
    /// (bright- for the light eight), 0–255 or "default". Returns why not
    /// when the text does not read.
    public static func parse(_ text: String) -> Result<Style, ThemeProblem> {
        var style = Style()
        var words = text.lowercased().split(separator: " ").map(String.init)
        func color(_ word: String) -> Color? {
            if word == "default" { return .terminalDefault }
            if let number = Int(word), (0...255).contains(number) { return .index(number) }
            if let index = colorNames.firstIndex(of: word) { return .index(index) }
            if word.hasPrefix("bright-"), let index = colorNames.firstIndex(of: String(word.dropFirst(7))) {
                return .index(index + 8)
            }
            return nil
        }
        if let first = words.first, let foreground = color(first) {
            style.foreground = foreground
            words.removeFirst()
        }
        if words.first == "on" {
            guard words.count > 1, let background = color(words[1]) else {
                return .failure(ThemeProblem(message: L.themeOnNeedsColour))
            }
            style.background = background
            words.removeFirst(2)
        }
        for word in words {
            guard let attribute = Attribute(rawValue: word) else {
                return .failure(ThemeProblem(message: L.themeUnknownColour(String(word))))
            }
            style.attributes.insert(attribute)
        }
        return .success(style)
    }

    /// This style on a terminal with `colors` colours and the `background`
    /// that is assumed when a role uses the terminal's own: 256-colour
    /// indexes become the nearest of 16 or 8, bright colours on an 8-colour
    /// terminal become their base colour made bold, and where the nearest
    /// colours lose the contrast text needs (4.5:1, 3:1 for bold), the text
    /// takes the nearest colour that keeps it. A grey, black or white drawn
    /// on the terminal's own background, whose colour may not be known,
    /// becomes the terminal's own text colour (faint for a dark grey, bold
    /// for white), so that it shows on a dark background and a light one alike.
    public func adapted(toColors colors: Int, on background: TerminalBackground = .dark) -> Style {
        var style = self
        style.foreground = Self.nearest(foreground, colors: colors)
        style.background = Self.nearest(self.background, colors: colors)
        guard colors < 256, case .index(let index) = foreground else { return style }
        if colors < 16, (8...15).contains(index) { style.attributes.insert(.bold) }
        if colors < 16, self.background == .terminalDefault, Self.isGrey(index) {
            style.foreground = .terminalDefault
            let (red, green, blue) = Self.rgb(index)
            if red + green + blue < 3 * 160 {
                style.attributes.remove(.bold)
                style.attributes.insert(.dim)
            }
            return style
        }
        style.keepContrast(of: Self.rgb(index), colors: colors, on: background)
        return style
    }

    /// Gives the text the palette colour nearest `wanted` that reaches the
    /// contrast bar on this style's background, when the one it has does not.
    private mutating func keepContrast(of wanted: (Int, Int, Int), colors: Int, on background: TerminalBackground) {
        guard case .index(let index) = foreground else { return }
        let ground = self.background.rgb ?? Contrast.terminalColours(on: background).ground
        let bar = Contrast.bar(for: attributes)
        guard Contrast.ratio(Self.rgb(index), ground) < bar else { return }
        var readable = (0..<min(colors, 16)).filter { Contrast.ratio(Self.rgb($0), ground) >= bar }
        // A grey stays a grey when one reads.
        if Self.isGrey(index), readable.contains(where: Self.isGrey) { readable = readable.filter(Self.isGrey) }
        if let best = readable.min(by: { Self.distance(Self.rgb($0), wanted) < Self.distance(Self.rgb($1), wanted) }) {
            foreground = .index(best)
        }
    }

    /// True for black, white and the greys between, whose nearest colour by
    /// distance alone may be a hue (a mid grey is nearest magenta).
    static func isGrey(_ index: Int) -> Bool {
        let (red, green, blue) = rgb(index)
        return max(red, green, blue) - min(red, green, blue) <= 10
    }

    private static func nearest(_ color: Color, colors: Int) -> Color {
        guard case .index(let index) = color, index >= colors else { return color }
        if index < 16 { return .index(index - 8) }
        let target = rgb(index)
        // A grey becomes a grey of the palette: black, white, bright black or bright white.
        let candidates = isGrey(index) ? [0, 7, 8, 15].filter { $0 < colors } : Array(0..<min(colors, 16))
        let best = candidates.min { distance(rgb($0), target) < distance(rgb($1), target) } ?? 7
        return .index(best)
    }

    /// The xterm palette's red, green and blue for an index.
    static func rgb(_ index: Int) -> (Int, Int, Int) {
        let base16 = [
            (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0), (0, 0, 238), (205, 0, 205), (0, 205, 205),
            (229, 229, 229),
            (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0), (92, 92, 255), (255, 0, 255), (0, 255, 255),
            (255, 255, 255),
        ]
        if index < 16 { return base16[index] }
        if index >= 232 {
            let level = 8 + (index - 232) * 10
            return (level, level, level)
        }
        let cube = index - 16
        let step = { (value: Int) in value == 0 ? 0 : 55 + value * 40 }
        return (step(cube / 36), step(cube / 6 % 6), step(cube % 6))
    }

    private static func distance(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Int {
        let (dr, dg, db) = (a.0 - b.0, a.1 - b.1, a.2 - b.2)
        return dr * dr + dg * dg + db * db
    }
}
