import Foundation
import ShequDomain
import ShequStore
import ShequSync
import XCTest

/// The street office's real server: OpenSSH on 127.0.0.1 and gitolite3,
/// with `shequ gate` as a gitolite VREF and the pusher named by gitolite
/// from their ssh key (GL_USER). The office, an honest clerk with Shequ and
/// a dishonest clerk with plain git each have their own key. Needs root (to
/// make the server's account), sshd and gitolite: `.ci/run` installs them.
final class StreetServerTests: XCTestCase {
    private var root: URL!
    private var account = ""
    private var port = 0
    private var server: SSHTestServer?
    private var fingerprint = ""

    override func setUpWithError() throws {
        try XCTSkipUnless(getuid() == 0, "needs root to make the server's account")
        for program in ["/usr/sbin/sshd", "/usr/bin/gitolite", "/usr/bin/ssh-keygen"] {
            try XCTSkipUnless(FileManager.default.isExecutableFile(atPath: program), "\(program) is not installed")
        }
        root = URL(fileURLWithPath: "/tmp/shequ-server-" + UUID().uuidString.prefix(8))
        try FileManager.default.createDirectory(
            at: root.appendingPathComponent("keys"), withIntermediateDirectories: true)
        chmod(root.path, 0o755)
        account = "sq" + UUID().uuidString.prefix(6).lowercased()
        let home = root.appendingPathComponent("git").path
        try run(["/usr/sbin/useradd", "-m", "-d", home, "-s", "/bin/sh", account])
        try run(["/usr/sbin/usermod", "-p", "*", account])  // no password, yet not locked for ssh keys
        for person in ["office", "li", "zhao"] {
            try run(["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-C", person, "-f", key(person)])
        }
        // gitolite, set up as the street office would: office administers; everyone may push, the gate decides.
        try FileManager.default.copyItem(atPath: key("office") + ".pub", toPath: home + "/office.pub")
        try run(["/usr/bin/chown", "-R", account, home])
        try asServer("gitolite setup -pk office.pub")
        let rc = home + "/.gitolite.rc"
        try String(contentsOfFile: rc, encoding: .utf8)
            .replacingOccurrences(
                of: "# LOCAL_CODE                =>  \"$ENV{HOME}/local\",", with: "LOCAL_CODE => \"$ENV{HOME}/local\","
            )
            .write(toFile: rc, atomically: true, encoding: .utf8)
        for person in ["li", "zhao"] {
            try FileManager.default.copyItem(
                atPath: key(person) + ".pub", toPath: home + "/.gitolite/keydir/\(person).pub")
        }
        try """
        repo gitolite-admin
            RW+     =   office
        repo chongchuan
            RW+     =   office li zhao
            -   VREF/SHEQU  =   @all

        """.write(toFile: home + "/.gitolite/conf/gitolite.conf", atomically: true, encoding: .utf8)
        try FileManager.default.createDirectory(atPath: home + "/local/VREF", withIntermediateDirectories: true)
        try "#!/bin/sh\nexec '\(Tmux.binary)' gate --root \"$(cat \"$HOME/shequ-root\")\" \"$1\" \"$2\" \"$3\"\n".write(
            toFile: home + "/local/VREF/SHEQU", atomically: true, encoding: .utf8)
        chmod(home + "/local/VREF/SHEQU", 0o755)
        try run(["/usr/bin/chown", "-R", account, home])
        try asServer("gitolite compile && gitolite setup")
        let started = try SSHTestServer(folder: root, user: account, authorizedKeys: ".ssh/authorized_keys")
        server = started
        port = started.port

        // The office makes its root and roster, then every machine joins over ssh.
        let printed = shequ("office", ["roster", "root", "--pin"])
        let start = try XCTUnwrap(printed.range(of: "SHA256:"), printed).lowerBound
        fingerprint = String(printed[start...].prefix { !$0.isWhitespace })
        try fingerprint.write(toFile: home + "/shequ-root", atomically: true, encoding: .utf8)
        let reviewerKey = try XCTUnwrap(shequ("office", ["reviewers", "key"]).split(separator: " ").last)
        shequ(
            "office",
            [
                "roster", "add-reviewer", "街道审核员", reviewerKey.trimmingCharacters(in: .whitespacesAndNewlines),
                "--user", "office",
            ])
        shequ("office", ["demo"])
        try FileManager.default.removeItem(at: root.appendingPathComponent("office/reviewers/key-g3k2S6SKmnwT.toml"))
        shequ("office", ["roster", "add-clerk", "zhao", "--name", "赵某", "--community", "c-demo07"])
        let others = (1...9).filter { $0 != 7 }.flatMap { ["--community", String(format: "c-demo%02d", $0)] }
        shequ("office", ["roster", "add-clerk", "li", "--name", "李梅"] + others)
        shequ("office", ["sync", "init", "--remote", remote, "--name", "街道审核员"])
        shequ("office", ["sync"])
        shequ("li", ["sync", "init", "--remote", remote, "--name", "填报员 李梅", "--root", fingerprint])
        shequ("li", ["sync"])
        XCTAssertTrue(
            plain(["clone", "-q", "-b", "main", remote, root.appendingPathComponent("zhao").path], in: root).succeeded)
        plain(["config", "user.name", "填报员 赵某"])
        plain(["config", "user.email", "zhao@localhost"])
    }

