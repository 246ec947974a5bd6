import Foundation
import ShequDomain
import ShequStore
import ShequText

/// Shares a data directory with other machines through git: every change
/// is a commit by the person who made it, described in words; a sync
/// records local changes, takes in the others' (community files merged
/// record by record by `shequ merge-driver`) and sends the result. Nothing
/// is ever lost: what cannot be merged is undone, and what cannot be sent
/// is sent next time.
public struct GitSync: SyncBackend {
    public let git: GitRepository
    public let language: Language

    public init(root: URL, language: Language) {
        git = GitRepository(root: root)
        self.language = language
    }

    /// The environment variable that tells `shequ merge-driver` the language of the sync that runs it.
    public static let languageVariable = "SHEQU_SYNC_LANG"
    /// The environment variable that names, for `shequ merge-driver`, the branch being merged in.
    public static let mergingVariable = "SHEQU_SYNC_MERGING"

    /// The e-mail Shequ records every change under: how its own commits are
    /// told from those made with plain git.
    static let authorEmail = "shequ@localhost"

    /// The branch every machine shares.
    public static let branch = "main"

    /// Files that are this machine's own and never shared: the headline
    /// index (a cache), the lock, half-written temporary files, the trash.
    public static let ignored = [
        ".index.json", ".lock", AtomicFile.temporaryPrefix + "*", "trash/", Roster.pinFileName,
    ]

    /// The shared repository's address; nil when none is set.
    public var remote: String? {
        let got = git.run(["remote", "get-url", "origin"])
        return got.succeeded ? got.output.trimmed : nil
    }

    /// The ssh server the remote names, seen through the user's own ssh
    /// settings; nil when the remote is not reached by ssh.
    public var server: SSHServer? {
        remote.flatMap { SSHServer(remote: $0, sshCommand: git.promptlessSSH()) }
    }

    /// True when `shequ sync init` has set this directory up.
    public var isSetUp: Bool {
        git.isRepository && git.run(["config", "--get", "merge.shequ.driver"]).succeeded
    }

    /// Makes the data directory a repository that merges community files
    /// with `driver` (the command git runs, with %O %A %B %P), records
    /// changes as `author`, and shares them with `remote` when given.
    /// Returns git's complaint when a step fails, and refuses a directory
    /// that trusts the sample street's key.
    public func setUp(author: String, driver: String, remote: String?) -> String? {
        // Anyone can sign with the sample street's key: a directory trusting it is not shared.
        if let file = TrustedReviewers.sampleKeyFile(in: git.root) { return language(L.syncInitSampleTrusted(file)) }
        do {
            try FileManager.default.createDirectory(at: git.root, withIntermediateDirectories: true)
        } catch {
            return error.localizedDescription
        }
        if !git.isRepository, let failure = git.run(["init", "-q", "-b", Self.branch]).failure { return failure }
        if let failure = ownSettings() { return failure }
        let settings = [
            ["merge.shequ.name", "Shequ: community files merged record by record"],
            ["merge.shequ.driver", driver], ["user.name", author], ["user.email", Self.authorEmail],
        ]
        for setting in settings {
            if let failure = git.run(["config"] + setting).failure { return failure }
        }
        if let remote {
            let verb = git.run(["remote", "get-url", "origin"]).succeeded ? "set-url" : "add"
            if let failure = git.run(["remote", verb, "origin", remote]).failure { return failure }
        }
        return nil
    }

    /// Sets the data directory up with this very program as git's merge driver.
    public func setUp(author: String, remote: String?) -> String? {
        setUp(author: author, driver: Self.driverCommand, remote: remote)
    }

    /// The command git runs to merge a community file: this very program.
    public static var driverCommand: String {
        let program = URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().path
        return "'" + program.replacingOccurrences(of: "'", with: "'\\''") + "' merge-driver %O %A %B %P"
    }

    /// Shequ's git settings, in the repository's own unshared files: the
    /// merge driver in `.git/info/attributes` (which wins over any shared
    /// `.gitattributes`) and the ignore rules in `.git/info/exclude`. A
    /// shared `.gitattributes` or `.gitignore` (an older Shequ's, or a
    /// peer's) is taken out of the history's next commit. Nil when done.
    func ownSettings() -> String? {
        let info = git.root.appendingPathComponent(".git/info")
        do {
            try FileManager.default.createDirectory(at: info, withIntermediateDirectories: true)
            try Self.ensureLines(Self.ignored, in: info.appendingPathComponent("exclude"))
            try Self.ensureLines(["communities/*.json merge=shequ"], in: info.appendingPathComponent("attributes"))
        } catch {
            return error.localizedDescription
        }
        for shared in [".gitattributes", ".gitignore"] {
            if git.run(["ls-files", "--error-unmatch", "--", shared]).succeeded {
                git.run(["rm", "-q", "--cached", "--", shared])
            }
            try? FileManager.default.removeItem(at: git.root.appendingPathComponent(shared))
        }
        return nil
    }

