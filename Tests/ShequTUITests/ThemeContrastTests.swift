import XCTest

@testable import ShequTUI

/// Every shipped theme readable on every terminal: each role's text against
/// its background, computed from the theme files with xterm's default
/// palette, at 256, 16 and 8 colours, on a dark terminal (white on black)
/// and a light one (black on white), as WCAG 2 measures contrast.
final class ThemeContrastTests: XCTestCase {
    /// The two terminals the roles are drawn on, with `Contrast`'s colours for each.
    private let screens: [(name: String, background: TerminalBackground)] = [("dark", .dark), ("light", .light)]

    private func themes() -> [Theme] {
        let library = ThemeLibrary(folders: [])
        return library.available().map { library.load($0.name).theme }
    }

    /// The colours one role shows on `background` at `colors` colours:
    /// reverse swaps them, faint text is drawn halfway to the background, as xterm does.
    private func colours(of style: Style, colors: Int, on background: TerminalBackground) -> (
        text: (Int, Int, Int), ground: (Int, Int, Int)
    ) {
        let drawn = style.adapted(toColors: colors, on: background)
        let terminal = Contrast.terminalColours(on: background)
        var text = drawn.foreground.rgb ?? terminal.text
        var ground = drawn.background.rgb ?? terminal.ground
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
                    let (text, ground) = colours(of: style, colors: colors, on: screen.background)
                    let contrast = Contrast.ratio(text, ground)
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
            let found = shortfalls(colors: colors) { Contrast.bar(for: $0.attributes) }
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