    override func tearDown() {
        server?.stop()
        if !account.isEmpty { try? run(["/usr/sbin/userdel", account]) }
        if let root, ProcessInfo.processInfo.environment["KEEP"] == nil {
            try? FileManager.default.removeItem(at: root)
        }
    }

    private var remote: String { "ssh://\(account)@127.0.0.1:\(port)/chongchuan" }

    private func key(_ person: String) -> String { root.appendingPathComponent("keys/" + person).path }

    /// How `person`'s git reaches the server: their own key, the server's host key pinned on first use.
    private func sshCommand(_ person: String) -> String {
        "ssh -i \(key(person)) -o BatchMode=yes -o StrictHostKeyChecking=accept-new "
            + "-o UserKnownHostsFile=\(root.appendingPathComponent("known_hosts").path)"
    }

    private func run(_ arguments: [String]) throws {
        try SSHTestServer.run(arguments)
    }

    private func asServer(_ command: String) throws {
        let home = root.appendingPathComponent("git").path
        try run([
            "/usr/sbin/runuser", "-u", account, "--", "/usr/bin/env", "HOME=" + home, "sh", "-c", "cd && " + command,
        ])
    }

    /// Runs shequ on `person`'s machine: their home, their data, their ssh key.
    @discardableResult
    private func shequ(_ person: String, _ arguments: [String], status expected: Int32 = 0, line: UInt = #line)
        -> String
    {
        var status: Int32 = -1
        let output = Tmux.execute(
            [
                "HOME=" + root.appendingPathComponent(person + "-home").path, "XDG_CONFIG_HOME=",
                "GIT_SSH_COMMAND=" + sshCommand(person), Tmux.binary,
            ] + arguments + ["--data-dir", root.appendingPathComponent(person).path, "--lang", "zh"],
            status: &status, withErrors: true)
        XCTAssertEqual(status, expected, output, line: line)
        return output
    }

    @discardableResult
    private func plain(_ arguments: [String], in folder: URL? = nil) -> GitRepository.Run {
        GitRepository(root: folder ?? root.appendingPathComponent("zhao")).run(
            arguments, environment: ["GIT_SSH_COMMAND": sshCommand("zhao")])
    }

    func testTheGateRefusesAForgeryOverSSHAndTheHonestClerkIsToldWhy() throws {
        let peer = root.appendingPathComponent("zhao")
        // Making oneself a reviewer, pushed with plain git over ssh: refused, told in both languages, by name.
        let (name, text) = TrustedReviewers.file(
            for: .init(name: "街道审核员", key: ReviewSigner(raw: Data(repeating: 9, count: 32))!.publicKeyText))
        try text.write(to: peer.appendingPathComponent("reviewers/" + name), atomically: true, encoding: .utf8)
        plain(["add", "-A"])
        plain(["commit", "-q", "-m", "填写"])
        let pushed = plain(["push", "-q", "origin", "HEAD:main"])
        XCTAssertFalse(pushed.succeeded)
        XCTAssertTrue(pushed.error.contains("街道服务器拒收 zhao 推送的修改"), pushed.error)
        XCTAssertTrue(pushed.error.contains("a reviewer's key outside the roster"), pushed.error)
        plain(["reset", "-q", "--hard", "origin/main"])

        // An honest change to the clerk's own community goes in and reaches the office.
        let file = peer.appendingPathComponent("communities/c-demo07.json")
        var own = try CommunityFile.decode(try Data(contentsOf: file), id: "c-demo07").community
        own.notes = "网格员换人"
        try CommunityFile.encode(own).write(to: file)
        plain(["commit", "-q", "-am", "填写"])
        XCTAssertTrue(plain(["push", "-q", "origin", "HEAD:main"]).succeeded)
        let received = shequ("office", ["sync"])
        XCTAssertTrue(received.contains("填报员 赵某："), received)

        // The honest clerk changes a community the roster does not give her: her sync says what the server said.
        do {
            let store = try CommunityStore(root: root.appendingPathComponent("li"))
            var theirs = try XCTUnwrap(store.load().communities.first { $0.id == "c-demo07" })
            theirs.notes = "顺手改一下"
            try store.save(theirs)
        }
        let said = shequ("li", ["sync"], status: 4)
        XCTAssertTrue(said.contains("名册没有把 communities/c-demo07.json 交给 li"), said)
        XCTAssertTrue(said.contains("仍在本机"), said)
        XCTAssertFalse(said.contains("helper program"), said)
    }
}
