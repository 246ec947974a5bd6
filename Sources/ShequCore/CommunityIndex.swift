import Foundation

/// The headline index (`<data-dir>/.index.json`): for each community file,
/// the stamp it had when read and what the Communities screen and `list
/// communities` show — or why it could not be read — so that opening a
/// district parses only the files that changed since. It is derived from
/// the files and never trusted over them: an entry whose stamp differs from
/// the file's is read again, and a missing, stale, corrupt or foreign index
/// is simply rebuilt. Deleting it loses nothing.
struct CommunityIndex: Codable, Equatable {
    /// The layout of the index itself; another number means rebuild.
    static let version = 1

    /// One file's entry: its stamp, and its headline or its problem.
    struct Entry: Codable, Equatable {
        var stamp: FileStamp
        var headline: Headline?
        var problem: FileProblem?
    }

    /// A community without its plans, activities and checklists (nor the
    /// fields this version does not know), in the file's own shape.
    typealias Headline = CommunityFile.Record

    var version = Self.version
    /// Entries by file name ("c-0001.json").
    var entries: [String: Entry] = [:]

    /// The index in `file`, or an empty one when there is none or it cannot
    /// be used.
    static func read(_ file: URL) -> CommunityIndex {
        guard case .success(let bytes) = TextFile.bytes(at: file.path, limit: 256 * 1_048_576),
            let tree = try? JSONReader.parse(bytes),
            let index = try? JSONTreeDecoder.decode(CommunityIndex.self, from: tree),
            index.version == version
        else { return CommunityIndex() }
        return index
    }

    /// Writes the index to `file` atomically; a failure (a read-only data
    /// directory) only means it is rebuilt next time.
    func write(_ file: URL) {
        guard let tree = try? JSONTreeEncoder.encode(self) else { return }
        try? AtomicFile.write(Data(JSONWriter.bytes(tree, layout: .compact)), to: file)
    }
}
