import XCTest

@testable import ShequTUI

final class ThemeTests: XCTestCase {
    func testStyleParsesColoursAndAttributes() throws {
        XCTAssertEqual(
            try Style.parse("bright-white on blue bold").get(),
            Style(foreground: .index(15), background: .index(4), attributes: [.bold]))
        XCTAssertEqual(try Style.parse("208 on 236").get(), Style(foreground: .index(208), background: .index(236)))
        XCTAssertEqual(try Style.parse("reverse").get(), Style(attributes: [.reverse]))
        XCTAssertEqual(try Style.parse("default").get(), Style())
        XCTAssertThrowsError(try Style.parse("purple").get())
        XCTAssertThrowsError(try Style.parse("white on").get())
    }

    func testStylesAdaptToFewerColours() {
        let style = Style(foreground: .index(203), background: .index(236))
        XCTAssertEqual(style.adapted(toColors: 256), style)
        XCTAssertEqual(style.adapted(toColors: 16), Style(foreground: .index(9), background: .index(0)))
        // Bright red on bright blue would be 1.5:1: the text takes the nearest colour that reads.
        let blue = Style(foreground: .index(203), background: .index(12))
        XCTAssertEqual(blue.adapted(toColors: 16), Style(foreground: .index(15), background: .index(12)))
        let eight = Style(foreground: .index(9), background: .index(236)).adapted(toColors: 8)
        XCTAssertEqual(eight, Style(foreground: .index(1), background: .index(0), attributes: [.bold]))
    }

    func testEveryShippedThemeParses() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../themes")
            .standardized
        let library = ThemeLibrary(folders: [folder])
        XCTAssertEqual(library.available().map(\.name), ["dark", "default", "high-contrast", "light", "monochrome"])
        for (name, _) in library.available() {
            let (theme, problem) = library.load(name)
            XCTAssertNil(problem, name)
            XCTAssertEqual(Set(theme.styles.keys), Set(Role.allCases), "\(name) names every role")
        }
        let monochrome = library.load("monochrome").theme
        XCTAssertTrue(
            monochrome.styles.values.allSatisfy {
                $0.foreground == .terminalDefault && $0.background == .terminalDefault
            })
    }

    func testTheShippedThemesAreBuiltInWithNoFolderBesideTheProgram() throws {
        let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../../themes")
            .standardized
        let library = ThemeLibrary(folders: [])
        XCTAssertEqual(library.available().map(\.name), ["dark", "default", "high-contrast", "light", "monochrome"])
        XCTAssertTrue(library.available().allSatisfy { $0.origin == .builtIn })
        for (name, _) in library.available() {
            let file = try String(contentsOf: folder.appendingPathComponent(name + ".toml"), encoding: .utf8)
            XCTAssertEqual(ShippedThemes.all[name], file, "\(name) is built from themes/\(name).toml as it is")
            XCTAssertNil(library.load(name).problem, name)
        }
        // A user's file of the same name wins over the built-in theme.
        let mine = FileManager.default.temporaryDirectory.appendingPathComponent("themes-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: mine, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: mine) }
        try "[roles]\nnormal = \"red\"\n".write(
            to: mine.appendingPathComponent("dark.toml"), atomically: true, encoding: .utf8)
        let overridden = ThemeLibrary(folders: [mine]).available().first { $0.name == "dark" }
        XCTAssertEqual(overridden?.origin, .file(mine.appendingPathComponent("dark.toml")))
    }

    func testBrokenThemeNamesFileAndLineAndFallsBackToDefault() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("themes-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        try "[roles]\ntitle = \"white on blue\"\n".write(
            to: folder.appendingPathComponent("default.toml"), atomically: true, encoding: .utf8)
        try "[roles]\nnormal = \"default\"\ntitle = \"sparkly on blue\"\n".write(
            to: folder.appendingPathComponent("bad.toml"), atomically: true, encoding: .utf8)
        try "[roles\ntitle = 1\n".write(
            to: folder.appendingPathComponent("syntax.toml"), atomically: true, encoding: .utf8)
        let library = ThemeLibrary(folders: [folder])
        let (theme, problem) = library.load("bad")
        XCTAssertEqual(theme.name, "default")
        XCTAssertEqual(problem?.line, 3)
        XCTAssertTrue(
            problem?.description(.en).hasSuffix("bad.toml:3: unknown colour or attribute \"sparkly\"") ?? false,
            problem?.description(.en) ?? "")
        XCTAssertTrue(problem?.description(.zh).hasSuffix("bad.toml:3: 未知的颜色或属性“sparkly”") ?? false)
        XCTAssertEqual(library.load("syntax").problem?.line, 1)
        XCTAssertEqual(library.load("missing").theme.name, "default")
        XCTAssertNotNil(library.load("missing").problem)
    }

    func testUnknownRoleIsRefused() {
        guard case .failure(let problem) = Theme.parse("[roles]\nsparkle = \"red\"\n", name: "x", file: "x.toml") else {
            return XCTFail()
        }
        XCTAssertEqual(problem.line, 2)
    }
}
