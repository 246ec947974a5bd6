import Foundation

/// The street's trusted reviewers: public keys and whose they are. Only an
/// approval signed by one of them counts. Read from and written to the data
/// directory's `reviewers/` by the store (`TrustedReviewers+Files`).
public struct TrustedReviewers: Equatable, Sendable {
    /// One trusted key and whose it is.
    public struct Reviewer: Equatable, Sendable {
        public var name: String
        public var key: String
        /// The name the street office's git server knows them by; empty
        /// outside a roster.
        public var user: String

        public init(name: String, key: String, user: String = "") {
            self.name = name
            self.key = key
            self.user = user
        }
    }

    public var reviewers: [Reviewer]
    /// Files in `reviewers/` that could not be read, each with its reason.
    public var problems: [UnreadableFile]

    public init(_ reviewers: [Reviewer] = [], problems: [UnreadableFile] = []) {
        self.reviewers = reviewers
        self.problems = problems
    }

    /// The name trusted for `key`, or nil when the key is not trusted.
    public func name(of key: String) -> String? {
        reviewers.first { $0.key == key }?.name
    }

    /// True for the base64 text of 32 bytes, the size of an Ed25519 key.
    public static func isPublicKey(_ text: String) -> Bool {
        Data(base64Encoded: text)?.count == 32
    }

}
