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
