/// Checks a stored community against the rules the form enforces, so that
/// `shequ check` finds what a hand edit got wrong.
public enum CommunityRules {
    /// Each broken rule, located by field path, in English like the rest of
    /// `check`'s output.
    public static func problems(_ community: Community) -> [FileProblem] {
        var problems: [FileProblem] = []
        if !RecordID.isValid(community.id) {
            problems.append(
                FileProblem(location: "id", message: "only lowercase letters, digits and hyphens are allowed"))
        }
        if community.name.trimmed.isEmpty { problems.append(FileProblem(location: "name", message: L.nameRequired.en)) }
        let counts: [(String, Int?)] = [
            ("population", community.population), ("households", community.households),
            ("residentGroups", community.residentGroups),
        ]
        for (field, value) in counts where (value ?? 0) < 0 {
            problems.append(FileProblem(location: field, message: L.mustNotBeNegative.en))
        }
        for (index, contact) in community.contacts.enumerated() {
            if !contact.phone.trimmed.isEmpty, let why = PhoneNumber.problem(contact.phone) {
                problems.append(
                    FileProblem(location: "contacts[\(index)].phone", message: "\"\(contact.phone)\": " + why.en))
            }
        }
        for (index, checklist) in community.checklists.enumerated()
        where ChecklistDigest.changedSinceApproval(checklist) {
            problems.append(
                FileProblem(
                    location: "checklists[\(index)]",
                    message:
                        "\"\(checklist.title)\" changed since approval: "
                        + "its content no longer matches the approved digest"
                ))
        }
        return problems
    }
}
