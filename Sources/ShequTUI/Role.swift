/// What a piece of the screen is, so that a theme, not the screen, decides
/// its colours: screens draw with roles, never with colour numbers.
public enum Role: String, CaseIterable, Sendable {
    case normal, title, tab, header, selected, status, key, ok, warn, fail, progress, dim, input
}
