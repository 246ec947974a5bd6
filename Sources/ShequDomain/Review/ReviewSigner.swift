import Crypto
import Foundation

/// A supervisor's signing key: an Ed25519 private key, with which every
/// decision they take on a checklist is signed. Kept outside the data
/// directory by the store (`ReviewSigner+File`).
public struct ReviewSigner: Equatable, Sendable {
    /// The private key's 32 raw bytes.
    private let raw: Data

    package init?(raw: Data) {
        guard (try? Curve25519.Signing.PrivateKey(rawRepresentation: raw)) != nil else { return nil }
        self.raw = raw
    }

    private var key: Curve25519.Signing.PrivateKey? { try? Curve25519.Signing.PrivateKey(rawRepresentation: raw) }

    /// The public half, as written in the data directory's `reviewers/`
    /// and beside each signature: base64 of the 32 raw bytes.
    public var publicKeyText: String { key?.publicKey.rawRepresentation.base64EncodedString() ?? "" }

    /// The base64 Ed25519 signature of `bytes`.
    public func sign(_ bytes: [UInt8]) -> String {
        ((try? key?.signature(for: bytes)) ?? Data()).base64EncodedString()
    }

    /// The key of the sample street's reviewer, the same on every machine so
    /// that the sample's approvals verify; it signs nothing real.
    public static var sample: ReviewSigner? {
        ReviewSigner(raw: Data(SHA256.hash(data: Data("Shequ sample street reviewer".utf8))))
    }
}