    /// Appends to `file` the lines it does not have yet.
    private static func ensureLines(_ lines: [String], in file: URL) throws {
        let existing = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        let have = Set(existing.split(separator: "\n").map(String.init))
        let missing = lines.filter { !have.contains($0) }
        guard !missing.isEmpty else { return }
        let text =
            existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + missing.joined(separator: "\n")
        try AtomicFile.write(Data((text + "\n").utf8), to: file)
    }

    /// The root fingerprint of the roster the remote's branch holds,
    /// fetched now; nil when it cannot be fetched or holds no roster.
    public func remoteRosterFingerprint() -> String? {
        guard git.run(["fetch", "-q", "origin", Self.branch], budget: SyncBudget(seconds: 30)).succeeded else {
            return nil
        }
        let shown = git.run(["show", "FETCH_HEAD:reviewers/" + Roster.fileName])
        guard shown.succeeded, case .success(let roster) = Roster.parse(shown.output) else { return nil }
        return Roster.fingerprint(ofKey: roster.root)
    }

    /// Commits every change made here since the last sync, described in
    /// words; returns the description's first line, or nil when nothing
    /// changed. Returns git's complaint as a failure.
    public func commitLocalChanges() -> Result<String?, SyncFailure> {
        clearStaleIndexLock()
        // A sync killed while it merged left the merge half done: it is undone, and done again below.
        if FileManager.default.fileExists(atPath: git.root.appendingPathComponent(".git/MERGE_HEAD").path) {
            git.run(["merge", "--abort"])
        }
        if let failure = ownSettings() { return .failure(.git(failure)) }
        if let failure = git.run(["add", "-A"]).failure { return .failure(.git(failure)) }
        // Community files are recorded whatever ignore rules a file in the tree may hold.
        let names =
            (try? FileManager.default.contentsOfDirectory(atPath: git.root.appendingPathComponent("communities").path))
        if names?.contains(where: { CommunityFile.isCommunityPath("communities/" + $0) }) == true,
            let failure = git.run(["add", "-A", "-f", "--", "communities/*.json"]).failure
        {
            return .failure(.git(failure))
        }
        let changed = git.run(["diff", "--cached", "--name-only"]).lines
        guard !changed.isEmpty else { return .success(nil) }
        let message = describe(changed)
        if let failure = git.run(["commit", "-q", "-F", "-"], input: message).failure {
            return .failure(.git(failure))
        }
        return .success(message.split(separator: "\n").first.map(String.init))
    }

    /// A git killed mid-step (with the Shequ that ran it) leaves its index
    /// lock behind, and every later git refuses to start. Only Shequ runs
    /// git here, under the data directory's lock, so a lock that outlives a
    /// few seconds of waiting (for a git still finishing) is stale.
    private func clearStaleIndexLock() {
        let lock = git.root.appendingPathComponent(".git/index.lock").path
        for _ in 0..<50 where FileManager.default.fileExists(atPath: lock) { usleep(100_000) }
        try? FileManager.default.removeItem(atPath: lock)
    }

    /// The commit message for `files`: a line per community in words, the
    /// first of them (and how many more) as the subject, in the street's
    /// language.
    func describe(_ files: [String]) -> String {
        describe(files, in: streetLanguage, old: { community(atRevision: "HEAD", path: $0) }, new: community(atPath:))
    }

    /// The language the shared history is written in: the one the street
    /// office set in the roster this machine trusts, else this sync's.
    var streetLanguage: Language {
        guard let pinned = Roster.pinned(in: git.root), case .success(let roster)? = Roster.load(from: git.root),
            roster.refusal(pinned: pinned) == nil
        else { return language }
        return roster.language ?? language
    }

