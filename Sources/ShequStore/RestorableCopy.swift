import Foundation
import ShequDomain
import ShequText

/// A copy of a community that can be brought back: one in `trash/` (a
/// deletion, here or from elsewhere) or in `conflicts/` (the version a
/// merge did not keep). Named by the community's id, then the time:
/// `c-demo03-1764750000-赵某.json`, `c-demo03-20251115-093000-theirs.json`.
public struct RestorableCopy: Equatable, Sendable {
    /// "trash/…" or "conflicts/…", under the data directory.
    public var path: String
    public var community: Community

    /// True for a version a merge did not keep, taken back record by record.
    public var isConflictCopy: Bool { path.hasPrefix("conflicts/") }

    /// The id a copy's file name starts with, nil when it is not so named.
    static func id(fromFileName name: String) -> String? {
        name.firstMatch(of: /^(.+?)-[0-9]{8,}/).map { String($0.1) }
    }
}

extension CommunityStore {
    /// Every readable copy in `trash/` and `conflicts/`, oldest first in each.
    public func restorableCopies() -> [RestorableCopy] {
        ["trash", "conflicts"].flatMap { folder -> [RestorableCopy] in
            let names =
                (try? FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent(folder).path)) ?? []
            return names.filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }.sorted().compactMap {
                restorableCopy(at: folder + "/" + $0)
            }
        }
    }

    /// The copy at `path` ("trash/…" or "conflicts/…"), read by the store's
    /// one reader; nil when it is not one.
    public func restorableCopy(at path: String) -> RestorableCopy? {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        guard parts.count == 2, ["trash", "conflicts"].contains(parts[0]),
            let id = RestorableCopy.id(fromFileName: String(parts[1])),
            case .success(let contents) = CommunityFile.read(at: root.appendingPathComponent(path).path, id: id)
        else { return nil }
        return RestorableCopy(path: path, community: contents.community)
    }

    /// Brings `copy` back: a deleted community whole, or a conflict copy's
    /// records into the community as it is now (`ConflictCopy`). Returns the
    /// community written and how many records came back (nil for a whole
    /// community); refuses a trash copy of a community that is still here.
    public func restore(_ copy: RestorableCopy, current: Community?) throws(StoreError) -> (Community, taken: Int?) {
        if let current {
            guard copy.isConflictCopy else { throw .restoreExists(current.name) }
            let (merged, taken) = ConflictCopy.takeBack(copy.community, into: current)
            try save(merged)
            return (merged, taken)
        }
        try save(copy.community)
        return (copy.community, nil)
    }
}
