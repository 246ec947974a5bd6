import ShequText

/// What `shequ check` and `shequ import` find wrong in a stored community:
/// the file's id, every record's rules (`RecordRules`), and, for `check`,
/// approvals whose signature is missing or broken.
public enum CommunityRules {
    /// Problems that make the file's data invalid, located by field path,
    /// in English like the rest of the commands' output. `import` refuses
    /// a file with any.
    public static func invalid(_ community: Community) -> [FileProblem] {
        var problems: [FileProblem] = []
        if !RecordID.isValid(community.id) {
            problems.append(
                FileProblem(location: "id", message: L.badIDCharacters))
        }
        return problems + RecordRules.all(community).map { FileProblem(location: $0.path, message: $0.message) }
    }

    /// Everything `check` reports: the invalid data, and each approved
    /// checklist whose approval is not validly signed by a trusted reviewer
    /// (an older Shequ's unsigned approval is not a problem, only a note).
    public static func problems(_ community: Community, trusted: TrustedReviewers) -> [FileProblem] {
        var problems = invalid(community)
        for (index, checklist) in community.checklists.enumerated() {
            if checklist.state == .approved, !checklist.reviews.contains(where: { $0.decision == .approved }) {
                problems.append(
                    FileProblem(location: "checklists[\(index)]", message: L.approvedWithoutApproval(checklist.title)))
                continue
            }
            // A signed entry anywhere in the trail that was changed, copied or moved tells of tampering.
            for review in checklist.reviews where review.signature != nil && review.decision != .approved {
                let status = ApprovalSignature.status(
                    of: review, on: checklist, communityID: community.id, name: community.name, trusted: trusted)
                if status == .invalid || status == .outOfPlace {
                    problems.append(
                        FileProblem(
                            location: "checklists[\(index)]",
                            message: L.signedEntryBroken(checklist.title, L.decision(review.decision), status.label)))
                }
            }
            guard
                let status = ApprovalSignature.approvalStatus(
                    of: checklist, communityID: community.id, name: community.name, trusted: trusted)
            else { continue }
            switch status {
            case .valid, .legacy: continue
            case .invalid, .outOfPlace, .unsigned, .unknownReviewer:
                problems.append(
                    FileProblem(
                        location: "checklists[\(index)]",
                        message: L.approvalNotCounted(checklist.title, status.label)))
            }
        }
        return problems
    }
}
