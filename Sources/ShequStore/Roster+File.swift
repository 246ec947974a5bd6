import Foundation
import ShequDomain
import ShequText
import TOMLKit

/// The roster's file, `reviewers/roster.toml`, and the root fingerprint a
/// machine pins for a data directory (`.shequ-root`, never shared: sync
/// ignores it and refuses it from elsewhere).
extension Roster {
    /// The roster's place in a data directory.
    public static func file(in dataDirectory: URL) -> URL {
        TrustedReviewers.folder(in: dataDirectory).appendingPathComponent(fileName)
    }

    /// The roster's name in `reviewers/`.
    public static let fileName = "roster.toml"

    /// The file holding the fingerprint this machine pinned for a data directory.
    public static func pinFile(in dataDirectory: URL) -> URL {
        dataDirectory.appendingPathComponent(pinFileName)
    }

    /// The pin's name at the top of the data directory.
    public static let pinFileName = ".shequ-root"

    /// The fingerprint pinned for `dataDirectory`, nil when none is.
    public static func pinned(in dataDirectory: URL) -> String? {
        guard case .success(let text) = TextFile.text(at: pinFile(in: dataDirectory).path, limit: 4096) else {
            return nil
        }
        let fingerprint = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return isFingerprint(fingerprint) ? fingerprint : nil
    }

    /// Pins `fingerprint` for `dataDirectory`.
    public static func pin(_ fingerprint: String, in dataDirectory: URL) throws {
        try FileManager.default.createDirectory(at: dataDirectory, withIntermediateDirectories: true)
        try AtomicFile.write(Data((fingerprint + "\n").utf8), to: pinFile(in: dataDirectory))
    }

    /// The roster in `dataDirectory`: nil when there is none, else the
    /// roster or why its file cannot be read.
    public static func load(from dataDirectory: URL) -> Result<Roster, FileProblem>? {
        switch TextFile.text(at: file(in: dataDirectory).path, limit: TextFile.settingsLimit) {
        case .success(let text): parse(text)
        case .failure(.missing): nil
        case .failure(.problem(let problem)): .failure(problem)
        }
    }

    /// Reads a roster's text.
    public static func parse(_ text: String) -> Result<Roster, FileProblem> {
        guard let table = try? TOMLTable(string: text) else { return .failure(FileProblem(message: L.notValidTOML)) }
        guard let root = table["root"]?.string, TrustedReviewers.isPublicKey(root),
            let issued = table["issued"]?.string.flatMap(ISO8601DateFormatter().date(from:)),
            let signature = table["signature"]?.string
        else { return .failure(FileProblem(message: L.expectedRosterFields)) }
        var reviewers: [TrustedReviewers.Reviewer] = []
        for value in table["reviewer"]?.array ?? [] {
            guard let entry = value.table, let name = entry["name"]?.string, let key = entry["key"]?.string,
                TrustedReviewers.isPublicKey(key)
            else { return .failure(FileProblem(location: "reviewer", message: L.expectedRosterFields)) }
            reviewers.append(.init(name: name, key: key, user: entry["user"]?.string ?? ""))
        }
        var keepers: [Keeper] = []
        for value in table["clerk"]?.array ?? [] {
            guard let entry = value.table, let user = entry["user"]?.string, !user.isEmpty else {
                return .failure(FileProblem(location: "clerk", message: L.expectedRosterFields))
            }
            let communities = (entry["communities"]?.array ?? []).compactMap { $0.string }
            keepers.append(Keeper(user: user, name: entry["name"]?.string ?? "", communities: communities))
        }
        var language: Language?
        if let said = table["language"] {
            guard let known = said.string.flatMap(Language.init(rawValue:)) else {
                return .failure(FileProblem(location: "language", message: L.expectedRosterFields))
            }
            language = known
        }
        return .success(
            Roster(
                root: root, issued: issued, reviewers: reviewers, keepers: keepers, language: language,
                signature: signature))
    }

    /// The roster's text, as `shequ roster` writes it.
    public var text: String {
        var lines = [
            "# The street's roster, signed by the street office's root key: change it only with `shequ roster`.",
            "root = \(TOMLText.quoted(root))",
            "issued = \(TOMLText.quoted(ISO8601DateFormatter().string(from: issued)))",
            "signature = \(TOMLText.quoted(signature))",
        ]
        if let language { lines.append("language = \(TOMLText.quoted(language.rawValue))") }
        for reviewer in reviewers {
            lines += [
                "", "[[reviewer]]", "name = \(TOMLText.quoted(reviewer.name))",
                "key = \(TOMLText.quoted(reviewer.key))",
                "user = \(TOMLText.quoted(reviewer.user))",
            ]
        }
        for keeper in keepers {
            let communities = keeper.communities.map(TOMLText.quoted).joined(separator: ", ")
            lines += [
                "", "[[clerk]]", "user = \(TOMLText.quoted(keeper.user))", "name = \(TOMLText.quoted(keeper.name))",
                "communities = [\(communities)]",
            ]
        }
        return lines.joined(separator: "\n") + "\n"
    }
}