    /// The description of `files` changed from `old` to `new` (each a
    /// community at a path): a line per community, and one per changed file
    /// of trust (the roster, a key file), whose changes must never pass unseen.
    private func describe(
        _ files: [String], in language: Language, old: (String) -> Community?, new: (String) -> Community?
    ) -> String {
        let lines =
            files.filter { $0.hasPrefix("communities/") && $0.hasSuffix(".json") }.compactMap { path in
                ChangeSummary.line(old: old(path), new: new(path), language: language)
            } + files.filter { $0.hasPrefix("reviewers/") }.map { language(L.commitOfTrustFile($0)) }
        guard let first = lines.first else {
            return language(L.commitOfFiles(files.count))
                + "\n\n" + files.joined(separator: "\n")
        }
        let subject =
            lines.count == 1
            ? first
            : first + language(L.commitAndMore(lines.count - 1))
        return subject + "\n\n" + lines.joined(separator: "\n") + "\n"
    }

    private func community(atRevision revision: String, path: String) -> Community? {
        let shown = git.run(["show", "\(revision):\(path)"])
        guard shown.succeeded else { return nil }
        return try? CommunityFile.decode(Data(shown.output.utf8), id: CommunityFile.id(fromFileName: path)).community
    }

    private func community(atPath path: String) -> Community? {
        guard let data = FileManager.default.contents(atPath: git.root.appendingPathComponent(path).path) else {
            return nil
        }
        return try? CommunityFile.decode(data, id: CommunityFile.id(fromFileName: path)).community
    }

    /// Records local changes, takes in the others' and sends, as one step.
    public func run(budget: SyncBudget) -> SyncOutcome {
        var outcome = SyncOutcome()
        let before = git.run(["rev-parse", "--verify", "-q", "HEAD"]).output.trimmed
        switch commitLocalChanges() {
        case .failure(let failure):
            outcome.failure = failure
            return outcome
        case .success(let subject): outcome.committed = subject
        }
        switch exchange(budget: budget) {
        case .failure(let failure): outcome.failure = failure
        case .success(let exchange): outcome.exchange = exchange
        }
        if !before.isEmpty {
            outcome.changedCommunities = git.run(["diff", "--name-only", before, "HEAD", "--", "communities"]).lines
                .compactMap(Self.communityID)
        }
        outcome.status = status()
        outcome.remote = remote
        return outcome
    }

    /// Where the sync stands now.
    public func status() -> SyncStatus {
        let last = (try? FileManager.default.attributesOfItem(atPath: exchangedMark.path))?[.modificationDate] as? Date
        var waiting = Set(
            git.run(["status", "--porcelain", "--", "communities"]).lines.compactMap {
                Self.communityID(String($0.dropFirst(3)))
            })
        if git.run(["rev-parse", "--verify", "-q", "origin/" + Self.branch]).succeeded {
            let unsent = git.run(["diff", "--name-only", "origin/" + Self.branch, "HEAD", "--", "communities"])
            waiting.formUnion(unsent.lines.compactMap(Self.communityID))
        }
        return SyncStatus(lastExchange: last, waiting: waiting)
    }

    /// Who changed what and when, newest first: every community, or only
    /// the one with `communityID`. Each community's line of a commit is an
    /// entry of its own.
    public func history(communityID: String? = nil) -> [SyncHistoryEntry] {
        // Commits that touch neither a community nor the trust files (a set-up's git settings) are not history.
        let paths = communityID.map { ["--", "communities/\($0).json"] } ?? ["--", "communities", "reviewers"]
        let log = git.run(
            ["log", "--no-merges", "--date=format:%Y-%m-%d %H:%M", "--format=%H%x1f%ae%x1f%ad%x1f%an%x1f%B%x1e"]
                + paths)
        return log.output.split(separator: "\u{1E}").flatMap { record -> [SyncHistoryEntry] in
            let fields = record.split(separator: "\u{1F}", maxSplits: 4).map { String($0).trimmed }
            guard fields.count == 5 else { return [] }
            let parts = Array(fields.dropFirst(2))
            // A commit not made by Shequ (plain git) is told in Shequ's words, whatever its author wrote.
            let body =
                fields[1] == Self.authorEmail
                ? parts[2].split(separator: "\n").map(String.init).filter { !$0.isEmpty }
                : [subject(ofCommit: fields[0])]
            // The subject repeats the body's first line when the body lists each community.
            var lines = body.count > 1 ? Array(body.dropFirst()) : body
            if let communityID, let name = community(atPath: "communities/\(communityID).json")?.name {
                // Lines name their community in the language they were written in.
                let own = lines.filter { line in [Language.zh, .en].contains { line.hasPrefix(name + $0.colon) } }
                lines = own.ifEmpty(lines)
            }
            return lines.map { SyncHistoryEntry(date: parts[0], author: parts[1], change: $0) }
        }
    }

