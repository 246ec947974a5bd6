import Crypto
import Foundation

/// A supervisor's signing key: an Ed25519 private key kept outside the data
/// directory (mode 0600, created on first use), with which every decision
/// they take on a checklist is signed.
public struct ReviewSigner: Equatable, Sendable {
    /// The private key's 32 raw bytes.
    private let raw: Data

    private init?(raw: Data) {
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

    /// The key stored at `url`, made and stored there (0600, its folder
    /// 0700) when there is none yet.
    public static func loadOrCreate(at url: URL) -> Result<ReviewSigner, FileProblem> {
        switch TextFile.text(at: url.path, limit: 4096) {
        case .success(let text):
            guard let raw = Data(base64Encoded: text.trimmingCharacters(in: .whitespacesAndNewlines)),
                let signer = ReviewSigner(raw: raw)
            else { return .failure(FileProblem(message: L.notASigningKey)) }
            return .success(signer)
        case .failure(.problem(let problem)):
            return .failure(problem)
        case .failure(.missing):
            let raw = Curve25519.Signing.PrivateKey().rawRepresentation
            do {
                try FileManager.default.createDirectory(
                    at: url.deletingLastPathComponent(), withIntermediateDirectories: true,
                    attributes: [.posixPermissions: 0o700])
            } catch {
                return .failure(FileProblem(message: L.keyNotCreated(error.localizedDescription)))
            }
            do {
                try AtomicFile.write(Data((raw.base64EncodedString() + "\n").utf8), to: url)
            } catch {
                return .failure(FileProblem(message: L.keyNotCreated(error.localized.en)))
            }
            return ReviewSigner(raw: raw).map { .success($0) }
                ?? .failure(FileProblem(message: L.keyNotCreated("")))
        }
    }

    /// The key of the sample street's reviewer, the same on every machine so
    /// that the sample's approvals verify; it signs nothing real.
    public static var sample: ReviewSigner? {
        ReviewSigner(raw: Data(SHA256.hash(data: Data("Shequ sample street reviewer".utf8))))
    }
}
