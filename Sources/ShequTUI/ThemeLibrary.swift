import Foundation
import ShequCore

/// Finds theme files: the user's own in the config folder's `themes/`, then
/// the ones shipped with Shequ (`$SHEQU_THEMES_DIR`, or the `themes/` folder
/// found above the executable, or the system share folders).
public struct ThemeLibrary: Sendable {
    /// Folders searched, in order; a theme in an earlier one wins.
    public var folders: [URL]

    public init(folders: [URL]) {
        self.folders = folders
    }

    /// The library for this process.
    public static func standard(environment: [String: String], configFolder: URL) -> ThemeLibrary {
        var folders = [configFolder.appendingPathComponent("themes")]
        if let value = environment["SHEQU_THEMES_DIR"], !value.isEmpty { folders.append(URL(fileURLWithPath: value)) }
        var folder = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
        while folder.path != "/" {
            let candidate = folder.appendingPathComponent("themes")
            if FileManager.default.fileExists(atPath: candidate.appendingPathComponent("default.toml").path) {
                folders.append(candidate)
                break
            }
            folder = folder.deletingLastPathComponent()
        }
        folders += ["/usr/local/share/shequ/themes", "/usr/share/shequ/themes"].map { URL(fileURLWithPath: $0) }
        return ThemeLibrary(folders: folders)
    }

    /// Every theme name with the file that provides it, sorted by name.
    public func available() -> [(name: String, file: URL)] {
        var found: [String: URL] = [:]
        for folder in folders.reversed() {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
            for name in names where name.hasSuffix(".toml") {
                found[String(name.dropLast(5))] = folder.appendingPathComponent(name)
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
        guard let file = available().first(where: { $0.name == name })?.file else {
            let names = available().map(\.name).joined(separator: ", ")
            return .failure(ThemeProblem(file: name, message: "no such theme (available: \(names))"))
        }
        return Self.parse(file, name: name)
    }

    /// Reads and parses one theme file.
    public static func parse(_ file: URL, name: String) -> Result<Theme, ThemeProblem> {
        switch TextFile.text(at: file.path, limit: TextFile.settingsLimit) {
        case .success(let text): Theme.parse(text, name: name, file: file.path)
        case .failure(.missing): .failure(ThemeProblem(file: file.path, message: "no such file"))
        case .failure(.problem(let problem)): .failure(ThemeProblem(file: file.path, message: problem.message))
        }
    }
}
