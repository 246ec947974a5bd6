import Foundation
import XCTest

/// The real `shequ` binary in a tmux pane of its own server, driven as a
/// person would: keys in with send-keys, the screen out with capture-pane.
final class Tmux {
    let socket = "shequ-e2e-" + UUID().uuidString.prefix(8)
    let dataDirectory: URL

    /// The `shequ` built beside the test bundle.
    static var binary: String {
        URL(fileURLWithPath: "/proc/self/exe").resolvingSymlinksInPath().deletingLastPathComponent()
            .appendingPathComponent("shequ").path
    }

    /// The day every binary the tests start takes for today (`SHEQU_TODAY`),
    /// so that no test depends on the machine's date.
    static let today = "2025-09-15"

    init(dataDirectory: URL) {
        self.dataDirectory = dataDirectory
    }

    /// A fresh data directory holding the sample street, for one test; the
    /// test is skipped when tmux is missing.
    static func sampleDirectory(_ prefix: String) throws -> URL {
        try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: "/usr/bin/tmux"), "tmux is not installed")
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent(prefix + UUID().uuidString)
        var status: Int32 = -1
        execute([binary, "demo", "--data-dir", directory.path], status: &status)
        XCTAssertEqual(status, 0, "demo wrote the sample street")
        return directory
    }

    /// Removes a test's data directory and the settings folder beside it.
    static func remove(_ directory: URL) {
        try? FileManager.default.removeItem(at: directory)
        try? FileManager.default.removeItem(at: configDirectory(for: directory))
    }

    /// The settings folder of every run on this data directory, beside it,
    /// so that no test reads or writes the real one (a supervisor's key is
    /// made there).
    var configDirectory: URL { Self.configDirectory(for: dataDirectory) }

    static func configDirectory(for dataDirectory: URL) -> URL {
        URL(fileURLWithPath: dataDirectory.path + "-config")
    }

    /// Starts shequ with `arguments` in a `columns`×`rows` pane. The pane's
    /// shell prints EXIT=<status> when shequ ends, and stays.
    /// `launcher` runs before the binary (it must exec it); `binary` is the
    /// one built beside the tests unless a copy is to be tried.
    func start(
        _ arguments: String = "", environment: String = "LANG=C.UTF-8", columns: Int = 80, rows: Int = 24,
        launcher: String = "", binary: String = Tmux.binary
    ) {
        let command =
            "\(launcher) env -u NO_COLOR SHEQU_TODAY=\(Self.today) XDG_CONFIG_HOME='\(configDirectory.path)' "
            + "\(environment) '\(binary)' "
            + "--data-dir '\(dataDirectory.path)' \(arguments); echo EXIT=$?; sleep 60"
        run(["new-session", "-d", "-x", "\(columns)", "-y", "\(rows)", "sh", "-c", command])
    }

    /// Presses keys by tmux name (Enter, Escape, C-s, Tab, …).
    func press(_ keys: String...) {
        run(["send-keys", "-t", "0"] + keys)
    }

    /// Types text literally, the way an input method commits a phrase.
    func type(_ text: String) {
        run(["send-keys", "-t", "0", "-l", text])
    }

    /// Pastes `text` as a terminal does when the program asked for
    /// bracketed paste: wrapped in the paste markers.
    func paste(_ text: String) {
        run(["set-buffer", "--", text])
        run(["paste-buffer", "-p", "-t", "0"])
    }

    /// The pane's text; `escapes` keeps colour and attribute sequences.
    func screen(escapes: Bool = false) -> String {
        run(["capture-pane", "-p", "-t", "0"] + (escapes ? ["-e"] : []))
    }

    /// Waits until the screen shows `text`; fails the test with the screen if it never does.
    @discardableResult
    func waitFor(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) -> Bool
    {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if screen().contains(text) { return true }
            usleep(30_000)
        }
        XCTFail("never showed \"\(text)\"; the screen was:\n\(screen())", file: file, line: line)
        return false
    }

    /// Waits until the screen no longer shows `text` (a progress note); fails the test if it stays.
    func waitUntilGone(_ text: String, timeout: TimeInterval = 10, file: StaticString = #filePath, line: UInt = #line) {
        let deadline = Date().addingTimeInterval(timeout)
        while Date() < deadline {
            if !screen().contains(text) { return }
            usleep(30_000)
        }
        XCTFail("still showed \"\(text)\"; the screen was:\n\(screen())", file: file, line: line)
    }

    /// The process id of shequ in the pane (the child of the pane's shell).
    func shequPID() -> Int32? {
        guard
            let shell = Int32(
                run(["display-message", "-p", "-t", "0", "#{pane_pid}"]).trimmingCharacters(in: .whitespacesAndNewlines)
            )
        else { return nil }
        let children = (try? String(contentsOfFile: "/proc/\(shell)/task/\(shell)/children", encoding: .utf8)) ?? ""
        return children.split(separator: " ").compactMap { Int32($0) }.first
    }

    @discardableResult
    func run(_ arguments: [String]) -> String {
        Self.execute(["tmux", "-L", socket, "-f", "/dev/null"] + arguments)
    }

    /// Runs a command to its end and returns its standard output (and its
    /// standard error too when `withErrors`). Uses
    /// posix_spawn and waitpid rather than Foundation's Process, which on
    /// Linux learns of the exit through a descriptor the child inherits, and
    /// the tmux server that `new-session` starts keeps that open for good.
    /// The output goes through a file for the same reason.
    @discardableResult
    static func execute(
        _ arguments: [String], status: UnsafeMutablePointer<Int32>? = nil, withErrors: Bool = false
    ) -> String {
        let outputPath = FileManager.default.temporaryDirectory.appendingPathComponent(
            "shequ-e2e-out-" + UUID().uuidString
        ).path
        defer { unlink(outputPath) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        posix_spawn_file_actions_addopen(&actions, 1, outputPath, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        if withErrors {
            posix_spawn_file_actions_adddup2(&actions, 1, 2)
        } else {
            posix_spawn_file_actions_addopen(&actions, 2, "/dev/null", O_WRONLY, 0)
        }
        // Settings of their own, unless a test names others: no command a test runs reads or writes the real ones.
        let settings =
            "XDG_CONFIG_HOME="
            + FileManager.default.temporaryDirectory.appendingPathComponent(
                "shequ-e2e-settings-\(getpid())"
            ).path
        let argv = (["/usr/bin/env", "SHEQU_TODAY=" + today, settings] + arguments).map { strdup($0) } + [nil]
        defer { for pointer in argv { free(pointer) } }
        var pid: pid_t = 0
        guard posix_spawn(&pid, "/usr/bin/env", &actions, nil, argv, environ) == 0 else { return "" }
        var waitStatus: Int32 = 0
        while waitpid(pid, &waitStatus, 0) < 0 && errno == EINTR {}
        status?.pointee = (waitStatus & 0x7f) == 0 ? (waitStatus >> 8) & 0xff : 128 + (waitStatus & 0x7f)
        return (try? String(contentsOfFile: outputPath, encoding: .utf8)) ?? ""
    }

    deinit {
        run(["kill-server"])
    }

    /// The supervisor's key, made on their first `reviewers key`, trusted in
    /// the data directory as a street office would.
    static func trustTheSupervisor(of directory: URL) throws {
        let config = "XDG_CONFIG_HOME=" + Tmux.configDirectory(for: directory).path
        let line = Tmux.execute([config, Tmux.binary, "reviewers", "key"])
        let key = try XCTUnwrap(line.split(separator: " ").last?.trimmingCharacters(in: .whitespacesAndNewlines))
        var status: Int32 = -1
        Tmux.execute([Tmux.binary, "reviewers", "add", "王秀英", key, "--data-dir", directory.path], status: &status)
        XCTAssertEqual(status, 0)
        let keyFile = Tmux.configDirectory(for: directory).appendingPathComponent("shequ/signing-key")
        let mode = try FileManager.default.attributesOfItem(atPath: keyFile.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600, "the private key is readable by its owner only")
    }

    /// Runs shequ once on `directory` in Chinese with `arguments`, lets
    /// `steps` drive it, and quits.
    static func session(in directory: URL, _ arguments: String, _ steps: (Tmux) -> Void) {
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh " + arguments)
        tmux.waitFor("社区工作台")
        steps(tmux)
        tmux.press("Q")
        tmux.waitFor("EXIT=0")
    }
}
