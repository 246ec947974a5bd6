import Foundation
import ShequStore
import ShequText

/// Finds themes: the user's own files in the config folder's `themes/`,
/// then those in `$SHEQU_THEMES_DIR`, then the ones built into the program
/// (`ShippedThemes`, from the package's `themes/`), so that a binary copied
/// anywhere has its five themes. A file of a built-in theme's name wins.
public struct ThemeLibrary: Sendable {
    /// Where a theme comes from.
    public enum Origin: Equatable, Sendable {
        case file(URL)
        case builtIn

        /// "built-in" (内置) or the file's path, as `shequ themes` lists it.
        public func description(_ language: Language) -> String {
            switch self {
            case .file(let url): url.path
            case .builtIn: language(L.builtInTheme)
            }
        }
    }

    /// Folders searched, in order; a theme in an earlier one wins.
    public var folders: [URL]
    /// Themes built into the program, by name: TOML text.
    public var builtIn: [String: String]

    public init(folders: [URL], builtIn: [String: String] = ShippedThemes.all) {
        self.folders = folders
        self.builtIn = builtIn
    }

    /// The library for this process.
    public static func standard(environment: [String: String], configFolder: URL) -> ThemeLibrary {
        var folders = [configFolder.appendingPathComponent("themes")]
        if let value = environment["SHEQU_THEMES_DIR"], !value.isEmpty { folders.append(URL(fileURLWithPath: value)) }
        return ThemeLibrary(folders: folders)
    }

    /// Every theme name with where it comes from, sorted by name.
    public func available() -> [(name: String, origin: Origin)] {
        var found = builtIn.mapValues { _ in Origin.builtIn }
        for folder in folders.reversed() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where name.hasSuffix(".toml") {
                found[String(name.dropLast(5))] = .file(folder.appendingPathComponent(name))
            }
        }
        return found.sorted { $0.key < $1.key }.map { ($0.key, $0.value) }
    }

    /// The theme called `name`. When it is missing or broken, the default
    /// theme (or, failing that, the built-in attributes) is returned with
    /// the problem to show the user.
    public func load(_ name: String) -> (theme: Theme, problem: ThemeProblem?) {
        let result = read(name)
        switch result {
        case .success(let theme): return (theme, nil)
        case .failure(let problem):
            if name != "default", case .success(let theme) = read("default") { return (theme, problem) }
            return (Theme.fallback, problem)
        }
    }

    private func read(_ name: String) -> Result<Theme, ThemeProblem> {
        guard let origin = available().first(where: { $0.name == name })?.origin else {
            let names = available().map(\.name).joined(separator: ", ")
            return .failure(ThemeProblem(file: name, message: L.noSuchTheme(names)))
        }
        return parse(name, from: origin)
    }

    /// Reads and parses the theme `name` from where it comes.
    public func parse(_ name: String, from origin: Origin) -> Result<Theme, ThemeProblem> {
        switch origin {
        case .file(let url): Self.parse(url, name: name)
        case .builtIn: Theme.parse(builtIn[name] ?? "", name: name, file: "built-in:" + name)
        }
    }

    /// Reads and parses one theme file.
    public static func parse(_ file: URL, name: String) -> Result<Theme, ThemeProblem> {
        switch TextFile.text(at: file.path, limit: TextFile.settingsLimit) {
        case .success(let text): Theme.parse(text, name: name, file: file.path)
        case .failure(.missing): .failure(ThemeProblem(file: file.path, message: L.noSuchFile))
        case .failure(.problem(let problem)): .failure(ThemeProblem(file: file.path, message: problem.message))
        }
    }
}
