import Foundation

/// Where exports go when the user names no folder: the desktop's documents
/// folder (`XDG_DOCUMENTS_DIR`, from the environment or `user-dirs.dirs`),
/// else `~/Documents` when it exists, else the current directory; and how
/// a path typed with `~` is read.
public enum ExportFolder {
    public static func standard(environment: [String: String], currentDirectory: String) -> String {
        let home = environment["HOME"] ?? NSHomeDirectory()
        let configured = environment["XDG_DOCUMENTS_DIR"] ?? documentsEntry(environment: environment, home: home)
        for candidate in [configured, home + "/Documents"].compactMap({ $0 }) where isFolder(candidate) {
            return candidate
        }
        return currentDirectory
    }

    /// `path` with a leading `~` or `~/` read as `$HOME`, as a shell does.
    public static func expandingTilde(_ path: String, home: String?) -> String {
        guard let home, path == "~" || path.hasPrefix("~/") else { return path }
        return home + path.dropFirst()
    }

    /// The documents folder `xdg-user-dirs` wrote into `user-dirs.dirs`:
    /// `XDG_DOCUMENTS_DIR="$HOME/Documents"`.
    private static func documentsEntry(environment: [String: String], home: String) -> String? {
        let config = environment["XDG_CONFIG_HOME"].flatMap { $0.isEmpty ? nil : $0 } ?? home + "/.config"
        guard let text = try? String(contentsOfFile: config + "/user-dirs.dirs", encoding: .utf8) else { return nil }
        for line in text.split(whereSeparator: \.isNewline) {
            let entry = line.trimmingCharacters(in: .whitespaces)
            guard entry.hasPrefix("XDG_DOCUMENTS_DIR=") else { continue }
            let value = entry.dropFirst("XDG_DOCUMENTS_DIR=".count).trimmingCharacters(
                in: CharacterSet(charactersIn: "\""))
            return value.replacingOccurrences(of: "$HOME", with: home)
        }
        return nil
    }

    private static func isFolder(_ path: String) -> Bool {
        var folder: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &folder) && folder.boolValue
    }
}
