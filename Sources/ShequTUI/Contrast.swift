import Foundation

/// WCAG 2's contrast between two colours of xterm's palette, and the bar a
/// role's text must reach: 4.5:1, or 3:1 for bold text, which reads as large.
enum Contrast {
    /// The xterm default text and background colours of a dark and a light terminal.
    static func terminalColours(on background: TerminalBackground) -> (text: (Int, Int, Int), ground: (Int, Int, Int)) {
        background == .light ? ((0, 0, 0), (255, 255, 255)) : ((229, 229, 229), (0, 0, 0))
    }

    /// Relative luminance of an sRGB colour.
    static func luminance(_ color: (Int, Int, Int)) -> Double {
        func linear(_ channel: Int) -> Double {
            let value = Double(channel) / 255
            return value <= 0.039_28 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(color.0) + 0.7152 * linear(color.1) + 0.0722 * linear(color.2)
    }

    /// From 1 (the same) to 21 (black on white).
    static func ratio(_ a: (Int, Int, Int), _ b: (Int, Int, Int)) -> Double {
        let (high, low) = (max(luminance(a), luminance(b)), min(luminance(a), luminance(b)))
        return (high + 0.05) / (low + 0.05)
    }

    /// What text in `attributes` must reach.
    static func bar(for attributes: Set<Style.Attribute>) -> Double {
        attributes.contains(.bold) ? 3 : 4.5
    }
}
