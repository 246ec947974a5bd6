/// Who is at the keyboard: a community clerk who keeps the records, or a
/// street-office supervisor who reviews them.
public enum UserRole: String, CaseIterable, Sendable {
    case clerk, supervisor
}
