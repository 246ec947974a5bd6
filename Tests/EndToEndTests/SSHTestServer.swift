import Foundation
import ShequSync
import XCTest

/// A real OpenSSH server on 127.0.0.1 at a free port, with its own host
/// key and settings in `folder`, standing for the street office's server.
/// It lets in `user` only, by the keys in `authorizedKeys` (sshd's own
/// setting: a path of its own, or one in the user's home). sshd puts
/// itself in the background; its pid file says whom to stop.
final class SSHTestServer {
    let folder: URL
    private(set) var port = 0
    let hostKey: String

    /// The sshd program, when this machine has one.
    static let program = "/usr/sbin/sshd"

    init(folder: URL, user: String, authorizedKeys: String) throws {
        self.folder = folder
        hostKey = folder.appendingPathComponent("hostkey").path
        try Self.run(["/usr/bin/ssh-keygen", "-q", "-t", "ed25519", "-N", "", "-f", hostKey])
        try FileManager.default.createDirectory(atPath: "/run/sshd", withIntermediateDirectories: true)
        for _ in 0..<5 {
            port = Int.random(in: 20_000..<60_000)
            let config = folder.appendingPathComponent("sshd_config")
            try """
            Port \(port)
            ListenAddress 127.0.0.1
            HostKey \(hostKey)
            PidFile \(pidFile)
            AuthorizedKeysFile \(authorizedKeys)
            PasswordAuthentication no
            KbdInteractiveAuthentication no
            UsePAM no
            StrictModes no
            PermitRootLogin prohibit-password
            AllowUsers \(user)

            """.write(to: config, atomically: true, encoding: .utf8)
            guard
                (try? Self.run([Self.program, "-f", config.path, "-E", folder.appendingPathComponent("sshd.log").path]))
                    != nil
            else { continue }
            if isListening { return }
            stop()
        }
        XCTFail("sshd did not start")
    }

    private var pidFile: String { folder.appendingPathComponent("sshd.pid").path }

    /// True once the server takes connections (tried for five seconds).
    private var isListening: Bool {
        for _ in 0..<50 {
            if Self.probe(port: port) { return true }
            usleep(100_000)
        }
        return false
    }

    /// The host key's line for a known-hosts file.
    var knownHostsLine: String {
        let key = (try? String(contentsOfFile: hostKey + ".pub", encoding: .utf8)) ?? ""
        let parts = key.split(separator: " ")
        return "[127.0.0.1]:\(port) " + parts.prefix(2).joined(separator: " ")
    }

    func stop() {
        if let text = try? String(contentsOfFile: pidFile, encoding: .utf8),
            let pid = pid_t(text.trimmingCharacters(in: .whitespacesAndNewlines))
        {
            kill(pid, SIGTERM)
        }
        try? FileManager.default.removeItem(atPath: pidFile)
    }

    /// Runs a program to its end, its output thrown away; throws when it fails.
    static func run(_ arguments: [String], environment: [String: String] = [:]) throws {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: arguments[0])
        process.arguments = Array(arguments.dropFirst())
        process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            throw NSError(domain: "run", code: Int(process.terminationStatus), userInfo: ["command": arguments])
        }
    }

    /// True when something on 127.0.0.1 takes a connection at `port`.
    static func probe(port: Int) -> Bool {
        let socket = Foundation.socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        defer { close(socket) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        return withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) {
                connect(socket, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) == 0
            }
        }
    }
}
