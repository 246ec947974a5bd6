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
    /// This machine's time: a signed decision dated more than a day after it
    /// came from a clock running ahead and is not taken.
    var now = Date()

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
        ".gitignore": ".index.json\n.lock\n\(AtomicFile.temporaryPrefix)*\ntrash/\n",
    ]

    /// One changed path of the incoming commits.
    private struct Change {
        var status: Character
        var path: String
    }

    /// The one who sent a push, as the street office's server knows them,
    /// and the roster that says what they may change.
    struct Pusher {
        var user: String
        var roster: Roster
    }

    /// Why what `remote` brings must not be taken, in words; nil when it
    /// may. `checked`, an earlier state of the remote already found good
    /// against this same HEAD (a sync trying again), is not checked again:
    /// only what came after it is.
    func refusal(_ remote: String, since checked: String? = nil) -> String? {
        let head = git.run(["rev-parse", "--verify", "-q", "HEAD"]).output.trimmed
        let base = head.isEmpty ? nil : git.run(["merge-base", "HEAD", remote]).output.trimmed
        // Changed here too, the merge keeps both sides' decisions; taken whole, it must keep this machine's.
        let changedHere = Set(base.map { changed(from: $0, to: "HEAD").map(\.path) } ?? [])
        let stillGood = checked.map { git.run(["merge-base", "--is-ancestor", $0, remote]).succeeded } ?? false
        return refusal(
            from: stillGood ? checked : base, to: remote, keeping: head.isEmpty ? nil : "HEAD", except: changedHere,
            pinned: Roster.pinned(in: git.root), pusher: nil)
    }

    /// Why the change from `base` (nil: from nothing) to `incoming` must not
    /// be taken; nil when it may. Every signed decision the files at `mine`
    /// hold must still be there, in files not in `except`; with `pinned`, a
    /// roster must be signed by that root and not older than `mine`'s, and
    /// other key files may not come in; a `pusher` may change only what the
    /// roster gives them, and only a reviewer may delete several communities.
    func refusal(
        from base: String?, to incoming: String, keeping mine: String?, except: Set<String>, pinned: String?,
        pusher: Pusher?
    ) -> String? {
        let changes = changed(from: base, to: incoming)
        // At the server, the pusher is who the server says; elsewhere, the author of the last change.
        let by = { (path: String) in pusher?.user ?? author(of: path, base, incoming) }
        // A removal of a file outside the layout can do no harm (Shequ itself takes out the shared git settings an
        // older version wrote); an addition or a change can, unless it is exactly what an older Shequ wrote.
        for change in changes where change.status != "D" && !Self.isInLayout(change.path) {
            if Self.olderShequsOwn[change.path] == git.run(["show", "\(incoming):\(change.path)"]).output { continue }
            return refused(L.syncRefusedLayout(change.path), atGate: pusher != nil, by: by(change.path))
        }
        if let pinned, let (path, why) = rosterRefusal(changes, incoming, mine, pinned) {
            return refused(why, atGate: pusher != nil, by: by(path))
        }
        let deleted = changes.filter { $0.status == "D" && CommunityFile.isCommunityPath($0.path) }
        if deleted.count > 1, pusher.map({ !$0.roster.isReviewer($0.user) }) ?? true {
            return refused(L.syncRefusedMassDeletion(deleted.count), atGate: pusher != nil, by: by(deleted[0].path))
        }
        for change in changes where CommunityFile.isCommunityPath(change.path) {
            let id = CommunityFile.id(fromFileName: change.path)
            if let pusher, !pusher.roster.mayChange(id, user: pusher.user) {
                return refused(L.gateNotKeeper(pusher.user, change.path), atGate: pusher != nil, by: by(change.path))
            }
            guard change.status != "D" else { continue }
            let shown = git.run(["show", "\(incoming):\(change.path)"])
            let community: Community
            do {
                community = try CommunityFile.decode(Data(shown.output.utf8), id: id).community
            } catch {
                return refused(
                    L.syncRefusedUnreadable(change.path, error.described), atGate: pusher != nil, by: by(change.path))
            }
            if let broken = CommunityRules.invalid(community).first {
                return refused(
                    L.syncRefusedUnreadable(change.path, broken.described), atGate: pusher != nil, by: by(change.path))
            }
            let held = mine.flatMap { self.community(at: $0, change.path, id) }
            if let ahead = futureDecision(in: community, heldHere: held) {
                return refused(
                    L.syncRefusedFutureDecision(community.name, ahead.checklist, ahead.decision, ahead.day),
                    atGate: pusher != nil, by: by(change.path))
            }
            guard !except.contains(change.path), let held else { continue }
            if let dropped = Self.droppedDecision(held, community) {
                return refused(
                    L.syncRefusedDroppedDecision(community.name, dropped.checklist, dropped.decision),
                    atGate: pusher != nil, by: by(change.path))
            }
        }
        return nil
    }

    /// Why the trust files `changes` bring must not be taken by a machine
    /// that pinned `pinned`: a roster not signed by that root or older than
    /// the one held at `mine`, or any other key file; nil when they may.
    private func rosterRefusal(_ changes: [Change], _ incoming: String, _ mine: String?, _ pinned: String)
        -> (path: String, why: Localized)?
    {
        let rosterPath = "reviewers/" + Roster.fileName
        for change in changes where change.path.hasPrefix("reviewers/") && change.status != "D" {
            guard change.path == rosterPath else { return (change.path, L.syncRefusedUnsignedKey(change.path)) }
            guard case .success(let roster) = Roster.parse(git.run(["show", "\(incoming):\(rosterPath)"]).output)
            else { return (rosterPath, L.syncRefusedRoster(L.rosterUnreadable)) }
            if let why = roster.refusal(pinned: pinned) { return (rosterPath, L.syncRefusedRoster(why)) }
            if let mine, case .success(let held) = Roster.parse(git.run(["show", "\(mine):\(rosterPath)"]).output),
                held.refusal(pinned: pinned) == nil, roster.issued < held.issued
            {
                return (rosterPath, L.syncRefusedRoster(L.rosterOlder))
            }
        }
        if changes.contains(where: { $0.path == rosterPath && $0.status == "D" }) {
            return (rosterPath, L.syncRefusedRoster(L.rosterDeleted))
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

    /// The first signed decision `incoming` brings that `held` does not
    /// have, dated more than a day after this machine's clock.
    private func futureDecision(in incoming: Community, heldHere held: Community?)
        -> (checklist: String, decision: Localized, day: String)?
    {
        let limit = now.addingTimeInterval(ThreeWayMerge.toleratedSkew)
        for checklist in incoming.checklists {
            let known = held?.checklists.first { $0.id == checklist.id }?.reviews ?? []
            for review in checklist.reviews where review.signature != nil && review.time > limit {
                guard !known.contains(review) else { continue }
                let day = ISO8601DateFormatter.string(
                    from: review.time, timeZone: .current, formatOptions: .withFullDate)
                return (checklist.title, L.decision(review.decision), day)
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

    private func refused(_ what: Localized, atGate: Bool = false, by author: String?) -> String {
        let who = author ?? language(L.syncSomeone)
        return language(atGate ? L.gateRefused(who, what) : L.syncRefused(who, what))
    }
}
