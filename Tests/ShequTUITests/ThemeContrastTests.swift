import XCTest

@testable import ShequTUI

/// Every shipped theme readable on every terminal: each role's text against
/// its background, computed from the theme files with xterm's default
/// palette, at 256, 16 and 8 colours, on a dark terminal (white on black)
/// and a light one (black on white), as WCAG 2 measures contrast.
final class ThemeContrastTests: XCTestCase {
    /// A terminal the roles are drawn on: its own text and background colours.
    private struct Screen {
        var name: String
        var background: TerminalBackground
        var foreground: (Double, Double, Double)
        var backdrop: (Double, Double, Double)
    }

    private let screens = [
        Screen(name: "dark", background: .dark, foreground: (229, 229, 229), backdrop: (0, 0, 0)),
        Screen(name: "light", background: .light, foreground: (0, 0, 0), backdrop: (255, 255, 255)),
    ]

    private func themes() -> [Theme] {
        let library = ThemeLibrary(folders: [])
        return library.available().map { library.load($0.name).theme }
    }

    /// WCAG's relative luminance of an sRGB colour.
    private func luminance(_ color: (Double, Double, Double)) -> Double {
        func linear(_ channel: Double) -> Double {
            let value = channel / 255
            return value <= 0.039_28 ? value / 12.92 : pow((value + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(color.0) + 0.7152 * linear(color.1) + 0.0722 * linear(color.2)
    }

    private func ratio(_ a: (Double, Double, Double), _ b: (Double, Double, Double)) -> Double {
        let (high, low) = (max(luminance(a), luminance(b)), min(luminance(a), luminance(b)))
        return (high + 0.05) / (low + 0.05)
    }

    /// The colours one role shows on `screen` at `colors` colours: reverse
    /// swaps them, faint text is drawn halfway to the background, as xterm does.
    private func colours(of style: Style, colors: Int, on screen: Screen) -> (
        text: (Double, Double, Double), ground: (Double, Double, Double)
    ) {
        let drawn = style.adapted(toColors: colors, on: screen.background)
        func rgb(_ color: Style.Color, default fallback: (Double, Double, Double)) -> (Double, Double, Double) {
            guard case .index(let index) = color else { return fallback }
            let (red, green, blue) = Style.rgb(index)
            return (Double(red), Double(green), Double(blue))
        }
        var text = rgb(drawn.foreground, default: screen.foreground)
        var ground = rgb(drawn.background, default: screen.backdrop)
        if drawn.attributes.contains(.reverse) { swap(&text, &ground) }
        if drawn.attributes.contains(.dim) {
            text = ((text.0 + ground.0) / 2, (text.1 + ground.1) / 2, (text.2 + ground.2) / 2)
        }
        return (text, ground)
    }

    /// Every role the themes draw, where its contrast is under the bar.
    private func shortfalls(colors: Int, bar: (Style) -> Double) -> [String] {
        var found: [String] = []
        for theme in themes() {
            for screen in screens {
                let face = theme.face(on: screen.background)
                for role in Role.allCases {
                    let style = face.style(role)
                    let (text, ground) = colours(of: style, colors: colors, on: screen)
                    let contrast = ratio(text, ground)
                    if contrast < bar(style) {
                        found.append(
                            "\(theme.name) \(role.rawValue) on \(screen.name) at \(colors): "
                                + String(format: "%.2f:1", contrast))
                    }
                }
            }
        }
        return found
    }

    func testEveryRoleReadsAtFourAndAHalfToOneOrThreeWhenBoldAt256And16Colours() {
        for colors in [256, 16] {
            let found = shortfalls(colors: colors) { $0.attributes.contains(.bold) ? 3 : 4.5 }
            XCTAssertEqual(found, [], "\(colors) colours:\n" + found.joined(separator: "\n"))
        }
    }

    func testNoRoleIsInvisibleAtEightColours() {
        let found = shortfalls(colors: 8) { _ in 3 }
        XCTAssertEqual(found, [], found.joined(separator: "\n"))
    }

    func testTheDefaultThemeHasALightFaceAndTheOthersKeepTheirOwn() {
        let library = ThemeLibrary(folders: [])
        let standard = library.load("default").theme
        XCTAssertNotEqual(standard.face(on: .light), standard.face(on: .dark))
        XCTAssertEqual(standard.face(on: .dark), standard)
        XCTAssertEqual(standard.face(on: nil), standard)
        let dark = library.load("dark").theme
        XCTAssertEqual(dark.face(on: .light), dark)
    }

    func testOnEightColoursAGreyOnTheTerminalsBackgroundIsItsTextColourMadeFaintNotBlack() {
        let dim = Style(foreground: .index(8))
        XCTAssertEqual(dim.adapted(toColors: 8), Style(attributes: [.dim]))
        // A mid grey of the 256 is nearer magenta than any grey by distance alone: it stays a grey.
        XCTAssertEqual(Style(foreground: .index(242)).adapted(toColors: 8), Style(attributes: [.dim]))
        XCTAssertEqual(
            Style(foreground: .index(242), background: .index(0)).adapted(toColors: 16).foreground, .index(8))
        XCTAssertEqual(
            Style(foreground: .index(242), background: .index(4)).adapted(toColors: 16).foreground, .index(7),
            "bright black on blue does not read: the nearest grey that does")
        XCTAssertEqual(Style(foreground: .index(15)).adapted(toColors: 8), Style(attributes: [.bold]))
        XCTAssertEqual(
            Style(foreground: .index(15), background: .index(4)).adapted(toColors: 8),
            Style(foreground: .index(7), background: .index(4), attributes: [.bold]))
    }
}