    /// "c-demo04" for "communities/c-demo04.json".
    static func communityID(_ path: String) -> String? {
        guard path.hasPrefix("communities/"), path.hasSuffix(".json") else { return nil }
        return String(path.dropFirst("communities/".count).dropLast(".json".count))
    }

    /// Takes in what the others sent and sends what this machine has,
    /// within `budget`. When others sent first, what was merged is undone
    /// and the whole step tried again after a short, random wait that grows
    /// with each try: no attempt leaves a merge commit behind, and however
    /// many machines send at once, each gets through in turn.
    public func exchange(budget: SyncBudget = SyncBudget()) -> Result<SyncExchange, SyncFailure> {
        guard git.run(["remote", "get-url", "origin"]).succeeded else { return .failure(.noRemote) }
        let before = git.run(["rev-parse", "--verify", "-q", "HEAD"]).output.trimmed
        var exchange = SyncExchange()
        let remote = "origin/" + Self.branch
        // What came in and was found good: a try after it checks only what came since.
        var checked: String?
        while true {
            let fetched = git.run(["fetch", "-q", "origin"], budget: budget)
            if !fetched.succeeded {
                guard Self.isBusy(fetched), wait(before: exchange.retries, within: budget) else {
                    return .failure(Self.failure(of: fetched, retries: exchange.retries, seconds: budget.seconds))
                }
                exchange.retries += 1
                continue
            }
            let mine = git.run(["rev-parse", "--verify", "-q", "HEAD"]).output.trimmed
            if git.run(["rev-parse", "--verify", "-q", remote]).succeeded {
                // What came in is checked before it is taken, whether it merges or fast-forwards.
                let check = IncomingCheck(git: git, language: language)
                let tip = git.run(["rev-parse", remote]).output.trimmed
                if let refusal = check.refusal(tip, since: checked) { return .failure(.refused(refusal)) }
                checked = tip
                check.keepDeletedInTrash(remote, trash: git.root.appendingPathComponent("trash"))
                switch merge(remote) {
                case .failure(let failure): return .failure(failure)
                case .success(let said): exchange.conflicts = said
                }
                // Nothing of this machine's is missing there: there is nothing to send.
                if git.run(["merge-base", "--is-ancestor", "HEAD", remote]).succeeded { break }
            }
            let pushed = git.run(["push", "-q", "origin", "HEAD:" + Self.branch], budget: budget)
            if pushed.succeeded { break }
            // The street office's server refused it: what it said is told, and the change stays here.
            if Self.isRefusedByServer(pushed) {
                undoMerge(back: mine)
                return .failure(.refused(Self.serverWords(pushed.error) + language(L.syncKeptHere)))
            }
            // Someone sent first: what was merged is undone, and everything is taken in again.
            undoMerge(back: mine)
            guard Self.isBusy(pushed), wait(before: exchange.retries, within: budget) else {
                return .failure(Self.failure(of: pushed, retries: exchange.retries, seconds: budget.seconds))
            }
            exchange.retries += 1
        }
        markExchanged()
        exchange.conflicts += versionsLostHere(since: before)
        let me = git.run(["config", "user.name"]).output.trimmed
        let range = before.isEmpty ? "HEAD" : before + "..HEAD"
        let log = git.run(
            ["log", "--no-merges", "--reverse", "--format=%H%x1f%an", range, "--", "communities", "reviewers"])
        let others = log.lines.filter { !$0.hasSuffix("\u{1F}" + me) }
        exchange.received =
            others.count > Self.receivedInFull
            ? []
            : others.compactMap {
                let parts = $0.split(separator: "\u{1F}", maxSplits: 1).map(String.init)
                guard parts.count == 2, parts[1] != me else { return nil }
                return parts[1] + language.colon + subject(ofCommit: parts[0])
            }
        // A long catch-up is told per community, with how many changes came and from whom.
        if others.count > Self.receivedInFull { exchange.received = receivedPerCommunity(range, me: me) }
        // What others' merges decided (a version kept over another, a deletion undone) is told here too.
        let merges = git.run(["log", "--merges", "--reverse", "--format=%x1e%an%x1f%ae%x1f%b", range])
        for record in merges.output.split(separator: "\u{1E}") {
            let parts = record.split(separator: "\u{1F}", maxSplits: 2, omittingEmptySubsequences: false).map(
                String.init)
            guard parts.count == 3, parts[0] != me, parts[1] == Self.authorEmail else { continue }
            for line in parts[2].split(separator: "\n").map({ String($0).trimmed }) where !line.isEmpty {
                exchange.received.append(language(L.syncMergedBy(parts[0])) + line)
            }
        }
        return .success(exchange)
    }

