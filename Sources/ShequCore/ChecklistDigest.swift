import Crypto
import Foundation

/// The SHA-256 digest of a checklist's content: what the clerk answered,
/// not the review trail, so that a later edit of any result, evidence or
/// rectification no longer matches the digest recorded at approval.
public enum ChecklistDigest {
    /// The digest of `checklist`'s canonical content, as lowercase hex.
    public static func of(_ checklist: Checklist) -> String {
        struct Content: Encodable {
            var templateID: String, title: String, period: String, scored: Bool, threshold: Double
            var items: [ChecklistItem]
        }
        let content = Content(
            templateID: checklist.templateID, title: checklist.title, period: checklist.period,
            scored: checklist.scored, threshold: checklist.threshold, items: checklist.items)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let data = (try? encoder.encode(content)) ?? Data()
        return SHA256.hash(data: data).map { String(format: "%02x", $0) }.joined()
    }

    /// True when the checklist is approved but its content no longer matches
    /// the digest of its last approval: someone edited it afterwards.
    public static func changedSinceApproval(_ checklist: Checklist) -> Bool {
        guard checklist.state == .approved,
            let approval = checklist.reviews.last(where: { $0.decision == .approved }), let digest = approval.digest
        else { return false }
        return digest != of(checklist)
    }
}
