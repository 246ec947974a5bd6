import Foundation

/// An annual work plan (年度工作计划): its objective, its measurable tasks
/// and the safeguards that back them.
public struct Plan: Codable, KeepsUnknownFields, Equatable, Sendable, Identifiable {
    public var id: String
    public var year: Int
    public var title: String
    public var category: PlanCategory
    public var objective: String
    public var tasks: [PlanTask]
    /// Safeguard measures (保障措施), as free text.
    public var safeguards: String
    /// When this plan last changed here; import keeps the newer one.
    public var updatedAt: Date?

    /// Fields this version does not know, written back as they were read.
    public var unknownFields = UnknownFields()

    package enum CodingKeys: String, CodingKey {
        case id, year, title, category, objective, tasks, safeguards, updatedAt
    }

    public init(
        id: String, year: Int, title: String, category: PlanCategory, objective: String = "", tasks: [PlanTask] = [],
        safeguards: String = ""
    ) {
        self.id = id
        self.year = year
        self.title = title
        self.category = category
        self.objective = objective
        self.tasks = tasks
        self.safeguards = safeguards
    }
}
