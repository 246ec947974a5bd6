/// The street's roster and its root key: trust, pinning and refusals.
extension L {
    public static func rosterOtherRoot(_ found: String, _ pinned: String) -> Localized {
        Localized(
            zh: "名册由另一把根密钥签名（\(found)），本机固定的是 \(pinned)",
            en: "the roster is signed by another root key (\(found)); this machine pinned \(pinned)")
    }
    public static let rosterSignatureInvalid = Localized(
        zh: "名册的签名无效：名册在街道签名后被改过",
        en: "the roster's signature is invalid: it was changed after the street office signed it")
    public static let rosterMissing = Localized(
        zh: "本机已固定街道根密钥，但没有名册（reviewers/roster.toml）：没有审核人被信任",
        en: "this machine pinned the street office's root key but there is no roster (reviewers/roster.toml): "
            + "no reviewer is trusted")
    public static let rosterNotPinned = Localized(
        zh: "此目录已共享，但本机未固定街道根密钥：审核人不被信任，请运行 shequ roster pin 指纹",
        en: "this directory is shared but no street office root key is pinned here: no reviewer is trusted; "
            + "run shequ roster pin FINGERPRINT")
    public static let keyFileNotInRoster = Localized(
        zh: "不在街道签名的名册中，已忽略", en: "not in the roster the street office signed; ignored")
    public static let sampleKeyOnlyInSample = Localized(
        zh: "示例街道的密钥只在示例目录中被信任（它的私钥随程序分发）",
        en: "the sample street's key is trusted only in a sample directory (its private half ships with Shequ)")
    public static let rosterUnreadable = Localized(zh: "名册无法读取", en: "the roster cannot be read")
    public static let expectedRosterFields = Localized(
        zh: "需要 root、issued、signature 以及 [[reviewer]]（name、key、user）和 [[clerk]]（user、name、communities）",
        en: "expected root, issued, signature, [[reviewer]] (name, key, user) and [[clerk]] (user, name, communities)")

    public static func rootFingerprint(_ fingerprint: String) -> Localized {
        Localized(zh: "街道根密钥指纹：\(fingerprint)", en: "Street office root key fingerprint: \(fingerprint)")
    }
    public static func rootPinned(_ fingerprint: String) -> Localized {
        Localized(zh: "本机已固定街道根密钥：\(fingerprint)", en: "Pinned the street office's root key here: \(fingerprint)")
    }
    public static let notAFingerprint = Localized(
        zh: "不是密钥指纹：应为 SHA256: 开头，由街道运行 shequ roster root 得到",
        en: "not a key fingerprint: expected SHA256:…, as `shequ roster root` prints it at the street office")
    public static let noRootKeyHere = Localized(
        zh: "本机没有固定的街道根密钥或不持有它：只有街道可以修改名册（先运行 shequ roster root）",
        en: "this machine does not hold the pinned root key: only the street office can change the roster "
            + "(run shequ roster root there first)")
    public static func rosterSigned(_ reviewers: Int, _ clerks: Int) -> Localized {
        Localized(
            zh: "名册已签名：\(reviewers) 名审核人，\(clerks) 名填报员", en: "Roster signed: \(reviewers) reviewers, \(clerks) clerks")
    }
    public static func rosterNameTaken(_ name: String) -> Localized {
        Localized(
            zh: "名册中已有另一把密钥的“\(name)”：两个同名审核人无法区分（用 --replace 替换）",
            en: "the roster already has \(name) with another key: two reviewers of one name cannot be told apart "
                + "(--replace replaces it)")
    }
    public static let sampleKeyNotInRoster = Localized(
        zh: "示例街道的密钥不能加入名册：它的私钥随程序分发",
        en: "the sample street's key cannot join a roster: its private half ships with Shequ")
    public static let rosterHeadingReviewers = Localized(zh: "审核人", en: "Reviewers")
    public static let rosterHeadingClerks = Localized(zh: "填报员", en: "Clerks")
    public static let clerkName = Localized(zh: "填报员", en: "Clerk")
    public static let serverUser = Localized(zh: "服务器用户", en: "Server user")
    public static let keptCommunities = Localized(zh: "负责的社区", en: "Communities")
    public static let useRosterToTrust = Localized(
        zh: "此目录信任街道签名的名册：在街道的机器上运行 shequ roster add-reviewer 姓名 公钥",
        en: "this directory trusts the roster the street office signs: run shequ roster add-reviewer NAME KEY "
            + "on the street office's machine")
    public static func syncInitSampleTrusted(_ file: String) -> Localized {
        Localized(
            zh: "此目录仍信任示例街道的密钥（\(file)），任何人都能用它签名：删除该文件后再共享",
            en: "this directory still trusts the sample street's key (\(file)), with which anyone can sign: "
                + "delete that file before sharing it")
    }
    public static func syncAskPin(_ fingerprint: String) -> Localized {
        Localized(
            zh: "共享仓库的名册由根密钥 \(fingerprint) 签名。\n请与街道核对指纹。固定它吗？（yes/no）",
            en: "The shared repository's roster is signed by the root key \(fingerprint).\n"
                + "Compare it with the street office's. Pin it? (yes/no) ")
    }
    public static func syncRefusedUnsignedKey(_ path: String) -> Localized {
        Localized(
            zh: "不在街道签名名册中的审核人密钥：\(path)", en: "a reviewer's key outside the roster the street office signs: \(path)")
    }
    public static func syncRefusedRoster(_ why: Localized) -> Localized {
        Localized(zh: "名册：\(why.zh)", en: "the roster: \(why.en)")
    }
    public static let rosterOlder = Localized(
        zh: "比本机的名册更早签发（旧名册被重放）", en: "it was issued before the one here (an old roster replayed)")
    public static let rosterDeleted = Localized(zh: "名册被删除", en: "it was deleted")
    public static func gateNotKeeper(_ user: String, _ path: String) -> Localized {
        Localized(
            zh: "名册没有把 \(path) 交给 \(user)", en: "the roster does not give \(path) to \(user)")
    }
}

