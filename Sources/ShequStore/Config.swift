import Foundation
import ShequDomain
import ShequText
import TOMLKit

/// The user's settings from `config.toml`: theme, language, role, the
/// name used for sign-off, whether the program takes the mouse, and how
/// long a sync may wait for the remote, how the terminal draws ambiguous
/// characters and what its background is. Every key is optional.
public struct Config: Equatable, Sendable {
    /// How many cells the terminal gives an East Asian Ambiguous character
    /// (“ ” — … · ①): measured at start (`auto`), or as the user says.
    public enum Ambiguous: String, Sendable {
        case auto, narrow, wide
    }

    /// Whether the terminal's background is dark or light: asked of the
    /// terminal (`auto`), or as the user says.
    public enum Background: String, Sendable {
        case auto, dark, light
    }

    public var theme: String?
    public var language: Language?
    public var role: UserRole?
    public var name: String?
    /// false leaves clicks to the terminal, for selecting text to copy.
    public var mouse: Bool?
    /// How many seconds a sync may talk to the remote before it gives up.
    public var syncTimeout: Int?
    /// The range `sync_timeout` must be in.
    public static let syncTimeoutRange = 5...3600
    public var ambiguous: Ambiguous?
    public var background: Background?

    public init(
        theme: String? = nil, language: Language? = nil, role: UserRole? = nil, name: String? = nil, mouse: Bool? = nil
    ) {
        self.theme = theme
        self.language = language
        self.role = role
        self.name = name
        self.mouse = mouse
    }

    /// Reads the file at `url`. A missing file is an empty configuration;
    /// a broken or unreadable one gives an empty configuration and the
    /// problem, as "file:line: what".
    public static func load(_ url: URL) -> (config: Config, problem: Localized?) {
        switch TextFile.text(at: url.path, limit: TextFile.settingsLimit) {
        case .success(let text): parse(text, file: url.path)
        case .failure(.missing): (Config(), nil)
        case .failure(.problem(let problem)): (Config(), L.inFile(url.path, problem.message))
        }
    }

    /// True for text of one line without control characters (an escape
    /// sequence in a name would reach the terminal).
    static func isPlainName(_ text: String) -> Bool {
        !text.unicodeScalars.contains {
            $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
        }
    }

    static func parse(_ text: String, file: String) -> (config: Config, problem: Localized?) {
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return (Config(), L.inFile("\(file):\(error.source.begin.line)", Localized(error.description)))
        } catch {
            return (Config(), L.inFile(file, Localized(String(describing: error))))
        }
        var config = Config()
        var problems: [Localized] = []
        for key in table.keys {
            let value = table[key]?.string
            switch key {
            case "theme":
                // A theme is named, never a path: built in, or a file of that name among the user's themes.
                if let value, Self.isPlainName(value), !value.contains("/"), !value.hasPrefix(".") {
                    config.theme = value
                } else {
                    problems.append(L.settingTheme)
                }
            case "language", "lang":
                config.language = value.flatMap(Language.init(rawValue:))
                if config.language == nil { problems.append(L.settingLanguage(key)) }
            case "role":
                config.role = value.flatMap(UserRole.init(rawValue:))
                if config.role == nil { problems.append(L.settingRole) }
            case "name":
                if let value, Self.isPlainName(value), !value.trimmingCharacters(in: .whitespaces).isEmpty {
                    config.name = value
                } else {
                    problems.append(L.settingName)
                }
            case "mouse":
                config.mouse = table[key]?.bool
                if config.mouse == nil { problems.append(L.settingMouse) }
            case "sync_timeout":
                config.syncTimeout = table[key]?.int.flatMap { Self.syncTimeoutRange.contains($0) ? $0 : nil }
                if config.syncTimeout == nil { problems.append(L.settingSyncTimeout) }
            case "ambiguous":
                config.ambiguous = value.flatMap(Ambiguous.init(rawValue:))
                if config.ambiguous == nil { problems.append(L.settingAmbiguous) }
            case "background":
                config.background = value.flatMap(Background.init(rawValue:))
                if config.background == nil { problems.append(L.settingBackground) }
            default: problems.append(L.unknownSetting(key))
            }
        }
        let joined = Localized(
            zh: problems.map(\.zh).joined(separator: "；"), en: problems.map(\.en).joined(separator: "; "))
        return (config, problems.isEmpty ? nil : L.inFile(file, joined))
    }
}

extension Config {
    /// Records `name` as the user's name in the settings file at `url` (made
    /// when missing): the `name =` line before any table is replaced, or one
    /// is put first; the rest of the file, comments included, stays as it is.
    public static func record(name: String, in url: URL) throws(StoreError) {
        var lines: [String] = []
        switch TextFile.text(at: url.path, limit: TextFile.settingsLimit) {
        case .success(let text): lines = text.components(separatedBy: "\n")
        case .failure(.missing): break
        case .failure(.problem): throw .unreadable(file: url.path)
        }
        let escaped = name.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\"")
        let line = "name = \"\(escaped)\""
        let firstTable = lines.firstIndex { $0.trimmingCharacters(in: .whitespaces).hasPrefix("[") } ?? lines.count
        if let existing = lines[..<firstTable].firstIndex(where: {
            let key = $0.trimmingCharacters(in: .whitespaces)
            return key.hasPrefix("name ") || key.hasPrefix("name=")
        }) {
            lines[existing] = line
        } else {
            lines.insert(line, at: 0)
        }
        do {
            try FileManager.default.createDirectory(
                at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                attributes: [.posixPermissions: 0o700])
        } catch {
            throw .createFolder(
                path: url.deletingLastPathComponent().path, reason: (error as NSError).localizedDescription)
        }
        let text = lines.joined(separator: "\n")
        try AtomicFile.write(Data((text.hasSuffix("\n") ? text : text + "\n").utf8), to: url)
    }
}
