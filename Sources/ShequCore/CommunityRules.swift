/// What `shequ check` and `shequ import` find wrong in a stored community:
/// the file's id, every record's rules (`RecordRules`), and, for `check`,
/// checklists changed since their approval.
public enum CommunityRules {
    /// Problems that make the file's data invalid, located by field path,
    /// in English like the rest of the commands' output. `import` refuses
    /// a file with any.
    public static func invalid(_ community: Community) -> [FileProblem] {
        var problems: [FileProblem] = []
        if !RecordID.isValid(community.id) {
            problems.append(
                FileProblem(location: "id", message: "only lowercase letters, digits and hyphens are allowed"))
        }
        return problems + RecordRules.all(community).map { FileProblem(location: $0.path, message: $0.message.en) }
    }

    /// Everything `check` reports: the invalid data, and each approved
    /// checklist whose content no longer matches its approval.
    public static func problems(_ community: Community) -> [FileProblem] {
        var problems = invalid(community)
        for (index, checklist) in community.checklists.enumerated()
        where ChecklistDigest.changedSinceApproval(checklist) {
            problems.append(
                FileProblem(
                    location: "checklists[\(index)]",
                    message: "\"\(checklist.title)\" changed since approval: "
                        + "its content no longer matches the approved digest"))
        }
        return problems
    }
}
