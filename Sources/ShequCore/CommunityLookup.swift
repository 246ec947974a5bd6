extension Collection where Element == Community {
    /// The community a user named: by id, else by exact name. The one lookup
    /// that `--community`, `list`, `export` and the screens share.
    public func named(_ idOrName: String) -> Community? {
        first { $0.id == idOrName } ?? first { $0.name == idOrName }
    }
}
