import ShequDomain

/// Which version of a community's file a community value is: given by the
/// store with every read and write of the file, carried by a change from
/// the moment it is computed, and checked when it is saved, so that a save
/// never writes over a version it did not see.
public struct FileVersion: Hashable, Sendable {
    let number: Int
}

/// What a change to a community was computed from: the community as it was
/// (nil for a new one) and the version of its file that was.
public struct SaveBase: Sendable {
    public var community: Community?
    public var version: FileVersion?

    public init(_ community: Community?, version: FileVersion?) {
        self.community = community
        self.version = version
    }
}

/// What a based save wrote: the community as written, its file's new
/// version, and, when the file had moved on since the change was computed,
/// the newer version the change was applied onto.
public struct SavedVersion: Sendable {
    public var community: Community
    public var version: FileVersion
    public var onto: Community?
}
