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

    /// The reviewers `dataDirectory` trusts. With a root fingerprint pinned
    /// here, exactly the roster it signed, and a key file or roster that is
    /// not so signed is reported and counts for nothing. A shared directory
    /// with no pin trusts no one. An unshared one trusts its key files, as
    /// before rosters (`shequ demo` trusts the sample street's key so; `sync
    /// init` refuses to share a directory that does).
    public static func load(dataDirectory: URL) -> TrustedReviewers {
        let files = keyFiles(in: folder(in: dataDirectory))
        let roster = Roster.load(from: dataDirectory)
        let shared = FileManager.default.fileExists(atPath: dataDirectory.appendingPathComponent(".git").path)
        guard let pinned = Roster.pinned(in: dataDirectory) else {
            guard !shared else {
                let anything = !files.named.isEmpty || roster != nil
                let note = UnreadableFile(file: "reviewers/", problem: FileProblem(message: L.rosterNotPinned))
                return TrustedReviewers([], problems: files.problems + (anything ? [note] : []))
            }
            return TrustedReviewers(files.named.map(\.reviewer), problems: files.problems)
        }
        var trusted = TrustedReviewers()
        let rosterFile = "reviewers/" + Roster.fileName
        switch roster {
        case nil:
            trusted.problems.append(UnreadableFile(file: rosterFile, problem: FileProblem(message: L.rosterMissing)))
        case .failure(let problem)?:
            trusted.problems.append(UnreadableFile(file: rosterFile, problem: problem))
        case .success(let roster)?:
            if let why = roster.refusal(pinned: pinned) {
                trusted.problems.append(UnreadableFile(file: rosterFile, problem: FileProblem(message: why)))
            } else {
                trusted = roster.trusted
            }
        }
        let keys = Set(trusted.reviewers.map(\.key))
        for (file, reviewer) in files.named where !keys.contains(reviewer.key) {
            trusted.problems.append(UnreadableFile(file: file, problem: FileProblem(message: L.keyFileNotInRoster)))
        }
        trusted.problems += files.problems
        return trusted
    }

    /// The key file in `dataDirectory` that trusts the sample street's
    /// key, whose private half ships with Shequ; nil when none does.
    public static func sampleKeyFile(in dataDirectory: URL) -> String? {
        keyFiles(in: folder(in: dataDirectory)).named.first { $0.reviewer.key == ReviewSigner.sample?.publicKeyText }?
            .file
    }

    /// The reviewers of the key files in `folder` (every `*.toml` but the
    /// roster), each with its file, and the files that cannot be read.
    static func keyFiles(in folder: URL) -> (named: [(file: String, reviewer: Reviewer)], problems: [UnreadableFile]) {
        var named: [(file: String, reviewer: Reviewer)] = []
        var problems: [UnreadableFile] = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? [])
            .filter { $0.hasSuffix(".toml") && !$0.hasPrefix(".") && $0 != Roster.fileName }.sorted()
        for name in names {
            let file = "reviewers/" + name
            switch TextFile.text(at: folder.appendingPathComponent(name).path, limit: TextFile.settingsLimit) {
            case .success(let text):
                switch parse(text) {
                case .success(let reviewer): named.append((file, reviewer))
                case .failure(let problem): problems.append(UnreadableFile(file: file, problem: problem))
                }
            case .failure(.problem(let problem)): problems.append(UnreadableFile(file: file, problem: problem))
            case .failure(.missing): continue
            }
        }
        return (named, problems)
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
        let text = "name = \(TOMLText.quoted(reviewer.name))\nkey = \(TOMLText.quoted(reviewer.key))\n"
        return ("key-" + stem + ".toml", text)
    }
}
