/// The attainment rate (达标率) of a standard across communities: those
/// whose latest checklist of the template is approved, passing and
/// unchanged since approval, over all communities.
public struct Attainment: Equatable, Sendable {
    /// One street's, or the whole district's, figures.
    public struct Row: Equatable, Sendable, Encodable {
        public var name: String
        public var attained: Int
        public var total: Int

        public var percent: Int { total > 0 ? attained * 100 / total : 0 }
    }

    public var streets: [Row]
    public var district: Row

    public init(templateID: String, communities: [Community], districtName: String) {
        var byStreet: [String: Row] = [:]
        for community in communities {
            let street = community.street.isEmpty ? "-" : community.street
            var row = byStreet[street] ?? Row(name: street, attained: 0, total: 0)
            row.total += 1
            if Self.attains(community, templateID: templateID) { row.attained += 1 }
            byStreet[street] = row
        }
        streets = byStreet.values.sorted { $0.name < $1.name }
        district = Row(name: districtName, attained: streets.reduce(0) { $0 + $1.attained }, total: communities.count)
    }

    /// Whether the community's latest checklist of the template is approved,
    /// passing and unchanged since approval.
    public static func attains(_ community: Community, templateID: String) -> Bool {
        guard let latest = community.checklists.last(where: { $0.templateID == templateID }) else { return false }
        return latest.state == .approved && ChecklistEvaluation(latest).passes
            && !ChecklistDigest.changedSinceApproval(latest)
    }
}