    /// How many received changes are told one by one; more are told per community.
    static let receivedInFull = 12

    /// What others' commits in `range` changed, a line per file: the
    /// community's name, how many changes and whose.
    private func receivedPerCommunity(_ range: String, me: String) -> [String] {
        let log = git.run([
            "log", "--no-merges", "--format=%x1e%an", "--name-only", range, "--", "communities", "reviewers",
        ])
        var counts: [String: (count: Int, authors: [String])] = [:]
        var order: [String] = []
        for record in log.output.split(separator: "\u{1E}") {
            let lines = record.split(separator: "\n").map(String.init)
            guard let author = lines.first, author != me else { continue }
            for path in lines.dropFirst() {
                if counts[path] == nil { order.append(path) }
                var entry = counts[path] ?? (0, [])
                entry.count += 1
                if !entry.authors.contains(author) { entry.authors.append(author) }
                counts[path] = entry
            }
        }
        return order.sorted().compactMap { path in
            guard let entry = counts[path] else { return nil }
            let name = community(atPath: path)?.name ?? path
            return language(
                L.syncReceivedCount(name, entry.count, entry.authors.joined(separator: language.listSeparator)))
        }
    }

    /// What others' merges since `before` did not keep of this machine's
    /// own versions (the copies they named after this machine's author):
    /// told here, with the file and how to take it back.
    private func versionsLostHere(since before: String) -> [String] {
        let me = git.run(["config", "user.name"]).output.trimmed
        let mine = "-theirs-" + ConflictCopy.fileWord(me) + ".json"
        let range = before.isEmpty ? "HEAD" : before + "..HEAD"
        let log = git.run(
            [
                "-c", "core.quotePath=false", "log", "--format=%x1e%an", "--name-only", "--diff-filter=A", range, "--",
                "conflicts",
            ])
        return log.output.split(separator: "\u{1E}").flatMap { record -> [String] in
            let lines = record.split(separator: "\n").map(String.init)
            guard let author = lines.first, author != me else { return [] }
            return lines.dropFirst().filter { $0.hasSuffix(mine) }.compactMap { path in
                guard let data = FileManager.default.contents(atPath: git.root.appendingPathComponent(path).path),
                    let copy = try? CommunityFile.decode(data).community
                else { return nil }
                let titles = (copy.plans.map(\.title) + copy.activities.map(\.title) + copy.checklists.map(\.title))
                    .map { "“\($0)”" }
                let records = titles.isEmpty ? language(L.mergeCommunityDetails) : titles.joined(separator: "、")
                return language(L.syncYourVersionLost(copy.name, records, author, file: path))
            }
        }
    }

    /// Shequ's own words for what commit `hash` changed, whatever its
    /// author wrote as its subject.
    private func subject(ofCommit hash: String) -> String {
        let files = git.run(["diff-tree", "--no-commit-id", "--name-only", "-r", "--root", hash]).lines
        let described = describe(
            files, in: language, old: { community(atRevision: hash + "^", path: $0) },
            new: { community(atRevision: hash, path: $0) })
        return String(described.prefix { $0 != "\n" })
    }

