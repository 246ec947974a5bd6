import Foundation
import ShequDomain
import ShequStore
import ShequSync
import XCTest

/// The afternoon of the deadline: an office and twenty clerks, each with
/// their own home, name and data directory, sync at the same moment through
/// a real OpenSSH server on 127.0.0.1 (and through a plain bare
/// repository); every one is sent, and the shared history holds no merge
/// commit that did not combine work. A server that refuses the key, one
/// not yet known and one that is gone each say so with their own status.
final class DeadlineDayTests: XCTestCase {
    private var root: URL!
    private var server: SSHTestServer?
    private static let machines = 20

    override func setUpWithError() throws {
        try XCTSkipUnless(GitRepository.isAvailable, "git is not installed")
        for program in [SSHTestServer.program, "/usr/bin/ssh-keygen", "/usr/bin/ssh-keyscan"] {
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: program), "\(program) is not installed")
        }
        root = URL(fileURLWithPath: "/tmp/shequ-deadline-" + UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        chmod(root.path, 0o755)
        XCTAssertTrue(GitRepository(root: root).run(["init", "-q", "--bare", "-b", "main", "street.git"]).succeeded)
        for key in ["key", "stranger"] {
            try SSHTestServer.run(["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", path(key)])
        }
        try FileManager.default.copyItem(atPath: path("key.pub"), toPath: path("authorized_keys"))
        server = try SSHTestServer(folder: root, user: NSUserName(), authorizedKeys: path("authorized_keys"))
        try ((server?.knownHostsLine ?? "") + "\n").write(
            toFile: path("known_hosts"), atomically: true, encoding: .utf8)
    }

    override func tearDown() {
        server?.stop()
        if let root { try? FileManager.default.removeItem(at: root) }
    }

    private func path(_ name: String) -> String { root.appendingPathComponent(name).path }

    private var sshRemote: String { "ssh://\(NSUserName())@127.0.0.1:\(server?.port ?? 0)\(path("street.git"))" }

    /// The clerks' ssh, as a street office hands it out: their key and the
    /// server's host key known. No BatchMode: Shequ adds it.
    private func ssh(key: String = "key", knownHosts: String = "known_hosts") -> String {
        "ssh -i \(path(key)) -o UserKnownHostsFile=\(path(knownHosts))"
    }

    /// The command line of shequ on `machine`, with its own home and ssh.
    private func command(_ machine: String, _ arguments: [String], ssh: String? = nil) -> [String] {
        ["HOME=" + path(machine + "-home"), "XDG_CONFIG_HOME=", "GIT_SSH_COMMAND=" + (ssh ?? self.ssh()), Tmux.binary]
            + arguments + ["--data-dir", path(machine), "--lang", "zh"]
    }

    /// Runs shequ on `machine`: its status and output.
    private func shequ(_ machine: String, _ arguments: [String], ssh: String? = nil) -> (Int32, String) {
        Self.execute(command(machine, arguments, ssh: ssh))
    }

    private static func execute(_ command: [String]) -> (Int32, String) {
        var status: Int32 = -1
        let output = Tmux.execute(command, status: &status, withErrors: true)
        return (status, output)
    }

    @discardableResult
    private func succeeding(_ machine: String, _ arguments: [String], line: UInt = #line) -> String {
        let (status, output) = shequ(machine, arguments)
        XCTAssertEqual(status, 0, output, line: line)
        return output
    }

    /// The office with the sample street, shared through `remote`.
    private func office(_ remote: String) throws {
        succeeding("office", ["demo"])
        // The sample's reviewer key is not shared: anyone can sign with it.
        try FileManager.default.removeItem(atPath: path("office/reviewers"))
        succeeding("office", ["sync", "init", "--remote", remote, "--name", "街道 王秀英"])
        succeeding("office", ["sync"])
    }

    /// Twenty clerks join, each adds an activity of their own, and all
    /// sync at the same moment: every one is sent, every activity reaches
    /// the office, and each merge in the history combined work.
    private func syncAtOnce(_ remote: String, line: UInt = #line) throws {
        try office(remote)
        let clerks = (1...Self.machines).map { "clerk\($0)" }
        for (index, clerk) in clerks.enumerated() {
            succeeding(clerk, ["sync", "init", "--remote", remote, "--name", "填报员 \(index + 1)"])
            succeeding(clerk, ["sync"])
            let store = try CommunityStore(root: URL(fileURLWithPath: path(clerk)))
            var community = try XCTUnwrap(store.load().communities.sorted { $0.id < $1.id }[index % 9])
            community.activities.append(
                Activity(
                    id: "a-deadline-\(index + 1)", date: LocalDate(year: 2025, month: 9, day: 15)!,
                    title: "截止日活动 \(index + 1)", kind: .lecture, participants: 10 + index))
            try store.save(community)
        }
        let started = Date()
        let results = Results(count: clerks.count)
        let group = DispatchGroup()
        for (index, clerk) in clerks.enumerated() {
            let line = command(clerk, ["sync", "--timeout", "600"])
            group.enter()
            Thread.detachNewThread {
                results.set(index, Self.execute(line))
                group.leave()
            }
        }
        group.wait()
        let seconds = Date().timeIntervalSince(started)
        var retries = 0
        for (status, output) in results.all {
            XCTAssertEqual(status, 0, output, line: line)
            XCTAssertTrue(output.contains("已发送到远程仓库"), output, line: line)
            if let range = output.range(of: "重试了 ") {
                retries += Int(output[range.upperBound...].prefix { $0.isNumber }) ?? 0
            }
        }
        succeeding("office", ["sync"])
        let arrived = try CommunityStore(root: URL(fileURLWithPath: path("office"))).load().communities
            .flatMap(\.activities).filter { $0.id.hasPrefix("a-deadline-") }
        XCTAssertEqual(arrived.count, clerks.count, "every clerk's activity is at the office", line: line)
        // A merge that took nothing from one of its sides is a sync that sent nothing, and must not be there.
        let street = GitRepository(root: URL(fileURLWithPath: path("street.git")))
        let merges = street.run(["rev-list", "--merges", "main"]).lines
        for merge in merges {
            for parent in ["^1", "^2"] {
                XCTAssertFalse(
                    street.run(["diff", "--quiet", merge + parent, merge]).succeeded,
                    "merge \(merge) took nothing from \(parent)", line: line)
            }
        }
        XCTAssertLessThan(merges.count, clerks.count, line: line)
        print(
            "deadline day, \(clerks.count) at once over \(remote.hasPrefix("ssh") ? "ssh" : "a path"): "
                + String(format: "%.1f s", seconds) + ", \(retries) retries, \(merges.count) merges")
    }

    func testTwentyClerksSyncAtOnceThroughOpenSSHAndEveryOneIsSent() throws {
        try syncAtOnce(sshRemote)
    }

    func testTwentyClerksSyncAtOnceThroughAPlainBareRepositoryAndEveryOneIsSent() throws {
        try syncAtOnce(path("street.git"))
    }

    func testARefusedKeyAnUnknownHostKeyAndADeadServerEachSayTheirOwn() throws {
        try office(sshRemote)
        try edit()
        // A key the server does not take.
        let (refused, refusedSaid) = shequ("office", ["sync"], ssh: ssh(key: "stranger"))
        XCTAssertEqual(refused, 6, refusedSaid)
        XCTAssertTrue(refusedSaid.contains("不接受本机的 ssh 密钥"), refusedSaid)
        XCTAssertTrue(refusedSaid.contains("修改仍在本机"), refusedSaid)
        // A server whose host key this machine has never seen: told, never answered by Shequ.
        FileManager.default.createFile(atPath: path("empty_known_hosts"), contents: nil)
        let unknownSSH = ssh(knownHosts: "empty_known_hosts")
        let (unknown, unknownSaid) = shequ("office", ["sync"], ssh: unknownSSH)
        XCTAssertEqual(unknown, 5, unknownSaid)
        XCTAssertTrue(unknownSaid.contains("还不认识服务器 127.0.0.1 的主机密钥"), unknownSaid)
        // sync init shows the fingerprint and takes it only when given; then the sync goes through.
        let fingerprint = try XCTUnwrap(
            Tmux.execute(["/usr/bin/ssh-keygen", "-l", "-f", server!.hostKey + ".pub"]).split(separator: " ")
                .dropFirst()
                .first)
        let (wrong, wrongSaid) = shequ(
            "office", ["sync", "init", "--accept-host-key", "SHA256:nope"], ssh: unknownSSH)
        XCTAssertEqual(wrong, 5, wrongSaid)
        XCTAssertTrue(wrongSaid.contains("没有 SHA256:nope"), wrongSaid)
        let (accepted, acceptedSaid) = shequ(
            "office", ["sync", "init", "--accept-host-key", String(fingerprint)], ssh: unknownSSH)
        XCTAssertEqual(accepted, 0, acceptedSaid)
        XCTAssertTrue(acceptedSaid.contains("已接受服务器 127.0.0.1 的主机密钥"), acceptedSaid)
        let (known, knownSaid) = shequ("office", ["sync"], ssh: unknownSSH)
        XCTAssertEqual(known, 0, knownSaid)
        XCTAssertTrue(knownSaid.contains("已发送到远程仓库"), knownSaid)
        // A server that is gone: offline, kept for next time.
        try edit()
        server?.stop()
        usleep(300_000)
        let (dead, deadSaid) = shequ("office", ["sync"])
        XCTAssertEqual(dead, 3, deadSaid)
        XCTAssertTrue(deadSaid.contains("远程仓库无法连接"), deadSaid)
        XCTAssertTrue(deadSaid.contains("下次同步时发送"), deadSaid)
        // A server that takes the connection and never answers: given up after the time asked, kept.
        let frozen = try FrozenServer()
        let frozenRemote = "ssh://\(NSUserName())@127.0.0.1:\(frozen.port)\(path("street.git"))"
        GitRepository(root: URL(fileURLWithPath: path("office"))).run(["remote", "set-url", "origin", frozenRemote])
        let (stuck, stuckSaid) = shequ("office", ["sync", "--timeout", "5"])
        XCTAssertEqual(stuck, 3, stuckSaid)
        XCTAssertTrue(stuckSaid.contains("5 秒内没有回应"), stuckSaid)
    }

    func testSyncInitAsksOnceAboutAnUnknownHostKeyAndEscCancelsAStuckSyncOnTheScreen() throws {
        try office(path("street.git"))
        FileManager.default.createFile(atPath: path("empty_known_hosts"), contents: nil)
        let environment =
            "LANG=C.UTF-8 HOME='\(path("office-home"))' GIT_SSH_COMMAND='\(ssh(knownHosts: "empty_known_hosts"))'"
        let asking = Tmux(dataDirectory: URL(fileURLWithPath: path("office")))
        asking.run([
            "new-session", "-d", "-x", "120", "-y", "24", "sh", "-c",
            "env \(environment) '\(Tmux.binary)' sync init --remote \(sshRemote) --data-dir '\(path("office"))' "
                + "--lang zh; echo EXIT=$?; sleep 60",
        ])
        asking.waitFor("接受吗？（是/否）")
        XCTAssertTrue(asking.screen().contains("SHA256:"), asking.screen())
        asking.type("是")
        asking.press("Enter")
        asking.waitFor("已接受服务器 127.0.0.1 的主机密钥")
        asking.waitFor("EXIT=0")
        let known = try String(contentsOfFile: path("empty_known_hosts"), encoding: .utf8)
        XCTAssertTrue(known.contains("[127.0.0.1]:\(server?.port ?? 0)"), known)

        // On the screens, a sync stuck on a server that never answers is stopped with Esc.
        let frozen = try FrozenServer()
        GitRepository(root: URL(fileURLWithPath: path("office"))).run([
            "remote", "set-url", "origin", "ssh://\(NSUserName())@127.0.0.1:\(frozen.port)\(path("street.git"))",
        ])
        try edit()
        let screen = Tmux(dataDirectory: URL(fileURLWithPath: path("office")))
        screen.start("--lang zh", environment: environment, columns: 100)
        screen.waitFor("社区工作台")
        screen.press("s")
        screen.waitFor("同步中…（Esc 取消）")
        screen.press("Escape")
        screen.waitFor("同步已取消")
        XCTAssertFalse(screen.screen().contains("同步中…"), screen.screen())
        screen.press("Q")
        screen.waitFor("EXIT=0")
    }

    /// The office changes its notes, to have something to send.
    private func edit() throws {
        let store = try CommunityStore(root: URL(fileURLWithPath: path("office")))
        var community = try XCTUnwrap(store.load().communities.first)
        community.notes += "。"
        try store.save(community)
    }
}

/// A server that takes connections and never says a word, as a frozen
/// street office server does.
private final class FrozenServer {
    let port: Int
    private let socket: Int32

    init() throws {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        self.socket = socket
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        var chosen = 0
        for _ in 0..<10 {
            chosen = Int.random(in: 20_000..<60_000)
            address.sin_port = in_port_t(UInt16(chosen).bigEndian)
            let bound = withUnsafePointer(to: &address) {
                $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                    bind(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size))
                }
            }
            if bound == 0 { break }
        }
        port = chosen
        guard listen(self.socket, 16) == 0 else { throw NSError(domain: "listen", code: Int(errno)) }
    }

    deinit { close(socket) }
}

/// What each of the machines that synced at once said, filled in from their threads.
private final class Results: @unchecked Sendable {
    private let lock = NSLock()
    private var items: [(Int32, String)]

    init(count: Int) {
        items = Array(repeating: (-1, ""), count: count)
    }

    func set(_ index: Int, _ result: (Int32, String)) {
        lock.withLock { items[index] = result }
    }

    var all: [(Int32, String)] { lock.withLock { items } }
}
