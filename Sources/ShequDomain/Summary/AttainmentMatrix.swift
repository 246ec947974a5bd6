import ShequText

/// Attainment (达标率) of every standard across a district's streets for a
/// year, as the street office's report sets it out: streets in pinyin order
/// down, standards across, a district row; each cell attained over total.
/// A checklist counts when it is approved, passing and unchanged since
/// its approval (validly signed by a trusted reviewer); a community without
/// a checklist of the standard that year counts as not met.
public struct AttainmentMatrix: Equatable, Sendable {
    /// One standard's column.
    public struct Column: Equatable, Sendable {
        public var templateID: String
        public var title: Localized

        /// The standard's name without its kind of form ("五好关工委考评表" →
        /// "五好关工委"), to head a column.
        public func shortTitle(_ language: Language) -> String {
            var text = language(title)
            if let open = text.firstIndex(where: { $0 == "（" || $0 == "(" }) { text = String(text[..<open]) }
            for suffix in ["工作考核表", "创建考评表", "考评表", "检查表", "考核表"] where text.hasSuffix(suffix) {
                return String(text.dropLast(suffix.count))
            }
            return text
        }
        /// One row per street, in the matrix's street order.
        public var streets: [Attainment.Row]
        public var district: Attainment.Row
    }

    /// The streets, in `ChineseOrder`.
    public var streets: [String]
    public var columns: [Column]
    public var year: Int

    public init(
        templates: [ChecklistTemplate], year: Int, communities: [Community], districtName: String,
        trusted: TrustedReviewers
    ) {
        self.year = year
        columns = templates.map { template in
            let attainment = Attainment(
                templateID: template.id, year: year, communities: communities, districtName: districtName,
                trusted: trusted)
            return Column(
                templateID: template.id, title: template.title, streets: attainment.streets,
                district: attainment.district)
        }
        streets = columns.first?.streets.map(\.name) ?? []
    }

    /// The column of a standard.
    public func column(_ templateID: String) -> Column? {
        columns.first { $0.templateID == templateID }
    }
}
