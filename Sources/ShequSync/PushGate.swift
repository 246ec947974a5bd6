import Foundation
import ShequDomain
import ShequStore
import ShequText

/// The street office's server as the gate: what a git server runs on every
/// push (`shequ gate`, as a `pre-receive` or `update` hook, or a gitolite
/// VREF), with the pusher's identity from the server. A push is refused
/// when it writes anything but `main`, rewrites or deletes it, changes a
/// community the roster does not give the pusher, brings a roster or key
/// not signed by the pinned root, drops or reorders a signed decision,
/// holds a file that fails the checks, brings shared git settings, or
/// deletes several communities (unless a reviewer pushes it).
public struct PushGate {
    let git: GitRepository
    let pinned: String
    let language: Language

    /// The gate of the (bare) repository at `repository`, trusting the
    /// root whose fingerprint is `pinned`.
    public init(repository: URL, pinned: String, language: Language) {
        git = GitRepository(root: repository)
        self.pinned = pinned
        self.language = language
    }

    /// The fingerprint pinned for a server repository: `shequ-root` in it.
    public static func pinned(in repository: URL) -> String? {
        let text = (try? String(contentsOf: repository.appendingPathComponent("shequ-root"), encoding: .utf8)) ?? ""
        let fingerprint = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return Roster.isFingerprint(fingerprint) ? fingerprint : nil
    }

    private static let nothing = String(repeating: "0", count: 40)

    /// Why `user`'s update of `ref` from `old` to `new` is refused, in
    /// words for the clerk's screen; nil when it may go in.
    public func refusal(ref: String, old: String, new: String, user: String) -> String? {
        guard ref == "refs/heads/" + GitSync.branch else { return refused(L.gateOnlyMain(ref), user) }
        guard new.trimmingCharacters(in: ["0"]) != "" else { return refused(L.gateNoDeletingMain, user) }
        let isNew = old.trimmingCharacters(in: ["0"]).isEmpty
        if !isNew, !git.run(["merge-base", "--is-ancestor", old, new]).succeeded {
            return refused(L.gateNoRewriting, user)
        }
        guard let roster = roster(at: new) ?? (isNew ? nil : roster(at: old)) else {
            return refused(L.gateNoRoster, user)
        }
        let check = IncomingCheck(git: git, language: language)
        return check.refusal(
            from: isNew ? nil : old, to: new, keeping: isNew ? nil : old, except: [], pinned: pinned,
            pusher: IncomingCheck.Pusher(user: user, roster: roster))
    }

    /// The roster at `revision`, when it is there and signed by the pinned root.
    private func roster(at revision: String) -> Roster? {
        let shown = git.run(["show", "\(revision):reviewers/" + Roster.fileName])
        guard shown.succeeded, case .success(let roster) = Roster.parse(shown.output),
            roster.refusal(pinned: pinned) == nil
        else { return nil }
        return roster
    }

    private func refused(_ what: Localized, _ user: String) -> String {
        language(L.gateRefused(user, what))
    }
}
