/// Which field of a form or dialog a value belongs to. Every key is
/// declared here, so that a misspelt one is a compile error rather than a
/// field whose value is never read; a contact's row and a task's link box
/// carry what they are for.
public struct FieldKey: Hashable, Sendable, CustomStringConvertible {
    /// The key's name: "population", "contact.0.phone", "task:t-1".
    public let name: String

    package init(_ name: String) {
        self.name = name
    }

    public var description: String { name }

    /// One part of a contact row of the community form.
    public enum ContactPart: String, CaseIterable, Sendable {
        case role, name, phone
    }

    /// The `part` of the contact in row `row` (from 0).
    public static func contact(_ row: Int, _ part: ContactPart) -> FieldKey {
        FieldKey("contact.\(row).\(part.rawValue)")
    }

    /// The box that links an activity to the task with `id`.
    public static func task(_ id: String) -> FieldKey {
        FieldKey("task:" + id)
    }

    /// True for a box that links an activity to a task.
    public var isTaskLink: Bool { name.hasPrefix("task:") }

    /// The id of the task a link box is for; nil for every other key.
    public var linkedTaskID: String? { isTaskLink ? String(name.dropFirst("task:".count)) : nil }

    public static let action = FieldKey("action")
    public static let author = FieldKey("author")
    public static let amount = FieldKey("amount")
    public static let atMost = FieldKey("atMost")
    public static let category = FieldKey("category")
    public static let comment = FieldKey("comment")
    public static let completed = FieldKey("completed")
    public static let date = FieldKey("date")
    public static let deadline = FieldKey("deadline")
    public static let district = FieldKey("district")
    public static let done = FieldKey("done")
    public static let due = FieldKey("due")
    public static let everyPeriod = FieldKey("everyPeriod")
    public static let evidence = FieldKey("evidence")
    public static let file = FieldKey("file")
    public static let format = FieldKey("format")
    public static let households = FieldKey("households")
    public static let kind = FieldKey("kind")
    public static let kind2 = FieldKey("kind2")
    public static let location = FieldKey("location")
    public static let month = FieldKey("month")
    public static let months = FieldKey("months")
    public static let name = FieldKey("name")
    public static let notes = FieldKey("notes")
    public static let objective = FieldKey("objective")
    public static let owner = FieldKey("owner")
    public static let rise = FieldKey("rise")
    public static let participants = FieldKey("participants")
    public static let percent = FieldKey("percent")
    public static let period = FieldKey("period")
    public static let population = FieldKey("population")
    public static let quarter = FieldKey("quarter")
    public static let remote = FieldKey("remote")
    public static let root = FieldKey("root")
    public static let residentGroups = FieldKey("residentGroups")
    public static let safeguards = FieldKey("safeguards")
    public static let scope = FieldKey("scope")
    public static let sessions = FieldKey("sessions")
    public static let span = FieldKey("span")
    public static let street = FieldKey("street")
    public static let table = FieldKey("table")
    public static let task = FieldKey("task")
    public static let template = FieldKey("template")
    public static let title = FieldKey("title")
    public static let unit = FieldKey("unit")
    public static let unit2 = FieldKey("unit2")
    public static let value = FieldKey("value")
    public static let value2 = FieldKey("value2")
    public static let year = FieldKey("year")
}
