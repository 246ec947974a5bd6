import ArgumentParser
import Foundation
import ShequDomain
import ShequExport
import ShequStore
import ShequSync
import ShequTUI

/// `shequ-bench`: writes a deterministic district, measures the program on
/// it in-process (and the `shequ` binary built beside it for the commands),
/// and prints one table with each target and whether it is met. Targets are
/// ratios measured in the same run, so the machine's speed cancels out.
@main
struct ShequBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shequ-bench", abstract: "Measure Shequ on a generated district (build with -c release).")

    @Option(help: "Communities in the district.")
    var communities = 109

    @Option(help: "Years of history.")
    var years = 5

    @Option(help: "Keep the generated data directory here instead of a temporary one.")
    var keep: String?

    @Flag(help: "Measure only the key walk (for profiling it with perf).")
    var keysOnly = false

    @Option(help: "Measure only a deadline day: this many clerks sync at the same moment (needs the shequ binary).")
    var deadlineDay: Int?

    @Option(help: "The deadline day's shared repository (default: a bare one beside the district), e.g. ssh://…")
    var deadlineRemote: String?

    static let today = LocalDate(year: 2025, month: 9, day: 15)!

    /// The `shequ` built beside this program.
    static var binary: String {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("shequ").path
    }

    /// How the `shequ` beside this program is run: with the benchmark's today.
    static var command: [String] { ["/usr/bin/env", "SHEQU_TODAY=" + today.description, binary] }

    func run() throws {
        let root = URL(
            fileURLWithPath: keep
                ?? FileManager.default.temporaryDirectory.appendingPathComponent(
                    "shequ-bench-" + UUID().uuidString
                ).path)
        let sampleRoot = root.appendingPathComponent("sample")
        let districtRoot = root.appendingPathComponent("district")
        defer { if keep == nil { try? FileManager.default.removeItem(at: root) } }

        print("generating \(communities) communities, \(years) years …")
        // Generated, written and let go: the program measured does not hold a district in memory when it opens.
        let (activities, checklists) = try {
            let district = District(communities: communities, years: years, today: Self.today)
            try Self.write(district.communities, to: districtRoot)
            return (
                district.communities.reduce(0) { $0 + $1.activities.count },
                district.communities.reduce(0) { $0 + $1.checklists.count }
            )
        }()
        try Self.write(SampleStreet.communities(today: Self.today), to: sampleRoot)
        let bytes = Self.jsonBytes(in: districtRoot)
        print("written: \(bytes / 1_048_576) MB, \(activities) activities, \(checklists) checklists\n")

        var table = Table()
        if let deadlineDay {
            let day = DeadlineDay(
                district: districtRoot, command: Self.command, clerks: deadlineDay, remote: deadlineRemote)
            for (label, value) in day.run() { table.add(label, value, target: "", met: nil) }
            print(table.text)
            return
        }
        if keysOnly {
            let latencies = try Self.keyLatencies(districtRoot)
            print(
                "key -> frame p50 / p99: \(Self.ms(Probe.percentile(latencies, 0.5))) / "
                    + Self.ms(Probe.percentile(latencies, 0.99)))
            let slowest = latencies.enumerated().sorted { $0.element > $1.element }.prefix(6)
            print(
                "slowest (place in the walk: time): "
                    + slowest.map { "\($0.offset) \(Self.ms($0.element))" }.joined(separator: ", "))
            return
        }
        for role in [UserRole.clerk, .supervisor] {
            let sample = try Self.firstFrame(sampleRoot, role: role, runs: 20)
            let whole = try Self.firstFrame(districtRoot, role: role, runs: 20)
            table.add(
                "first frame, \(role.rawValue)", "\(Self.ms(whole)) (sample \(Self.ms(sample)))",
                target: "<= 1.5x sample", met: whole <= 1.5 * sample)
        }
        let latencies = try Self.keyLatencies(districtRoot)
        let p99 = Probe.percentile(latencies, 0.99)
        table.add(
            "key -> frame p50 / p99",
            "\(Self.ms(Probe.percentile(latencies, 0.5))) / \(Self.ms(p99)) (\(latencies.count) keys)",
            target: "p99 <= 2 ms", met: p99 <= 0.002)
        let saves = try Self.saveLatencies(districtRoot)
        let save99 = Probe.percentile(saves, 0.99)
        table.add(
            "save p50 / p99 (fsync)", "\(Self.ms(Probe.percentile(saves, 0.5))) / \(Self.ms(save99))",
            target: "p99 <= 15 ms", met: save99 <= 0.015)
        let load = try Probe.best(of: 3) { _ = try CommunityStore(root: districtRoot, readOnly: true).load() }
        table.add("full load, in process", Self.ms(load), target: "", met: nil)
        let loaded = try CommunityStore(root: districtRoot, readOnly: true).load().communities
        let export = Probe.time {
            var request = ExportRequest(year: Self.today.year)
            request.all = true
            request.format = .html
            _ = request.render(
                loaded, today: Self.today, templates: BuiltInTemplates.all,
                trusted: TrustedReviewers([SampleStreet.reviewer]))
        }
        table.add("export --all html, in process", Self.ms(export), target: "", met: nil)

        let python = Self.pythonLoad(districtRoot)
        table.add("python json.load of every file", python.map(Self.ms) ?? "python3 missing", target: "", met: nil)
        try commands(districtRoot, python: python, bytes: bytes, into: &table)
        print(table.text)
        if keep != nil { print("\ndata kept in " + root.path) }
    }

    /// The `shequ` commands that read everything, timed against Python's
    /// `json.load` of the same files, and the peak memory of a full load.
    private func commands(_ root: URL, python: Double?, bytes: Int, into table: inout Table) throws {
        guard FileManager.default.isExecutableFile(atPath: Self.binary) else {
            table.add("shequ commands", "not built: swift build -c release", target: "", met: nil)
            return
        }
        let data = ["--data-dir", root.path]
        let runs: [(String, [String], Double)] = [
            ("shequ check", ["check"], 0.5),
            ("shequ list communities", ["list", "communities"], 0.1),
            ("shequ list tasks --format json", ["list", "tasks", "--format", "json"], 0.6),
            ("shequ export --all --format html", ["export", "--all", "--format", "html"], 0.6),
        ]
        let command = Self.command
        for (label, arguments, ratio) in runs {
            var best = Double.infinity
            for _ in 0..<2 { best = min(best, Probe.run(command + arguments + data).seconds) }
            let limit = python.map { $0 * ratio }
            table.add(
                label, Self.ms(best), target: "<= \(ratio)x python",
                met: limit.map { best <= $0 })
        }
        // The peak of a child of this large process would count this process's pages (they are its
        // until it execs), so GNU time, a small process, starts `check` and reports its peak.
        if FileManager.default.isExecutableFile(atPath: "/usr/bin/time") {
            peakMemory(data, bytes: bytes, into: &table)
        } else {
            table.add("peak RSS, shequ check", "needs /usr/bin/time", target: "<= 1.5x JSON", met: nil)
        }
        try syncScenario(root, command: command, into: &table)
    }

    /// The peak memory of `shequ check` on the district, against its JSON's size.
    private func peakMemory(_ data: [String], bytes: Int, into table: inout Table) {
        let command = Self.command
        let report = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-bench-rss").path
        _ = Probe.run(["/usr/bin/time", "-f", "%M", "-o", report] + command + ["check"] + data)
        let kilobytes = Int(((try? String(contentsOfFile: report, encoding: .utf8)) ?? "").trimmed) ?? 0
        try? FileManager.default.removeItem(atPath: report)
        table.add(
            "peak RSS, shequ check", "\(kilobytes / 1024) MB (JSON \(bytes / 1_048_576) MB)",
            target: "<= 1.5x JSON", met: Double(kilobytes * 1024) <= 1.5 * Double(bytes))
    }

    /// `shequ sync` on the district: the clerk's first sync sends it all to
    /// a bare repository (the street office's), a second machine's first
    /// sync takes it all, then one changed community goes across.
    private func syncScenario(_ root: URL, command: [String], into table: inout Table) throws {
        guard GitRepository.isAvailable else {
            table.add("shequ sync", "git missing", target: "", met: nil)
            return
        }
        let base = root.deletingLastPathComponent()
        let office = base.appendingPathComponent("office.git").path
        let other = base.appendingPathComponent("office-machine").path
        _ = Probe.run(["/usr/bin/env", "git", "init", "-q", "--bare", "-b", "main", office])
        func shequ(_ directory: String, _ arguments: [String]) -> Double {
            let run = Probe.run(command + arguments + ["--data-dir", directory])
            return run.status == 0 ? run.seconds : .nan
        }
        DeadlineDay.withoutSampleKey(root)  // the last measure on the district: nothing after it reads signatures
        _ = shequ(root.path, ["sync", "init", "--remote", office, "--name", "bench"])
        let firstSend = shequ(root.path, ["sync"])
        _ = shequ(other, ["sync", "init", "--remote", office, "--name", "office"])
        let firstTake = shequ(other, ["sync"])
        try {  // the store, and its lock, let go before shequ sync runs
            let store = try CommunityStore(root: root)
            if var community = store.load().communities.first {
                community.notes = "同步基准"
                try store.save(community)
            }
        }()
        let changeSent = shequ(root.path, ["sync"])
        let changeTaken = shequ(other, ["sync"])
        table.add(
            "shequ sync: all sent / all taken", "\(Self.ms(firstSend)) / \(Self.ms(firstTake))", target: "seconds",
            met: max(firstSend, firstTake) < 10)
        table.add(
            "shequ sync: one change sent / taken", "\(Self.ms(changeSent)) / \(Self.ms(changeTaken))",
            target: "seconds", met: max(changeSent, changeTaken) < 10)
    }

    // MARK: Measures

    /// The best time from opening the data directory to the first frame.
    /// A clerk's session is run to the end first (it writes the headline
    /// index, as any earlier session has, and reads no more); then each
    /// measured opening is let go after its first frame, so that no run is
    /// charged for the listing and background reading the one before it did.
    static func firstFrame(_ root: URL, role: UserRole, runs: Int) throws -> Double {
        try opened(root, role: .clerk).run()
        var best = Double.infinity
        for _ in 0..<runs {
            var runner: AppRunner?
            best = min(
                best,
                try Probe.time {
                    runner = try opened(root, role: role)
                    runner?.start()
                })
            runner = nil
        }
        return best
    }

    /// The program as it opens the data directory, drawing on an 80x24
    /// in-memory terminal, not yet started.
    static func opened(_ root: URL, role: UserRole) throws -> AppRunner {
        let store = try CommunityStore(root: root, readOnly: true)
        let terminal = MemoryTerminal(columns: 80, rows: 24)
        let actor = Actor(role: role, name: "测试", signer: role == .supervisor ? ReviewSigner.sample : nil)
        var state = AppState(
            language: .zh, size: terminal.size, access: store.access, dataDirectory: root.path,
            snapshot: store.firstScreen(rows: AppState.firstScreenRows(in: terminal.size, for: actor)),
            isFirstRun: false, actor: actor,
            environment: Environment(clock: .fixed(Date(timeIntervalSince1970: 1_757_916_000), timeZone: .current)))
        state.trusted = store.trustedReviewers()
        return AppRunner(state: state, terminal: terminal, store: store)
    }

    /// The time from each key of a walk through every screen to its frame.
    static func keyLatencies(_ root: URL) throws -> [Double] {
        let clerkWalk: [Key] =
            Array(repeating: .char("j"), count: 5) + [.enter, .tab, .enter, .char("j"), .enter, .escape, .escape, .tab]
            + [.char("K"), .char("K"), .char("M"), .char("/"), .char("讲"), .enter, .tab, .enter]
            + Array(repeating: .char("j"), count: 6) + [.escape, .escape, .char("G"), .char("g")]
        let supervisorWalk: [Key] =
            Array(repeating: .char("j"), count: 8) + [.char("S"), .char("S"), .char("T"), .enter, .char("j"), .escape]
            + [.char("R"), .escape, .enter, .tab, .tab, .tab, .escape]
        var samples: [Double] = []
        for (role, walk) in [(UserRole.clerk, clerkWalk), (.supervisor, supervisorWalk)] {
            let runner = try opened(root, role: role)
            runner.run()  // the first frame, and the background reading it starts, finished
            let terminal = MemoryTerminal(columns: 80, rows: 24)
            for _ in 0..<3 {
                for key in walk {
                    samples.append(
                        Probe.time {
                            runner.send(.event(.key(key)))
                            terminal.present(runner.state.render())
                        })
                    runner.settle()  // a file the key asked for in the background arrives before the next key
                }
            }
        }
        return samples
    }

    /// Saves of one community's whole file as the screens make them, onto
    /// the version they were computed from, fsync included.
    static func saveLatencies(_ root: URL) throws -> [Double] {
        let store = try CommunityStore(root: root)
        guard var community = store.load().communities.first else { return [] }
        sync()  // the district just written is flushed first, so each fsync below waits for its own file only
        return try (0..<40).map { index in
            let base = SaveBase(community, version: store.version(of: community.id))
            community.notes = "第\(index)次保存"
            let edited = community
            return try Probe.time { community = try store.save(edited, basedOn: base).community }
        }
    }

    /// Seconds Python's json module takes to load every file and keep them.
    static func pythonLoad(_ root: URL) -> Double? {
        let script =
            "import glob, json, sys, time\n"
            + "start = time.perf_counter()\n"
            + "kept = [json.load(open(f, encoding='utf-8')) for f in glob.glob(sys.argv[1] + '/communities/*.json')]\n"
            + "print(time.perf_counter() - start)\n"
        let runs = (0..<2).map { _ in
            Probe.run(["/usr/bin/env", "python3", "-c", script, root.path], keepOutput: true)
        }
        return runs.compactMap { Double($0.output.trimmingCharacters(in: .whitespacesAndNewlines)) }.min()
    }

    // MARK: Helpers

    static func write(_ communities: [Community], to root: URL) throws {
        let store = try CommunityStore(root: root)
        try store.trust(SampleStreet.reviewer)
        for community in communities { try store.save(community) }
    }

    static func jsonBytes(in root: URL) -> Int {
        let folder = root.appendingPathComponent("communities")
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.reduce(0) { total, name in
            let size =
                (try? FileManager.default.attributesOfItem(atPath: folder.appendingPathComponent(name).path))?[
                    .size] as? Int
            return total + (size ?? 0)
        }
    }

    static func ms(_ seconds: Double) -> String {
        String(format: seconds < 0.001 ? "%.3f ms" : "%.2f ms", seconds * 1000)
    }
}

/// The printed result: a row per measure, its target, and whether it is met.
struct Table {
    private var rows: [(String, String, String, String)] = []

    mutating func add(_ measure: String, _ value: String, target: String, met: Bool?) {
        rows.append((measure, value, target, met.map { $0 ? "yes" : "NO" } ?? ""))
    }

    var text: String {
        let header = ("measure", "value", "target", "met")
        let all = [header] + rows
        let widths = [
            all.map { DisplayWidth.of($0.0) }.max() ?? 0, all.map { DisplayWidth.of($0.1) }.max() ?? 0,
            all.map { DisplayWidth.of($0.2) }.max() ?? 0,
        ]
        return all.map { row in
            DisplayWidth.fit(row.0, to: widths[0]) + "  " + DisplayWidth.fit(row.1, to: widths[1]) + "  "
                + DisplayWidth.fit(row.2, to: widths[2]) + "  " + row.3
        }.joined(separator: "\n")
    }
}
