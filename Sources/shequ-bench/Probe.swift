import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Timing and measuring helpers for the benchmark: a monotonic clock,
/// percentiles, and other programs run to their end with their time.
enum Probe {
    /// Seconds on a monotonic clock.
    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }

    /// How long `body` takes, in seconds.
    static func time(_ body: () throws -> Void) rethrows -> Double {
        let start = now()
        try body()
        return now() - start
    }

    /// The best of `runs` timings of `body`: the figure least disturbed by
    /// the rest of the machine.
    static func best(of runs: Int, _ body: () throws -> Void) rethrows -> Double {
        var times: [Double] = []
        for _ in 0..<runs { times.append(try time(body)) }
        return times.min() ?? 0
    }

    /// The `fraction` percentile (0.5, 0.99) of `samples`.
    static func percentile(_ samples: [Double], _ fraction: Double) -> Double {
        let sorted = samples.sorted()
        guard !sorted.isEmpty else { return 0 }
        return sorted[min(sorted.count - 1, Int((Double(sorted.count - 1) * fraction).rounded(.up)))]
    }

    /// What running another program came to.
    struct Run {
        var seconds: Double
        var status: Int32
        var output: String
    }

    /// Runs `arguments` (a path, then its arguments) to its end; standard
    /// output is kept when `keepOutput`, else thrown away.
    static func run(_ arguments: [String], keepOutput: Bool = false) -> Run {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shequ-bench-out-" + UUID().uuidString
        ).path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(
            &actions, 1, keepOutput ? outputPath : "/dev/null", O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        let argv = arguments.map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        let start = now()
        guard posix_spawn(&pid, arguments[0], &actions, nil, argv, environ) == 0 else {
            return Run(seconds: 0, status: -1, output: "")
        }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let seconds = now() - start
        let output = keepOutput ? ((try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? "") : ""
        return Run(seconds: seconds, status: (status >> 8) & 0xff, output: output)
    }
}