    /// A merge that stopped only because one side deleted a community the
    /// other changed is finished keeping the changed one: nothing typed is
    /// lost, and the deletion can be made again. Returns what to tell for
    /// each, or nil when anything else stopped the merge.
    private func keepChangedOverDeleted() -> [String]? {
        let entries: [String] = git.run(["status", "--porcelain", "-z", "--untracked-files=no"]).output
            .split(separator: "\u{0}").map(String.init)
        let conflicted: Set<String> = ["DD", "AU", "UD", "UA", "DU", "AA", "UU"]
        var unmerged: [(state: String, path: String)] = []
        for entry in entries where entry.count > 3 && conflicted.contains(String(entry.prefix(2))) {
            unmerged.append((String(entry.prefix(2)), String(entry.dropFirst(3))))
        }
        guard !unmerged.isEmpty,
            unmerged.allSatisfy({ ["UD", "DU"].contains($0.state) && CommunityFile.isCommunityPath($0.path) })
        else { return nil }
        var said: [String] = []
        for (state, path) in unmerged {
            // "UD": changed here, deleted there; "DU": deleted here, changed there.
            if state == "DU", git.run(["checkout", "--theirs", "--", path]).failure != nil { return nil }
            if git.run(["add", "--", path]).failure != nil { return nil }
            let name = community(atPath: path)?.name ?? path
            said.append(language(state == "UD" ? L.syncKeptChangedHere(name) : L.syncKeptChangedThere(name)))
        }
        guard git.run(["commit", "-q", "--no-edit"]).succeeded else { return nil }
        return said
    }

    /// A fetch or push that failed, told as what it is: a fault of this
    /// machine (a full disk, a read-only file system) as git said it;
    /// something set up wrong, that trying again will not mend; others
    /// sending for the whole budget; else the remote being unreachable.
    static func failure(of run: GitRepository.Run, retries: Int = 0, seconds: Int = 0) -> SyncFailure {
        switch run.stopped {
        case .cancelled?: return .cancelled
        case .timedOut?: return retries > 0 ? .busy(attempts: retries + 1) : .timedOut(seconds: seconds)
        case nil: break
        }
        let lines = run.error.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        let said = { (words: [String]) in lines.first { line in words.contains { line.contains($0) } } }
        if let line = said(["No space left on device", "Disk quota exceeded", "Read-only file system"]) {
            return .git(line)
        }
        let misconfigurations: [(Misconfiguration, [String])] = [
            (.hostKeyChanged, ["REMOTE HOST IDENTIFICATION HAS CHANGED", "Host key for"]),
            (.hostKeyUnknown, ["Host key verification failed", "host key is known for"]),
            (.keyRefused, ["Permission denied (", "DENIED by"]),
            (.ownership, ["dubious ownership"]),
            (.notARepository, ["does not appear to be a git repository", "not found", "is not a valid repository"]),
        ]
        for (kind, words) in misconfigurations {
            if let line = said(words) { return .misconfigured(kind, line) }
        }
        if isBusy(run) { return .busy(attempts: retries + 1) }
        return .offline(run.briefError)
    }

    /// True when a fetch or push failed only because others were at the
    /// remote at the same moment: the branch moved on under the push, or
    /// the server turned a connection away while it had too many.
    static func isBusy(_ run: GitRepository.Run) -> Bool {
        guard run.stopped == nil else { return false }
        let words = [
            "fetch first", "non-fast-forward", "cannot lock ref", "failed to update ref", "incorrect old value",
            "kex_exchange_identification", "Connection closed by", "Connection reset by", "unable to update local ref",
        ]
        return words.contains { run.error.contains($0) }
    }

    /// True when the server's own check (the gate) turned the push away.
    static func isRefusedByServer(_ run: GitRepository.Run) -> Bool {
        run.error.contains("hook declined") || (run.error.contains("remote rejected") && !isBusy(run))
    }

    /// Waits before try number `retries + 2`: a random time up to half a
    /// second, the bound doubling with each try up to thirty seconds, so
    /// that machines that met at the remote spread out however many they
    /// are. False, without waiting, when the budget would run out first or
    /// was cancelled.
    private func wait(before retries: Int, within budget: SyncBudget) -> Bool {
        let pause = Double.random(in: 0.05...min(0.5 * pow(2, Double(min(retries, 6))), 30))
        let end = Date().addingTimeInterval(pause)
        guard end < budget.deadline else { return false }
        while Date() < end {
            if budget.isCancelled { return false }
            usleep(20_000)
        }
        return !budget.isOver
    }

    /// Undoes a merge made in this try, back to this machine's own commit
    /// `mine` (nothing of which is lost: it is in the history).
    private func undoMerge(back mine: String) {
        guard !mine.isEmpty, git.run(["rev-parse", "HEAD"]).output.trimmed != mine else { return }
        git.run(["reset", "-q", "--hard", mine])
    }

    /// Where the time of the last sync that went through in full is kept.
    private var exchangedMark: URL { git.root.appendingPathComponent(".git/shequ-last-sync") }

    /// Records that a sync went through in full, now.
    private func markExchanged() {
        try? AtomicFile.write(Data(ISO8601DateFormatter().string(from: Date()).utf8), to: exchangedMark)
    }

