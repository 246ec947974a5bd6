import Foundation

/// The ssh server a remote address names (`user@host:path`,
/// `ssh://user@host:port/path`), as the user's own ssh settings resolve it,
/// and its host key: whether ssh knows it yet, and what the server offers,
/// so that `sync init` can show the fingerprint and let the person accept
/// it, as ssh itself would ask.
public struct SSHServer: Equatable, Sendable {
    /// The name or alias as written in the address.
    public var host: String
    public var port: Int?
    /// The ssh command git uses (the user's own), whose settings say
    /// where the server really is and where its known host keys are kept.
    public var sshCommand = "ssh"

    /// The server of an ssh address; nil for a path, `file://`, `git://`
    /// or `https://`, which have no host key.
    public init?(remote: String, sshCommand: String = "ssh") {
        self.sshCommand = sshCommand
        if remote.hasPrefix("ssh://") || remote.hasPrefix("git+ssh://") {
            guard let url = URLComponents(string: remote), let host = url.host, !host.isEmpty else { return nil }
            self.host = host
            port = url.port
            return
        }
        // scp-like: a colon before any slash, and not a path.
        guard !remote.contains("://"), !remote.hasPrefix("/"), !remote.hasPrefix("."),
            let colon = remote.firstIndex(of: ":"), !remote[..<colon].contains("/")
        else { return nil }
        let authority = remote[..<colon]
        host = String(authority.split(separator: "@").last ?? authority)
        guard !host.isEmpty else { return nil }
    }

    /// One host key the server offers: the line for `known_hosts` and its
    /// fingerprint as ssh shows it ("SHA256:… (ED25519)").
    public struct OfferedKey: Equatable, Sendable {
        public var knownHostsLine: String
        public var fingerprint: String
    }

    /// What ssh's settings make of this host: the real host name, the port
    /// and the known-hosts files.
    private func resolved() -> (hostname: String, port: String, files: [String]) {
        let asked = Subprocess.run(
            ["sh", "-c", sshCommand + " -G " + (port.map { "-p \($0) " } ?? "") + Self.quoted(host)], in: home)
        var hostname = host
        var port = self.port.map(String.init) ?? "22"
        var files: [String] = []
        for line in asked.output.split(separator: "\n") {
            let parts = line.split(separator: " ").map(String.init)
            guard parts.count >= 2 else { continue }
            switch parts[0] {
            case "hostname": hostname = parts[1]
            case "port": port = parts[1]
            case "userknownhostsfile": files = Array(parts.dropFirst())
            default: break
            }
        }
        return (hostname, port, files.isEmpty ? [home.path + "/.ssh/known_hosts"] : files)
    }

    /// True when one of ssh's known-hosts files holds a key for this server.
    public var isKnown: Bool {
        let (hostname, port, files) = resolved()
        let name = port == "22" ? hostname : "[\(hostname)]:\(port)"
        return files.contains { file in
            let found = Subprocess.run(["ssh-keygen", "-F", name, "-f", file], in: home)
            return found.succeeded && !found.output.isEmpty
        }
    }

    /// The host keys the server offers now, each with its fingerprint;
    /// empty when it cannot be reached.
    public func offeredKeys() -> [OfferedKey] {
        let (hostname, port, _) = resolved()
        let scanned = Subprocess.run(
            ["ssh-keyscan", "-T", "10", "-p", port, hostname], in: home, budget: SyncBudget(seconds: 20))
        return scanned.output.split(separator: "\n").map(String.init).filter { !$0.hasPrefix("#") }.compactMap {
            line in
            let shown = Subprocess.run(["ssh-keygen", "-l", "-f", "-"], in: home, input: line + "\n")
            let words = shown.output.split(separator: " ").map(String.init)
            guard shown.succeeded, words.count >= 2 else { return nil }
            return OfferedKey(knownHostsLine: line, fingerprint: words[1] + " " + (words.last ?? ""))
        }
    }

    /// Adds `keys` to the user's first known-hosts file, as ssh does when
    /// the person answers yes.
    public func accept(_ keys: [OfferedKey]) throws {
        let file = URL(fileURLWithPath: resolved().files[0])
        let folder = file.deletingLastPathComponent()
        try FileManager.default.createDirectory(
            at: folder, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        let existing = (try? String(contentsOf: file, encoding: .utf8)) ?? ""
        let lines = keys.map(\.knownHostsLine).joined(separator: "\n")
        let text = existing + (existing.isEmpty || existing.hasSuffix("\n") ? "" : "\n") + lines + "\n"
        try Data(text.utf8).write(to: file, options: .atomic)
    }

    /// The home ssh itself takes: the account's, whatever HOME says.
    private var home: URL {
        URL(fileURLWithPath: getpwuid(getuid()).map { String(cString: $0.pointee.pw_dir) } ?? NSHomeDirectory())
    }

    private static func quoted(_ word: String) -> String {
        "'" + word.replacingOccurrences(of: "'", with: "'\\''") + "'"
    }
}
