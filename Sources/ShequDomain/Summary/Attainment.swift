/// The attainment rate (达标率) of a standard across communities for a
/// year: those whose latest checklist of the template in that year is met
/// (`ChecklistEvaluation.isAttained`), over all communities. Streets are in
/// `ChineseOrder`.
public struct Attainment: Equatable, Sendable {
    /// One street's, or the whole district's, figures.
    public struct Row: Equatable, Sendable, Encodable {
        public var name: String
        public var attained: Int
        public var total: Int
        /// The communities with a checklist of the standard in the year, met or not.
        public var started = 0

        /// The rate as the street office writes it: "66.7%", or "—" for a row without communities.
        public var percentText: String { Percentage.text(attained, of: total) }

        /// The rate as a number, exact, for a bar drawn to scale.
        public var exactPercent: Double { total > 0 ? Double(attained) * 100 / Double(total) : 0 }
    }

    public var streets: [Row]
    public var district: Row

    public init(
        templateID: String, year: Int, communities: [Community], districtName: String, trusted: TrustedReviewers
    ) {
        var byStreet: [String: Row] = [:]
        for community in communities {
            let street = community.street.isEmpty ? "-" : community.street
            var row = byStreet[street] ?? Row(name: street, attained: 0, total: 0)
            row.total += 1
            let latest = Self.latest(of: community, templateID: templateID, year: year)
            if latest != nil { row.started += 1 }
            if let latest,
                ChecklistEvaluation.isAttained(
                    latest, communityID: community.id, name: community.name, trusted: trusted)
            {
                row.attained += 1
            }
            byStreet[street] = row
        }
        streets = byStreet.values.sorted { ChineseOrder.precedes($0.name, $1.name) }
        district = Row(
            name: districtName, attained: streets.reduce(0) { $0 + $1.attained }, total: communities.count,
            started: streets.reduce(0) { $0 + $1.started })
    }

    /// Whether the community's latest checklist of the template in `year`
    /// (by period: a monthly check's latest month) is met; a community with
    /// none in that year has not attained.
    public static func attains(
        _ community: Community, templateID: String, year: Int, trusted: TrustedReviewers
    ) -> Bool {
        latest(of: community, templateID: templateID, year: year).map {
            ChecklistEvaluation.isAttained(
                $0, communityID: community.id, name: community.name, trusted: trusted)
        } ?? false
    }

    /// The community's latest checklist of the template in `year`, by period.
    private static func latest(of community: Community, templateID: String, year: Int) -> Checklist? {
        community.checklists.filter { $0.templateID == templateID && $0.belongs(toYear: year) }.latestFirst().first
    }
}
