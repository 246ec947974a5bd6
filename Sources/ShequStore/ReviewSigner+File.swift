import Crypto
import Foundation
import ShequDomain
import ShequText

/// A supervisor's key file: mode 0600 in a 0700 folder outside the data
/// directory, created on first use.
extension ReviewSigner {
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
}