extension L {
    public static func trustProblem(_ line: String, _ count: Int) -> Localized {
        Localized(
            zh: "信任有误（\(count) 处，见 shequ roster show）：\(line)",
            en: "Trust problem (\(count), see shequ roster show): \(line)")
    }
}

/// What the street office's server says when it refuses a push.
extension L {
    public static func gateRefused(_ user: String, _ what: Localized) -> Localized {
        Localized(
            zh: "街道服务器拒收 \(user) 推送的修改（\(what.zh)）：共享仓库保持不变",
            en: "The street office's server refused what \(user) pushed (\(what.en)): "
                + "the shared repository is unchanged")
    }
    public static func gateOnlyMain(_ ref: String) -> Localized {
        Localized(zh: "只能推送 main 分支，不能推送 \(ref)", en: "only the main branch is shared, not \(ref)")
    }
    public static let gateNoDeletingMain = Localized(zh: "删除共享的历史", en: "deleting the shared history")
    public static let gateNoRewriting = Localized(
        zh: "改写共享的历史（强制推送）", en: "rewriting the shared history (a forced push)")
    public static let gateNoRoster = Localized(
        zh: "服务器上还没有街道签名的名册：街道须先发送名册",
        en: "there is no roster the street office signed on the server yet: "
            + "the street office sends one first")
    public static let gateNoPin = Localized(
        zh: "服务器没有固定街道根密钥：用 --root 指纹，或写入仓库的 shequ-root 文件",
        en: "the server has no street office root key pinned: pass --root FINGERPRINT or write it into the "
            + "repository's shequ-root file")
    public static let gateNoUser = Localized(
        zh: "不知道推送者是谁：服务器应设置 GL_USER（gitolite）或 SHEQU_USER，或用 --user",
        en: "who is pushing is unknown: the server sets GL_USER (gitolite) or SHEQU_USER, or pass --user")
    public static let syncKeptHere = Localized(
        zh: "街道服务器拒收了这次同步；本机的修改已记录，仍在本机",
        en: "The street office's server refused this sync; the changes "
            + "made here are recorded and stay here")
}
