import Foundation
import ShequDomain
import ShequStore
import ShequSync

/// The afternoon of a deadline, measured: the office sends the district,
/// every clerk joins with a data directory and a name of their own and
/// changes one community, then all sync at the same moment. Reports the
/// time until the last is done, how many were sent, the retries, the merge
/// commits and the shared repository's size before and after.
struct DeadlineDay {
    /// The office's data directory, holding the district.
    let district: URL
    /// `/usr/bin/env SHEQU_TODAY=… shequ`.
    let command: [String]
    let clerks: Int
    /// The shared repository: a bare one made beside the district unless given (an ssh address, say).
    let remote: String?

    func run() -> [(String, String)] {
        let base = district.deletingLastPathComponent().appendingPathComponent("deadline-day")
        try? FileManager.default.createDirectory(at: base, withIntermediateDirectories: true)
        let bare = base.appendingPathComponent("street.git").path
        let address = remote ?? bare
        if remote == nil { _ = Probe.run(["/usr/bin/env", "git", "init", "-q", "--bare", "-b", "main", bare]) }
        func shequ(_ directory: String, _ arguments: [String]) -> Probe.Run {
            Probe.run(command + arguments + ["--data-dir", directory, "--lang", "en"], keepOutput: true)
        }
        // A street shares nothing trusting the sample's key, whose private half every copy holds.
        Self.withoutSampleKey(district)
        _ = shequ(district.path, ["sync", "init", "--remote", address, "--name", "office"])
        _ = shequ(district.path, ["sync"])
        let before = remote == nil ? Self.size(of: bare) : 0
        let ids = ((try? CommunityStore(root: district, readOnly: true).load().communities) ?? []).map(\.id).sorted()
        let homes = (0..<clerks).map { base.appendingPathComponent("clerk\($0)").path }
        let joining = Probe.time {
            for (index, home) in homes.enumerated() {
                _ = shequ(home, ["sync", "init", "--remote", address, "--name", "clerk \(index + 1)"])
                _ = shequ(home, ["sync"])
                guard let store = try? CommunityStore(root: URL(fileURLWithPath: home)), !ids.isEmpty,
                    var community = store.load().communities.first(where: { $0.id == ids[index % ids.count] })
                else { continue }
                community.notes += " · clerk \(index + 1)"
                try? store.save(community)
            }
        }
        let results = Results(count: homes.count)
        let group = DispatchGroup()
        let started = Probe.now()
        for (index, home) in homes.enumerated() {
            let line = command + ["sync", "--timeout", "3600", "--data-dir", home, "--lang", "en"]
            group.enter()
            Thread.detachNewThread {
                results.set(index, Probe.run(line, keepOutput: true))
                group.leave()
            }
        }
        group.wait()
        let seconds = Probe.now() - started
        let runs = results.all
        let sent = runs.filter { $0.status == 0 && $0.output.contains("Sent to the remote") }.count
        let retries = runs.map(Self.retries).reduce(0, +)
        var rows = [
            ("deadline day: \(clerks) clerks join (one by one)", String(format: "%.1f s", joining)),
            ("deadline day: all sync at once", String(format: "%.1f s, %d of %d sent", seconds, sent, clerks)),
            ("deadline day: retries", "\(retries) (most for one: \(runs.map(Self.retries).max() ?? 0))"),
        ]
        if remote == nil {
            let merges = GitRepository(root: URL(fileURLWithPath: bare)).run([
                "rev-list", "--merges", "--count", "main",
            ])
            rows.append(("deadline day: merge commits", merges.output.trimmingCharacters(in: .whitespacesAndNewlines)))
            rows.append(
                ("deadline day: repository size", "\(before / 1024) KB before, \(Self.size(of: bare) / 1024) KB after"))
        }
        try? FileManager.default.removeItem(at: base)
        return rows
    }

    /// Takes the sample street's key file out of `directory`, as a street
    /// office does before sharing it (`sync init` refuses it otherwise).
    static func withoutSampleKey(_ directory: URL) {
        guard let file = TrustedReviewers.sampleKeyFile(in: directory) else { return }
        try? FileManager.default.removeItem(at: directory.appendingPathComponent(file))
    }

    private static func retries(_ run: Probe.Run) -> Int {
        guard let range = run.output.range(of: "tried again ") else { return 0 }
        return Int(run.output[range.upperBound...].prefix { $0.isNumber }) ?? 0
    }

    /// Bytes under `path`, as `du` counts them.
    private static func size(of path: String) -> Int {
        let run = Probe.run(["/usr/bin/du", "-sk", path], keepOutput: true)
        return (Int(run.output.split(separator: "\t").first ?? "") ?? 0) * 1024
    }

    /// What each clerk's sync said, filled in from their threads.
    private final class Results: @unchecked Sendable {
        private let lock = NSLock()
        private var runs: [Probe.Run]

        init(count: Int) {
            runs = Array(repeating: Probe.Run(seconds: 0, status: -1, output: ""), count: count)
        }

        func set(_ index: Int, _ run: Probe.Run) {
            lock.withLock { runs[index] = run }
        }

        var all: [Probe.Run] { lock.withLock { runs } }
    }
}
