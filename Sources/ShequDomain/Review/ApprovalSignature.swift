import Crypto
import Foundation
import ShequText

/// The signature on a supervisor's decision: Ed25519 over the canonical
/// bytes of the community, the checklist's content and the decision, so
/// that editing any answer, the decision, the time or the comment, or
/// copying the approval to another checklist, breaks it; and what a
/// signature is worth given the street's trusted reviewers.
public enum ApprovalSignature {
    /// What a decision's signature shows.
    public enum Status: Equatable, Sendable {
        /// Signed by a trusted reviewer, and nothing changed since.
        case valid(reviewer: String)
        /// The signature does not match: the checklist or the decision was
        /// changed after signing, or the signature is forged.
        case invalid
        /// A correct signature on an entry that is not where it was signed:
        /// the trail before it lost, gained or reordered entries, or it is a
        /// copy of an earlier decision.
        case outOfPlace
        /// A correct signature by a key the street does not trust.
        case unknownReviewer
        /// No signature.
        case unsigned
        /// Written by an older Shequ, with a digest but no signature.
        case legacy

        /// The words every screen, list and export uses.
        public var label: Localized {
            switch self {
            case .valid(let reviewer): L.signatureValid(reviewer)
            case .invalid: L.signatureInvalid
            case .outOfPlace: L.signatureOutOfPlace
            case .unknownReviewer: L.signatureUnknownReviewer
            case .unsigned: L.signatureUnsigned
            case .legacy: L.signatureLegacy
            }
        }

        /// A short code for data exports: valid, invalid, unknown-reviewer,
        /// unsigned or legacy.
        public var code: String {
            switch self {
            case .valid: "valid"
            case .invalid: "invalid"
            case .outOfPlace: "out-of-place"
            case .unknownReviewer: "unknown-reviewer"
            case .unsigned: "unsigned"
            case .legacy: "legacy"
            }
        }
    }

    /// The signed content of a checklist: what the clerk answered.
    private struct Content: Encodable {
        var templateID: String, title: String, period: String, scored: Bool, threshold: Double
        var items: [ChecklistItem]
    }

    /// Everything a signature covers; `previous` (the chain) only in
    /// signatures made since the trail is chained.
    private struct Payload: Encodable {
        var community: String, checklist: String, content: Content
        var decision: String, reviewer: String, time: Date, comment: String, key: String
        var previous: String?
        var communityName: String?
    }

    /// What checking a signature's bytes and place found.
    enum Verdict: Sendable {
        case verifies, fails, outOfPlace
    }

    /// The digest of a trail: SHA-256 of its entries' canonical bytes,
    /// signatures included, base64. Each signed decision carries the digest
    /// of the trail before it.
    static func digest(ofTrail reviews: ArraySlice<Review>) -> String {
        let tree = (try? JSONTreeEncoder.encode(Array(reviews))) ?? .null
        return Data(SHA256.hash(data: JSONWriter.bytes(tree, layout: .compact))).base64EncodedString()
    }

    /// The canonical bytes signed for `review` on `checklist` (its content as
    /// it stands) in `communityID`, by the holder of `key`.
    static func payload(_ review: Review, on checklist: Checklist, communityID: String, key: String) -> [UInt8] {
        let content = Content(
            templateID: checklist.templateID, title: checklist.title, period: checklist.period,
            scored: checklist.scored, threshold: checklist.threshold, items: checklist.items)
        let payload = Payload(
            community: communityID, checklist: checklist.id, content: content, decision: review.decision.rawValue,
            reviewer: review.reviewer, time: review.time, comment: review.comment, key: key,
            previous: review.previous, communityName: review.communityName)
        let tree = (try? JSONTreeEncoder.encode(payload)) ?? .null
        return JSONWriter.bytes(tree, layout: .compact)
    }

    /// `review`, the last step of `checklist`, signed by `signer`, over the
    /// community's `name` too when it is given.
    static func signed(
        _ review: Review, on checklist: Checklist, communityID: String, name: String? = nil, by signer: ReviewSigner
    ) -> Review {
        var signed = review
        signed.communityName = name
        signed.previous = digest(ofTrail: checklist.reviews[...])
        signed.signedBy = signer.publicKeyText
        signed.signature = signer.sign(
            payload(signed, on: checklist, communityID: communityID, key: signer.publicKeyText))
        return signed
    }

    /// What `review`'s signature shows for `checklist` as it stands now,
    /// in the community of `communityID` and, when given, `name`: a
    /// decision signed under another name no longer holds.
    public static func status(
        of review: Review, on checklist: Checklist, communityID: String, name: String? = nil,
        trusted: TrustedReviewers
    ) -> Status {
        guard let signature = review.signature, let key = review.signedBy else {
            return review.digest == nil ? .unsigned : .legacy
        }
        if let name, let signedName = review.communityName, signedName != name { return .invalid }
        let verdict = SignatureCache.shared.verdict(signature, communityID: communityID, checklist: checklist) {
            guard let signatureBytes = Data(base64Encoded: signature), let keyBytes = Data(base64Encoded: key),
                let publicKey = try? Curve25519.Signing.PublicKey(rawRepresentation: keyBytes),
                publicKey.isValidSignature(
                    signatureBytes, for: payload(review, on: checklist, communityID: communityID, key: key))
            else { return .fails }
            return isInPlace(review, in: checklist.reviews) ? .verifies : .outOfPlace
        }
        switch verdict {
        case .fails: return .invalid
        case .outOfPlace: return .outOfPlace
        case .verifies: return trusted.name(of: key).map { .valid(reviewer: $0) } ?? .unknownReviewer
        }
    }

    /// True when signed `review` stands where it was signed in `trail`: the
    /// trail before it is the one its chain names, and no other entry
    /// carries its signature. An older version's unchained signature can only
    /// be checked for the copy.
    private static func isInPlace(_ review: Review, in trail: [Review]) -> Bool {
        guard let index = trail.lastIndex(of: review),
            trail.filter({ $0.signature == review.signature }).count == 1
        else { return false }
        guard let previous = review.previous else { return true }
        return digest(ofTrail: trail[..<index]) == previous
    }

    /// Verifies the approvals of every approved checklist of `community`
    /// ahead of need, off the key path: each costs some tens of
    /// microseconds, and a screen that shows a district's attainment, or a
    /// community's checklists, then finds every answer remembered.
    public static func verifyAhead(_ community: Community) {
        for checklist in community.checklists where checklist.state == .approved {
            guard let approval = checklist.reviews.last(where: { $0.decision == .approved }) else { continue }
            _ = status(of: approval, on: checklist, communityID: community.id, trusted: TrustedReviewers([]))
        }
    }

    /// The status of the approval that made `checklist` approved; nil when
    /// it is not approved.
    public static func approvalStatus(
        of checklist: Checklist, communityID: String, name: String? = nil, trusted: TrustedReviewers
    ) -> Status? {
        guard checklist.state == .approved, let approval = checklist.reviews.last(where: { $0.decision == .approved })
        else { return nil }
        // An approved checklist's approval is the trail's last step: a reopening or return after it (a merge
        // that took one side's state and both sides' trails) leaves it approved in name only.
        guard checklist.reviews.last == approval else { return .outOfPlace }
        return status(of: approval, on: checklist, communityID: communityID, name: name, trusted: trusted)
    }
}
