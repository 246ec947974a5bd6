import Crypto
import Foundation
import ShequText

/// The street's roster: who may review (name, key and the name the street
/// office's git server knows them by) and which clerk keeps which
/// communities, signed by the street office's root key. A machine trusts
/// a reviewer only through a roster whose root key it has pinned; the
/// server's gate lets a clerk change only the communities the roster gives
/// them. Read from and written to `reviewers/roster.toml` by the store.
public struct Roster: Equatable, Sendable {
    /// A clerk and the communities they keep.
    public struct Keeper: Equatable, Sendable, Encodable {
        /// The name the street office's git server knows them by (e.g. gitolite's user).
        public var user: String
        public var name: String
        public var communities: [String]

        public init(user: String, name: String, communities: [String]) {
            self.user = user
            self.name = name
            self.communities = communities
        }
    }

    /// The root key's public half, base64; its fingerprint is what machines pin.
    public var root: String
    public var issued: Date
    public var reviewers: [TrustedReviewers.Reviewer]
    public var keepers: [Keeper]
    /// The street's language: the one every change in the shared history
    /// is described in, whoever made it (nil: each author's own).
    public var language: Language?
    /// The root key's Ed25519 signature over `payload`, base64.
    public var signature: String

    public init(
        root: String, issued: Date, reviewers: [TrustedReviewers.Reviewer] = [], keepers: [Keeper] = [],
        language: Language? = nil, signature: String = ""
    ) {
        self.root = root
        self.issued = issued
        self.reviewers = reviewers
        self.keepers = keepers
        self.language = language
        self.signature = signature
    }

    /// Everything the signature covers.
    private struct Payload: Encodable {
        struct Entry: Encodable { var name: String, key: String, user: String }
        var root: String, issued: Date, reviewers: [Entry], keepers: [Keeper]
        /// Absent when not set, so that rosters signed before it existed still verify.
        var language: String?
    }

    /// The canonical bytes the root key signs.
    func payload() -> [UInt8] {
        let payload = Payload(
            root: root, issued: issued, reviewers: reviewers.map { .init(name: $0.name, key: $0.key, user: $0.user) },
            keepers: keepers, language: language?.rawValue)
        return JSONWriter.bytes((try? JSONTreeEncoder.encode(payload)) ?? .null, layout: .compact)
    }

    /// This roster issued at `time` and signed by `rootKey`, whose public
    /// half becomes its root.
    public func signed(by rootKey: ReviewSigner, at time: Date) -> Roster {
        var next = self
        next.root = rootKey.publicKeyText
        next.issued = Date(timeIntervalSince1970: time.timeIntervalSince1970.rounded(.down))
        next.signature = rootKey.sign(next.payload())
        return next
    }

    /// Why this roster must not be trusted by a machine that pinned
    /// `fingerprint`: another root, or a signature that does not verify;
    /// nil when it may.
    public func refusal(pinned fingerprint: String) -> Localized? {
        guard Self.fingerprint(ofKey: root) == fingerprint else {
            return L.rosterOtherRoot(Self.fingerprint(ofKey: root), fingerprint)
        }
        guard let keyBytes = Data(base64Encoded: root), let signatureBytes = Data(base64Encoded: signature),
            let key = try? Curve25519.Signing.PublicKey(rawRepresentation: keyBytes),
            key.isValidSignature(signatureBytes, for: payload())
        else { return L.rosterSignatureInvalid }
        return nil
    }

    /// The reviewers this roster trusts: every entry but the sample
    /// street's key, whose private half every copy of Shequ holds.
    public var trusted: TrustedReviewers {
        TrustedReviewers(reviewers.filter { $0.key != ReviewSigner.sample?.publicKeyText })
    }

    /// The communities `user` may change at the street office's server:
    /// every one for a reviewer, the kept ones for a clerk, none otherwise.
    public func mayChange(_ communityID: String, user: String) -> Bool {
        if reviewers.contains(where: { !$0.user.isEmpty && $0.user == user }) { return true }
        return keepers.contains { $0.user == user && $0.communities.contains(communityID) }
    }

    /// True when `user` is one of the roster's reviewers at the server.
    public func isReviewer(_ user: String) -> Bool {
        reviewers.contains { !$0.user.isEmpty && $0.user == user }
    }

    /// A key's fingerprint as machines pin it and people compare it:
    /// `SHA256:` and the unpadded base64 of the SHA-256 of its 32 bytes, as ssh
    /// shows a host key.
    public static func fingerprint(ofKey key: String) -> String {
        let digest = SHA256.hash(data: Data(base64Encoded: key) ?? Data(key.utf8))
        let text = Data(digest).base64EncodedString()
        return "SHA256:" + text.replacingOccurrences(of: "=", with: "")
    }

    /// True for text shaped as `fingerprint(ofKey:)` writes it.
    public static func isFingerprint(_ text: String) -> Bool {
        text.hasPrefix("SHA256:") && Data(base64Encoded: String(text.dropFirst(7)) + "=")?.count == 32
    }
}
