import Foundation
import ShequDomain
import ShequText
import TOMLKit

/// The trusted reviewers' files: one TOML file each in the data directory's
/// `reviewers/` folder (`name = "王秀英"`, `key = "<base64>"`).
extension TrustedReviewers {
    /// The folder of trusted keys in a data directory.
    public static func folder(in dataDirectory: URL) -> URL {
        dataDirectory.appendingPathComponent("reviewers")
    }

    /// Reads every `*.toml` file in `folder`; a missing folder trusts no one.
    public static func load(from folder: URL) -> TrustedReviewers {
        var trusted = TrustedReviewers()
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") }.sorted()
        for name in names {
            let file = "reviewers/" + name
            switch TextFile.text(at: folder.appendingPathComponent(name).path, limit: TextFile.settingsLimit) {
            case .success(let text):
                switch parse(text) {
                case .success(let reviewer): trusted.reviewers.append(reviewer)
                case .failure(let problem): trusted.problems.append(UnreadableFile(file: file, problem: problem))
                }
            case .failure(.problem(let problem)): trusted.problems.append(UnreadableFile(file: file, problem: problem))
            case .failure(.missing): continue
            }
        }
        return trusted
    }

    package static func parse(_ text: String) -> Result<Reviewer, FileProblem> {
        guard let table = try? TOMLTable(string: text) else {
            return .failure(FileProblem(message: L.notValidTOML))
        }
        guard let name = table["name"]?.string?.trimmed, !name.isEmpty else {
            return .failure(FileProblem(location: "name", message: L.reviewerNameRequired))
        }
        guard let key = table["key"]?.string, Self.isPublicKey(key) else {
            return .failure(FileProblem(location: "key", message: L.expectedPublicKey))
        }
        return .success(Reviewer(name: name, key: key))
    }

    /// The file that trusts `reviewer`: its text, and a file name made of
    /// the start of the key so that two people of one name do not collide.
    public static func file(for reviewer: Reviewer) -> (name: String, text: String) {
        let stem = reviewer.key.prefix(12).map { $0.isLetter || $0.isNumber ? String($0) : "-" }.joined()
        let text = "name = \(tomlQuoted(reviewer.name))\nkey = \(tomlQuoted(reviewer.key))\n"
        return ("key-" + stem + ".toml", text)
    }

    private static func tomlQuoted(_ text: String) -> String {
        var quoted = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": quoted += "\\\""
            case "\\": quoted += "\\\\"
            case "\u{0}"..."\u{1F}", "\u{7F}": quoted += String(format: "\\u%04X", scalar.value)
            default: quoted.unicodeScalars.append(scalar)
            }
        }
        return quoted + "\""
    }
}
