import Foundation
import ShequDomain
import ShequStore
import ShequText

/// What another machine sent, checked before a sync takes it in, by merge
/// or by fast-forward alike: only files of Shequ's layout, every community
/// file readable by the store's one reader and within the rules, no signed
/// decision this machine holds dropped, and no more than one community
/// deleted at once. What fails is not taken: the local data stays as it is
/// and the refusal says who sent what.
struct IncomingCheck {
    let git: GitRepository
    let language: Language

    /// Paths a peer may change: community files, the copies conflicts did
    /// not keep, trusted reviewers' keys and checklist templates. Git's own
    /// shared settings (`.gitattributes`, `.gitignore`) and anything else
    /// are refused: Shequ keeps its git settings in `.git/info`.
    static func isInLayout(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, !parts[1].hasPrefix(".") else { return false }
        switch parts[0] {
        case "communities", "conflicts": return parts[1].hasSuffix(".json")
        case "reviewers", "templates": return parts[1].hasSuffix(".toml")
        default: return false
        }
    }

    /// The shared git settings older versions of Shequ wrote, word for
    /// word: still in the history of districts that began with one.
    static let olderShequsOwn = [
        ".gitattributes": "communities/*.json merge=shequ\n",
        ".gitignore": GitSync.ignored.joined(separator: "\n") + "\n",
    ]

    /// One changed path of the incoming commits.
    private struct Change {
        var status: Character
        var path: String
    }

    /// Why what `remote` brings must not be taken, in words; nil when it may.
    func refusal(_ remote: String) -> String? {
        let head = git.run(["rev-parse", "--verify", "-q", "HEAD"]).output.trimmed
        let base = head.isEmpty ? nil : git.run(["merge-base", "HEAD", remote]).output.trimmed
        let changes = changed(from: base, to: remote)
        // A removal of a file outside the layout can do no harm (Shequ itself takes out the shared git settings an
        // older version wrote); an addition or a change can, unless it is exactly what an older Shequ wrote.
        for change in changes where change.status != "D" && !Self.isInLayout(change.path) {
            if Self.olderShequsOwn[change.path] == git.run(["show", "\(remote):\(change.path)"]).output { continue }
            return refused(L.syncRefusedLayout(change.path), by: author(of: change.path, base, remote))
        }
        let deleted = changes.filter { $0.status == "D" && CommunityFile.isCommunityPath($0.path) }
        if deleted.count > 1 {
            return refused(L.syncRefusedMassDeletion(deleted.count), by: author(of: deleted[0].path, base, remote))
        }
        let changedHere = Set(base.map { changed(from: $0, to: "HEAD").map(\.path) } ?? [])
        for change in changes where change.status != "D" && CommunityFile.isCommunityPath(change.path) {
            let id = CommunityFile.id(fromFileName: change.path)
            let shown = git.run(["show", "\(remote):\(change.path)"])
            let incoming: Community
            do {
                incoming = try CommunityFile.decode(Data(shown.output.utf8), id: id).community
            } catch {
                return refused(
                    L.syncRefusedUnreadable(change.path, error.described), by: author(of: change.path, base, remote))
            }
            if let broken = CommunityRules.invalid(incoming).first {
                return refused(
                    L.syncRefusedUnreadable(change.path, broken.described), by: author(of: change.path, base, remote))
            }
            // Changed here too, the merge keeps both sides' decisions; taken whole, it must keep this machine's.
            guard !changedHere.contains(change.path), !head.isEmpty, let mine = community(at: "HEAD", change.path, id)
            else { continue }
            if let dropped = Self.droppedDecision(mine, incoming) {
                return refused(
                    L.syncRefusedDroppedDecision(incoming.name, dropped.checklist, dropped.decision),
                    by: author(of: change.path, base, remote))
            }
        }
        return nil
    }

    /// The first signed decision `mine` holds that `incoming` no longer
    /// does: a checklist's title and the decision's words.
    static func droppedDecision(_ mine: Community, _ incoming: Community) -> (checklist: String, decision: Localized)? {
        for checklist in mine.checklists {
            let theirs = incoming.checklists.first { $0.id == checklist.id }?.reviews ?? []
            for review in checklist.reviews where review.signature != nil && !theirs.contains(review) {
                return (checklist.title, L.decision(review.decision))
            }
        }
        return nil
    }

    /// Copies into `trash/` the community files `remote` deletes, with who
    /// deleted them and when, so that a deletion from elsewhere can be undone.
    func keepDeletedInTrash(_ remote: String, trash: URL) {
        let head = git.run(["rev-parse", "--verify", "-q", "HEAD"]).output.trimmed
        guard !head.isEmpty else { return }
        let base = git.run(["merge-base", "HEAD", remote]).output.trimmed
        for change in changed(from: base, to: remote)
        where change.status == "D" && CommunityFile.isCommunityPath(change.path) {
            let local = git.root.appendingPathComponent(change.path)
            guard let data = FileManager.default.contents(atPath: local.path) else { continue }
            let who = author(of: change.path, base, remote).map { $0.filter { $0.isLetter || $0.isNumber } } ?? ""
            let stamp = Int(Date().timeIntervalSince1970)
            let name = "\(CommunityFile.id(fromFileName: change.path))-\(stamp)-\(who).json"
            try? FileManager.default.createDirectory(at: trash, withIntermediateDirectories: true)
            try? AtomicFile.write(data, to: trash.appendingPathComponent(name))
        }
    }

    private func changed(from base: String?, to revision: String) -> [Change] {
        // Against the empty tree when there is nothing here yet: everything the remote holds is new.
        let from = base ?? git.run(["hash-object", "-t", "tree", "/dev/null"]).output.trimmed
        let listed = git.run(["diff", "--name-status", "--no-renames", "-z", from, revision]).output
        let fields = listed.split(separator: "\u{0}").map(String.init)
        return stride(from: 0, to: fields.count - 1, by: 2).compactMap { index in
            fields[index].first.map { Change(status: $0, path: fields[index + 1]) }
        }
    }

    private func community(at revision: String, _ path: String, _ id: String) -> Community? {
        let shown = git.run(["show", "\(revision):\(path)"])
        guard shown.succeeded else { return nil }
        return try? CommunityFile.decode(Data(shown.output.utf8), id: id).community
    }

    /// Who last changed `path` in what the remote brings.
    private func author(of path: String, _ base: String?, _ remote: String) -> String? {
        let range = base.map { $0 + ".." + remote } ?? remote
        let name = git.run(["log", "-1", "--format=%an", range, "--", path]).output.trimmed
        return name.isEmpty ? nil : name
    }

    private func refused(_ what: Localized, by author: String?) -> String {
        language(L.syncRefused(author ?? language(L.syncSomeone), what))
    }
}
