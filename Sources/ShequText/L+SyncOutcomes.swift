/// What a sync that did not go through says: each kind of fault in its
/// own words, with what to do about it.
extension L {
    public static func syncTimedOut(_ seconds: Int) -> Localized {
        Localized(
            zh: "远程仓库 \(seconds) 秒内没有回应：修改已记录在本机，下次同步时发送",
            en: "The remote did not answer within \(seconds) s: "
                + "the changes are recorded here and will be sent next time")
    }
    public static let syncStaysHere = Localized(
        zh: "修改仍在本机，问题解决后同步时发送", en: "the changes stay here and go with the first sync after that")
    public static let syncCancelled = Localized(
        zh: "同步已取消：没有收发任何内容，修改仍在本机，下次同步时发送",
        en: "Sync cancelled: nothing was taken in or sent; the changes stay here and will be sent next time")
    public static func syncBusy(_ attempts: Int) -> Localized {
        Localized(
            zh: "其他机器一直在同步（试了 \(attempts) 次）：修改已记录在本机，稍后再同步",
            en: "Other machines kept syncing (tried \(attempts) times): "
                + "the changes are recorded here; sync again shortly")
    }
    public static func syncSentAfterRetries(_ retries: Int) -> Localized {
        Localized(
            zh: "已发送到远程仓库（其他机器同时在同步，重试了 \(retries) 次）",
            en: "Sent to the remote (other machines were syncing too; tried again \(retries) times)")
    }
    public static func syncHostKeyUnknown(_ host: String) -> Localized {
        Localized(
            zh: "本机还不认识服务器 \(host) 的主机密钥：请运行 shequ sync init，核对街道给的指纹后接受",
            en: "This machine does not know the host key of the server \(host) yet: run shequ sync init, "
                + "check the fingerprint against the street office's and accept it")
    }
    public static func syncHostKeyChanged(_ host: String) -> Localized {
        Localized(
            zh: "服务器 \(host) 的主机密钥与本机记录的不同，可能有人冒充服务器：未同步；请先向街道核实",
            en: "The server \(host)'s host key differs from the one known here (someone may be posing as it): "
                + "nothing was synced; check with the street office first")
    }
    public static func syncKeyRefused(_ host: String) -> Localized {
        Localized(
            zh: "服务器 \(host) 不接受本机的 ssh 密钥：请把 ~/.ssh/ 下的 .pub 公钥交给街道加到服务器上",
            en: "The server \(host) does not accept this machine's ssh key: give the street office "
                + "your public key (the .pub file in ~/.ssh/) to add to the server")
    }
    public static func syncOwnership(_ said: String) -> Localized {
        Localized(
            zh: "git 不在属于其他用户的文件夹里工作（\(said)）：请由文件夹的主人同步，"
                + "或运行 git config --global --add safe.directory 该文件夹",
            en: "git will not work in a folder another user owns (\(said)): sync as the folder's owner, "
                + "or run git config --global --add safe.directory with that folder")
    }
    public static func syncNotARepository(_ remote: String) -> Localized {
        Localized(
            zh: "远程地址 \(remote) 没有可用的共享仓库：请核对地址（shequ sync init --remote）",
            en: "The remote address \(remote) holds no shared repository this machine may use: "
                + "check the address (shequ sync init --remote)")
    }
    public static func syncAskHostKey(_ host: String, _ fingerprints: [String]) -> Localized {
        let shown = fingerprints.joined(separator: "\n  ")
        return Localized(
            zh: "本机还不认识服务器 \(host)。它的主机密钥指纹：\n  \(shown)\n请与街道给的指纹核对。接受吗？（是/否）",
            en: "This machine does not know the server \(host) yet. Its host key fingerprints:\n  \(shown)\n"
                + "Check them against the street office's. Accept? (yes/no) ")
    }
    public static func syncHostKeyAccepted(_ host: String) -> Localized {
        Localized(zh: "已接受服务器 \(host) 的主机密钥", en: "Accepted the host key of the server \(host)")
    }
    public static func syncHostKeyNotAccepted(_ host: String) -> Localized {
        Localized(
            zh: "没有接受服务器 \(host) 的主机密钥：同步将无法连接；可用 --accept-host-key 指纹 接受",
            en: "The host key of the server \(host) was not accepted: sync cannot connect; "
                + "accept it with --accept-host-key FINGERPRINT")
    }
    public static func syncHostKeyMismatch(_ host: String, _ given: String) -> Localized {
        Localized(
            zh: "服务器 \(host) 提供的主机密钥中没有 \(given)：未接受",
            en: "The server \(host) offers no host key with the fingerprint \(given): not accepted")
    }
    public static func syncHostUnreachable(_ host: String) -> Localized {
        Localized(
            zh: "无法从服务器 \(host) 读取主机密钥：请检查地址和网络",
            en: "Could not read the host key of the server \(host): check the address and the network")
    }
}