    /// What the server said, without git's "remote:" prefixes and its own
    /// lines about the refusal: one line each, ending in a newline.
    static func serverWords(_ error: String) -> String {
        error.split(separator: "\n").compactMap { line -> String? in
            guard line.hasPrefix("remote:") else { return nil }
            let words = line.dropFirst("remote:".count).trimmingCharacters(in: .whitespaces)
            // git's and gitolite's own lines about the refusal add nothing to the server's words.
            let noise = words.isEmpty || words.hasPrefix("error:") || words.contains("helper program exit status")
            return noise ? nil : words + "\n"
        }.joined()
    }

    /// Merges `remote` into this machine's branch; on failure the merge is
    /// undone. Returns what the merge driver said of conflicts.
    private func merge(_ remote: String) -> Result<[String], SyncFailure> {
        guard git.run(["rev-parse", "--verify", "-q", "HEAD"]).succeeded else {
            // Nothing recorded here yet: this machine starts from the shared history.
            let checkout = git.run(["checkout", "-q", "-B", Self.branch, remote])
            return checkout.succeeded ? .success([]) : .failure(.mergeFailed(checkout.briefError))
        }
        // The merge driver speaks the street's language: what it says is written in the merge's commit too.
        let merged = git.run(
            ["merge", "-q", "--no-edit", "--allow-unrelated-histories", remote],
            environment: [Self.languageVariable: streetLanguage.rawValue, Self.mergingVariable: remote])
        var kept: [String] = []
        if !merged.succeeded {
            guard let resolved = keepChangedOverDeleted() else {
                git.run(["merge", "--abort"])
                return .failure(.mergeFailed(merged.briefError.isEmpty ? merged.output.trimmed : merged.briefError))
            }
            kept = resolved
        }
        // What the merge made is read back before it is sent: a file that no longer reads undoes the merge. Only
        // files changed here too can have been merged; the others came whole, and were checked coming in.
        let base = git.run(["merge-base", "ORIG_HEAD", remote]).output.trimmed
        let changedHere = Set(git.run(["diff", "--name-only", base, "ORIG_HEAD", "--", "communities"]).lines)
        for path in git.run(["diff", "--name-only", "ORIG_HEAD", "HEAD", "--", "communities"]).lines
        where CommunityFile.isCommunityPath(path) && (base.isEmpty || changedHere.contains(path)) {
            let file = git.root.appendingPathComponent(path).path
            guard FileManager.default.fileExists(atPath: file) else { continue }
            if case .failure(.problem(let problem)) = CommunityFile.read(
                at: file, id: CommunityFile.id(fromFileName: path))
            {
                git.run(["reset", "-q", "--hard", "ORIG_HEAD"])
                return .failure(.mergeFailed(language(L.syncMergedFileBroken(path, problem.message))))
            }
        }
        let said =
            merged.error.split(separator: "\n").map(String.init).filter { !$0.isEmpty && !$0.hasPrefix("CONFLICT") }
            + kept
        // What the merge decided is written in its commit, in words, for the machines it is sent to.
        if !said.isEmpty, git.run(["rev-parse", "--verify", "-q", "HEAD^2"]).succeeded {
            let message = streetLanguage(L.syncMergeSubject) + "\n\n" + said.joined(separator: "\n") + "\n"
            if let failure = git.run(["commit", "-q", "--amend", "-F", "-"], input: message).failure {
                return .failure(.git(failure))
            }
        }
        // The versions conflicts did not keep, written by the driver, are shared too.
        if !git.run(["status", "--porcelain", "--", "conflicts"]).output.isEmpty {
            git.run(["add", "--", "conflicts"])
            if let failure = git.run(["commit", "-q", "-m", streetLanguage(L.syncConflictsKept)]).failure {
                return .failure(.git(failure))
            }
        }
        return .success(said)
    }
}

extension GitRepository.Run {
    /// Nil when git succeeded, else what it said went wrong.
    var failure: String? { succeeded ? nil : briefError }

    /// git's complaint, in one line.
    var briefError: String {
        let lines = error.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }
        return lines.first { $0.hasPrefix("fatal:") || $0.hasPrefix("error:") } ?? lines.first ?? "git \(status)"
    }
}

extension Array {
    /// The array, or `other` when it is empty.
    fileprivate func ifEmpty(_ other: [Element]) -> [Element] { isEmpty ? other : self }
}
