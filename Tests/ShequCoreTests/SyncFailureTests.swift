import XCTest

@testable import ShequSync

/// A sync that fails because of this machine (a full disk, a read-only
/// file system) says so, and is not told as the network being away.
final class SyncFailureTests: XCTestCase {
    func testAFullDiskIsToldAsItIsAndTheNetworkAsTheNetwork() {
        let full = GitRepository.Run(
            status: 128, output: "",
            error: "error: unable to write file .git/objects/ab/cd: No space left on device\nfatal: failed\n")
        XCTAssertEqual(
            GitSync.failure(of: full), .git("error: unable to write file .git/objects/ab/cd: No space left on device"))
        let away = GitRepository.Run(
            status: 128, output: "", error: "fatal: unable to access 'x': Could not resolve host\n")
        XCTAssertEqual(GitSync.failure(of: away), .offline("fatal: unable to access 'x': Could not resolve host"))
    }
}

/// Each way a sync can fail is told as what it is, with its own exit
/// status: kept for next time, refused, or set up wrong.
final class SyncOutcomeKindsTests: XCTestCase {
    private func failure(_ error: String) -> SyncFailure {
        GitSync.failure(of: GitRepository.Run(status: 128, output: "", error: error))
    }

    func testEachFaultOfSSHAndGitIsToldAsItIs() {
        let said = [
            "No ED25519 host key is known for [127.0.0.1]:2222 and you have requested strict checking.\n"
                + "Host key verification failed.\nfatal: Could not read from remote repository.": 5,
            "@@@@ WARNING: REMOTE HOST IDENTIFICATION HAS CHANGED! @@@@": 5,
            "root@127.0.0.1: Permission denied (publickey).\nfatal: Could not read from remote repository.": 6,
            "fatal: detected dubious ownership in repository at '/srv/street.git'": 7,
            "fatal: '/mnt/usb/street.git' does not appear to be a git repository": 6,
            "ssh: connect to host 10.0.0.9 port 22: Connection refused": 3,
            "ssh: Could not resolve hostname jiedao.example: Name or service not known": 3,
            "kex_exchange_identification: Connection closed by remote host": 3,
            " ! [rejected]        HEAD -> main (fetch first)\nerror: failed to push some refs": 3,
        ]
        for (error, status) in said {
            XCTAssertEqual(failure(error).exitStatus, Int32(status), error)
        }
        XCTAssertEqual(
            failure("Host key verification failed."), .misconfigured(.hostKeyUnknown, "Host key verification failed."))
        XCTAssertEqual(failure("x: Permission denied (publickey).").exitStatus, 6)
        XCTAssertEqual(SyncFailure.refused("街道服务器拒收").exitStatus, 4)
        XCTAssertEqual(SyncFailure.timedOut(seconds: 5).exitStatus, 3)
        XCTAssertEqual(SyncFailure.cancelled.exitStatus, 3)
        XCTAssertEqual(SyncFailure.git("No space left on device").exitStatus, 1)
    }

    func testOthersSendingFirstIsBusyNotARefusalOfTheServer() {
        let lock = GitRepository.Run(
            status: 1, output: "",
            error: " ! [remote rejected] HEAD -> main (cannot lock ref 'refs/heads/main': is at 1 but expected 2)")
        XCTAssertTrue(GitSync.isBusy(lock))
        XCTAssertFalse(GitSync.isRefusedByServer(lock))
        let gate = GitRepository.Run(
            status: 1, output: "", error: "remote: 街道服务器拒收\n ! [remote rejected] HEAD -> main (hook declined)")
        XCTAssertTrue(GitSync.isRefusedByServer(gate))
        XCTAssertFalse(GitSync.isBusy(gate))
    }

    func testATimeOutAfterRetriesIsBusyAndAloneIsTimedOut() {
        var stopped = GitRepository.Run(status: -1, output: "", error: "")
        stopped.stopped = .timedOut
        XCTAssertEqual(GitSync.failure(of: stopped, retries: 0, seconds: 30), .timedOut(seconds: 30))
        XCTAssertEqual(GitSync.failure(of: stopped, retries: 6, seconds: 30), .busy(attempts: 7))
        stopped.stopped = .cancelled
        XCTAssertEqual(GitSync.failure(of: stopped), .cancelled)
    }

    func testTheUsersOwnSSHIsKeptWithPromptsForbiddenAdded() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-ssh-" + UUID().uuidString)
        defer { try? FileManager.default.removeItem(at: folder) }
        let git = GitRepository(root: folder)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        XCTAssertTrue(git.run(["init", "-q"]).succeeded)
        XCTAssertTrue(git.run(["config", "core.sshCommand", "ssh -i ~/.ssh/jiedao -F ~/.ssh/street"]).succeeded)
        let command = git.promptlessSSH()
        if ProcessInfo.processInfo.environment["GIT_SSH_COMMAND"] == nil {
            XCTAssertTrue(command.hasPrefix("ssh -i ~/.ssh/jiedao -F ~/.ssh/street "), command)
        }
        XCTAssertTrue(command.contains("-o BatchMode=yes"), command)
        XCTAssertTrue(command.contains("-o ConnectTimeout="), command)
        XCTAssertTrue(git.run(["config", "core.sshCommand", "ssh -o BatchMode=no"]).succeeded)
        if ProcessInfo.processInfo.environment["GIT_SSH_COMMAND"] == nil {
            XCTAssertFalse(git.promptlessSSH().contains("BatchMode=yes"), "the user's own choice stands")
        }
    }

    func testAnAddressNamesItsSSHServerOnlyWhenItIsOne() {
        XCTAssertEqual(SSHServer(remote: "git@jiedao.example:street.git")?.host, "jiedao.example")
        XCTAssertEqual(SSHServer(remote: "ssh://git@127.0.0.1:2222/srv/street.git")?.port, 2222)
        XCTAssertEqual(SSHServer(remote: "ssh://git@127.0.0.1:2222/srv/street.git")?.host, "127.0.0.1")
        for notSSH in ["/srv/street.git", "./street.git", "file:///srv/street.git", "https://x/street.git", "C"] {
            XCTAssertNil(SSHServer(remote: notSSH), notSSH)
        }
    }

    func testABudgetStopsAStuckRunAndACancelStopsItAtOnce() {
        let folder = FileManager.default.temporaryDirectory
        let budget = SyncBudget(seconds: 1)
        let started = Date()
        let stuck = Subprocess.run(["sleep", "30"], in: folder, budget: budget)
        XCTAssertEqual(stuck.stopped, .timedOut)
        XCTAssertLessThan(Date().timeIntervalSince(started), 5)
        let cancelled = SyncBudget(seconds: 60)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.3) { cancelled.cancel() }
        let stopped = Subprocess.run(["sh", "-c", "sleep 30; true"], in: folder, budget: cancelled)
        XCTAssertEqual(stopped.stopped, .cancelled)
        XCTAssertFalse(stopped.succeeded)
        XCTAssertEqual(
            Subprocess.run(["true"], in: folder, budget: cancelled).stopped, .cancelled, "nothing starts after")
    }
}
