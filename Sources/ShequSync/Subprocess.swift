import Foundation

/// One program run to its end with its output collected: git for the
/// sync, ssh's own tools for a server's host key. Nothing is asked on the
/// terminal (its input is a pipe); with a budget the run is stopped, with
/// every process it started, when the budget runs out or is cancelled.
enum Subprocess {
    /// Runs `arguments` (the program first, found on PATH) in `directory`
    /// with exactly `environment`, feeding it `input`.
    static func run(
        _ arguments: [String], in directory: URL, input: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment, budget: SyncBudget? = nil
    ) -> GitRepository.Run {
        if let budget, budget.isOver { return GitRepository.Run(stopped: budget.isCancelled ? .cancelled : .timedOut) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = arguments
        process.currentDirectoryURL = directory
        process.environment = environment
        let output = Pipe()
        let error = Pipe()
        let feed = Pipe()
        process.standardOutput = output
        process.standardError = error
        process.standardInput = feed
        let ended = DispatchSemaphore(value: 0)
        process.terminationHandler = { _ in ended.signal() }
        do {
            try process.run()
        } catch {
            return GitRepository.Run(
                status: 127, output: "", error: "\(arguments[0]) cannot be run: \(error.localizedDescription)")
        }
        // Both pipes are drained while the program runs, so a long output cannot block it.
        let errorData = PipeReader(error.fileHandleForReading)
        let outputData = PipeReader(output.fileHandleForReading)
        if let input { feed.fileHandleForWriting.write(Data(input.utf8)) }
        try? feed.fileHandleForWriting.close()
        var stopped: GitRepository.Stop?
        if let budget {
            // Foundation starts the program as the leader of its own process group: killing the group takes ssh too.
            budget.running(process.processIdentifier) {
                if ended.wait(timeout: .now() + max(0, budget.deadline.timeIntervalSinceNow)) == .timedOut {
                    kill(-process.processIdentifier, SIGKILL)
                    ended.wait()
                    stopped = .timedOut
                }
            }
            if budget.isCancelled, process.terminationReason == .uncaughtSignal { stopped = .cancelled }
        } else {
            ended.wait()
        }
        process.waitUntilExit()
        var run = GitRepository.Run(
            status: process.terminationStatus, output: String(decoding: outputData.data, as: UTF8.self),
            error: String(decoding: errorData.data, as: UTF8.self))
        run.stopped = stopped
        return run
    }

    /// Reads a pipe to its end on another thread.
    private final class PipeReader: @unchecked Sendable {
        private var collected = Data()
        private let done = DispatchSemaphore(value: 0)

        init(_ handle: FileHandle) {
            DispatchQueue.global().async {
                self.collected = handle.readDataToEndOfFile()
                self.done.signal()
            }
        }

        var data: Data {
            done.wait()
            return collected
        }
    }
}
