import ShequText

extension Collection where Element == Community {
    /// The community a user named: by id, else by exact name. The one lookup
    /// that `--community`, `list`, `export` and the screens share.
    public func named(_ idOrName: String) -> Community? {
        first { $0.id == idOrName } ?? first { $0.name == idOrName }
    }

    /// Why `idOrName` names no community, with the closest names.
    public func notFound(_ idOrName: String) -> Localized {
        L.unknownCommunity(idOrName, suggestions: NameSuggestions.closest(to: idOrName, among: map(\.name)))
    }
}
