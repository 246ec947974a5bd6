import Foundation
import ShequText
import TOMLKit

/// A named mapping from roles to styles, read from a small TOML file in
/// `themes/`. Roles a file leaves out look as in the built-in fallback. A
/// theme drawn on the terminal's own background may carry a light face
/// (`[light]`, roles that differ on a light background).
public struct Theme: Equatable, Sendable {
    public var name: String
    public var styles: [Role: Style]
    /// The roles that change on a light terminal background.
    public var lightStyles: [Role: Style] = [:]

    public func style(_ role: Role) -> Style {
        styles[role] ?? Self.fallback.styles[role] ?? Style()
    }

    /// Attributes only, no colour: used when a theme cannot be found at all,
    /// and for roles a theme does not name.
    public static let fallback = Theme(
        name: "built-in",
        styles: [
            .title: Style(attributes: [.bold, .reverse]),
            .tab: Style(attributes: [.underline]),
            .header: Style(attributes: [.bold, .underline]),
            .selected: Style(attributes: [.reverse]),
            .status: Style(attributes: [.reverse]),
            .key: Style(attributes: [.bold, .reverse]),
            .ok: Style(),
            .warn: Style(attributes: [.bold]),
            .fail: Style(attributes: [.bold, .underline]),
            .progress: Style(attributes: [.reverse]),
            .dim: Style(attributes: [.dim]),
            .input: Style(attributes: [.underline]),
        ])

    /// The theme as drawn on a terminal of this background: its light face
    /// on a light one; as it is on a dark or unknown one.
    public func face(on background: TerminalBackground?) -> Theme {
        guard background == .light, !lightStyles.isEmpty else { return self }
        return Theme(name: name, styles: styles.merging(lightStyles) { $1 })
    }

    /// Parses a theme file's text; `file` names it in problems.
    public static func parse(_ text: String, name: String, file: String) -> Result<Theme, ThemeProblem> {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return .failure(
                ThemeProblem(file: file, line: error.source.begin.line, message: Localized(error.description)))
        } catch {
            return .failure(ThemeProblem(file: file, message: Localized(String(describing: error))))
        }
        guard let roles = table["roles"]?.table else {
            return .failure(ThemeProblem(file: file, message: L.themeNoRoles))
        }
        var theme = Theme(name: name, styles: [:])
        do {
            theme.styles = try styles(of: roles, in: "roles", text: text, file: file)
            if let light = table["light"]?.table {
                theme.lightStyles = try styles(of: light, in: "light", text: text, file: file)
            }
        } catch {
            return .failure(error)
        }
        return .success(theme)
    }

    /// The styles a table of roles names; the first problem, with its line, when one does not read.
    private static func styles(of roles: TOMLTable, in section: String, text: String, file: String)
        throws(ThemeProblem) -> [Role: Style]
    {
        var styles: [Role: Style] = [:]
        for key in roles.keys {
            let line = lineNumber(of: key, in: section, text: text)
            guard let role = Role(rawValue: key) else {
                let known = Role.allCases.map(\.rawValue).joined(separator: ", ")
                throw ThemeProblem(file: file, line: line, message: L.themeUnknownRole(key, known))
            }
            guard let value = roles[key]?.string else {
                throw ThemeProblem(file: file, line: line, message: L.themeRoleText(key))
            }
            switch Style.parse(value) {
            case .success(let style): styles[role] = style
            case .failure(var problem):
                problem.file = file
                problem.line = line
                throw problem
            }
        }
        return styles
    }

    private static func lineNumber(of key: String, in section: String, text: String) -> Int? {
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        let start = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces) == "[\(section)]" } ?? 0
        return lines[start...].firstIndex { line in
            let trimmed = line.drop { $0 == " " || $0 == "\t" }
            return trimmed.hasPrefix(key)
                && trimmed.dropFirst(key.count).drop { $0 == " " || $0 == "\"" }.hasPrefix("=")
        }.map { $0 + 1 }
    }
}
