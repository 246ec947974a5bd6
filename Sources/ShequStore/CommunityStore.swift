import Foundation
import ShequDomain
import ShequText

#if canImport(Glibc)
    import Glibc
#endif

/// Reads and writes the community files of one data directory: one JSON file
/// per community under `communities/`, each saved atomically on its own.
/// It holds no copy of the data, which callers keep, only the stamp of each
/// file as last read or written, so that it never overwrites a file that
/// changed behind its back.
public final class CommunityStore {
    /// What a data directory held when it was read.
    public struct Snapshot: Sendable {
        public var communities: [Community]
        public var unreadable: [UnreadableFile]
        /// Communities written by a newer Shequ, shown but never rewritten.
        public var newerSchema: Set<String>
        /// Communities given by their headline only (details, no plans,
        /// activities or checklists) until `loadCommunity` reads them.
        public var partial: Set<String> = []
        /// Set on the first screenful (`firstHeadlines`): how many readable
        /// communities the whole listing is expected to hold.
        public var unlistedTotal: Int?
        /// The glance of each community given by its headline only.
        public var glances: [String: CommunityGlance] = [:]
    }

    public let root: URL
    public private(set) var access: StoreAccess
    private var lock: DirectoryLock?
    /// Who held the directory when this store opened read-only for it.
    public private(set) var lockHolder: LockHolder?
    private var lockFile: URL { root.appendingPathComponent(".lock") }
    private var stamps: [String: FileStamp] = [:]
    /// Files this store must never write: ones a newer Shequ wrote, whose
    /// data it would drop, and ones it could not read, which stay as they are.
    private var protected: [String: StoreError] = [:]
    /// Communities handed out by headline only: saving one would write a
    /// community without its plans, activities and checklists, so it is
    /// refused until the file is read in full.
    private var headlineOnly: Set<String> = []
    /// The version of each file as this store last read or wrote it: what
    /// a based save (`save(_:basedOn:)`) is checked against.
    private var versions: [String: FileVersion] = [:]
    private var versionsGiven = 0
    let indexFile: URL
    /// How many community files this store has parsed, for tests and the
    /// benchmark to see what the index saved.
    public private(set) var filesParsed = 0

    public let communitiesFolder: URL
    var trashFolder: URL { root.appendingPathComponent("trash") }

    /// Opens `root`, creating it (mode 0700) when writing is allowed. When
    /// another process holds the directory, or `readOnly` is asked for, the
    /// store opens read-only and says why.
    public init(root: URL, readOnly: Bool = false) throws(StoreError) {
        self.root = root
        // Kept, not derived on each use: building a URL costs more than the lookups it serves.
        indexFile = root.appendingPathComponent(".index.json")
        communitiesFolder = root.appendingPathComponent("communities")
        if readOnly {
            lock = nil
            access = .readOnly(L.readOnlyRequested)
            return
        }
        for folder in [root, root.appendingPathComponent("communities")] {
            try Self.createFolder(folder)
        }
        access = .readWrite
        take(DirectoryLock.acquire(lockFile))
    }

    private func take(_ outcome: DirectoryLock.Outcome) {
        switch outcome {
        case .acquired(let lock):
            self.lock = lock
            lockHolder = nil
            access = .readWrite
            AtomicFile.removeLeftovers(in: root.appendingPathComponent("communities"))
            AtomicFile.removeLeftovers(in: root)
        case .held(let holder):
            lock = nil
            lockHolder = holder
            access = .readOnly(
                holder.map { L.readOnlyLockedBy($0.pid, $0.user, $0.host, $0.sinceText) } ?? L.readOnlyLocked)
        case .unavailable(let reason):
            lock = nil
            access = .readOnly(L.readOnlyUnwritable(root.path, reason))
        }
    }

    /// True when this store is read-only because another window holds the directory.
    public var isLockedOut: Bool {
        lock == nil && access != .readOnly(L.readOnlyRequested) && access.isReadOnly
    }

    /// Tries again to take the directory a window opened read-only for; with
    /// `endingHolder`, first ends the holder when it is this user's session on
    /// this computer. The access after the try.
    public func becomeWritable(endingHolder: Bool) -> StoreAccess {
        guard isLockedOut else { return access }
        if endingHolder, let holder = lockHolder, holder.isMineHere {
            take(DirectoryLock.takeOver(lockFile, from: holder))
        } else {
            take(DirectoryLock.acquire(lockFile))
        }
        return access
    }

    /// The file a community lives in.
    public func fileURL(id: String) -> URL {
        communitiesFolder.appendingPathComponent(id + ".json")
    }

    private var fileNames: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: communitiesFolder.path)) ?? [])
            .filter { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
            .sorted()
    }

    /// Reads every community file, decoding them in parallel. A file that
    /// does not parse is listed as unreadable with its reason and left as it
    /// is; the others still load.
    public func load() -> Snapshot {
        let names = fileNames
        let results = read(names)
        var snapshot = Snapshot(communities: [], unreadable: [], newerSchema: [])
        var index = CommunityIndex()
        for (name, result) in zip(names, results) {
            let stem = String(name.dropLast(5))
            stamps[stem] = result.stamp
            newVersion(stem)
            headlineOnly.remove(stem)
            note(result.outcome, id: stem)
            index.entries[name] = result.entry
            switch result.outcome {
            case .success(let contents):
                if contents.isNewerSchema { snapshot.newerSchema.insert(stem) }
                snapshot.communities.append(contents.community)
            case .failure(let unreadable):
                snapshot.unreadable.append(unreadable)
            }
        }
        if index != CommunityIndex.read(indexFile) { index.write(indexFile) }
        return snapshot
    }

    /// What the first screen of `rows` lines shows: the head of the index,
    /// or, without a usable index, every headline (building the index).
    public func firstScreen(rows: Int) -> Snapshot {
        firstHeadlines(rows) ?? loadHeadlines()
    }

    /// The first `count` communities by name, by headline, from the head of
    /// the index alone and not yet checked against their files: what the
    /// first screen shows while `loadHeadlines` lists them all. Nil when
    /// there is no usable index (`loadHeadlines` then builds it).
    public func firstHeadlines(_ count: Int) -> Snapshot? {
        guard let head = CommunityIndex.head(indexFile, count: count) else { return nil }
        // Taken on trust for the moment the first screen shows: the listing that follows learns them checked.
        ChineseOrder.learn(head.headlines.map(\.community.name), checking: false)
        var snapshot = Snapshot(communities: [], unreadable: [], newerSchema: [], unlistedTotal: head.communities)
        snapshot.communities.reserveCapacity(head.headlines.count)
        snapshot.partial.reserveCapacity(head.headlines.count)
        snapshot.glances.reserveCapacity(head.headlines.count)
        for headline in head.headlines {
            snapshot.communities.append(headline.community)
            snapshot.partial.insert(headline.community.id)
            snapshot.glances[headline.community.id] = headline.glance
            if headline.schema > CommunityFile.schemaVersion { snapshot.newerSchema.insert(headline.community.id) }
        }
        return snapshot
    }

    /// Every community by its headline, from the index: only files whose
    /// stamp changed since it was written, and new ones, are read (and the
    /// index brought up to date); the rest cost a `stat`. What the
    /// Communities screen and `list communities` need, fast at any size.
    public func loadHeadlines() -> Snapshot {
        let names = fileNames
        var index = CommunityIndex.read(indexFile)
        let folder = communitiesFolder.path + "/"
        let current = Dictionary(uniqueKeysWithValues: names.map { ($0, FileStamp.of(folder + $0)) })
        let stale = names.filter { name in index.entries[name].map { $0.stamp != current[name] } ?? true }
        let before = index
        for (name, result) in zip(stale, read(stale)) { index.entries[name] = result.entry }
        index.entries = index.entries.filter { current[$0.key] != nil }
        var snapshot = Snapshot(communities: [], unreadable: [], newerSchema: [])
        for name in names {
            let stem = String(name.dropLast(5))
            guard let entry = index.entries[name] else { continue }
            if stamps[stem] != entry.stamp || versions[stem] == nil { newVersion(stem) }
            stamps[stem] = entry.stamp
            if let headline = entry.headline {
                let contents = CommunityFile.Contents(community: headline.community, schema: headline.schema)
                note(.success(contents), id: stem)
                headlineOnly.insert(stem)
                snapshot.partial.insert(stem)
                snapshot.glances[stem] = headline.glance
                if contents.isNewerSchema { snapshot.newerSchema.insert(stem) }
                snapshot.communities.append(contents.community)
            } else {
                let unreadable = UnreadableFile(
                    file: "communities/" + name,
                    problem: entry.problem ?? FileProblem(message: L.cannotBeRead))
                note(.failure(unreadable), id: stem)
                snapshot.unreadable.append(unreadable)
            }
        }
        if index != before { index.write(indexFile) }
        return snapshot
    }

    /// Reads `names` in parallel, in their order.
    private func read(_ names: [String]) -> [FileRead] {
        filesParsed += names.count
        let folder = communitiesFolder
        return names.concurrentMap { Self.read($0, in: folder) }
    }

    /// One file read and decoded, with the stamp it had when read.
    private struct FileRead: Sendable {
        var stamp: FileStamp?
        var outcome: Result<CommunityFile.Contents, UnreadableFile>
        /// Worked out where the file is read, in parallel with the others.
        var glance: CommunityGlance?

        /// What the index keeps of it; nil when it vanished while read.
        var entry: CommunityIndex.Entry? {
            guard let stamp else { return nil }
            switch outcome {
            case .success(let contents):
                let c = contents.community
                let details = Community(
                    id: c.id, name: c.name, street: c.street, district: c.district, population: c.population,
                    households: c.households, residentGroups: c.residentGroups,
                    contacts: c.contacts.map { Contact(role: $0.role, name: $0.name, phone: $0.phone) },
                    updatedAt: c.updatedAt)
                let headline = CommunityIndex.Headline(
                    schema: contents.schema, community: details, glance: glance ?? CommunityGlance(c))
                return .init(stamp: stamp, headline: headline, problem: nil)
            case .failure(let unreadable): return .init(stamp: stamp, headline: nil, problem: unreadable.problem)
            }
        }
    }

    private static func read(_ name: String, in folder: URL) -> FileRead {
        let relative = "communities/" + name
        let path = folder.appendingPathComponent(name).path
        let stamp = FileStamp.of(path)
        switch CommunityFile.read(at: path, id: String(name.dropLast(5))) {
        case .failure(.missing):
            let problem = FileProblem(message: L.removedWhileRead)
            return FileRead(stamp: stamp, outcome: .failure(UnreadableFile(file: relative, problem: problem)))
        case .failure(.problem(let problem)):
            return FileRead(stamp: stamp, outcome: .failure(UnreadableFile(file: relative, problem: problem)))
        case .success(let contents):
            return FileRead(stamp: stamp, outcome: .success(contents), glance: CommunityGlance(contents.community))
        }
    }

    /// Remembers whether a file read may be written again.
    private func note(_ outcome: Result<CommunityFile.Contents, UnreadableFile>, id: String) {
        switch outcome {
        case .success(let contents):
            protected[id] = contents.isNewerSchema ? .newerSchema(file: "communities/\(id).json") : nil
        case .failure(let unreadable):
            protected[id] = .unreadable(file: unreadable.file)
        }
    }

    /// True while the store has `id` by its headline only.
    public func holdsHeadlineOnly(_ id: String) -> Bool {
        headlineOnly.contains(id)
    }

    /// Why the file of `id` may not be written or deleted, or nil when it may.
    public func refusal(id: String) -> StoreError? {
        if case .readOnly(let why) = access { return .readOnly(why) }
        if headlineOnly.contains(id) { return .notReadInFull(file: "communities/\(id).json") }
        return protected[id]
    }

    /// Writes one community's file atomically onto the file as this store
    /// last read or wrote it: refused when it changed since. A file written
    /// by a newer Shequ, or one that could not be read, is never overwritten.
    /// For writes that know what they were computed from, `save(_:basedOn:)`.
    public func save(_ community: Community, beforeRename: (() throws -> Void)? = nil) throws(StoreError) {
        if let refusal = refusal(id: community.id) { throw refusal }
        try refuseIfChanged(id: community.id, path: fileURL(id: community.id).path)
        try write(community, beforeRename: beforeRename)
    }

    /// The version of the file of `id` as this store last read or wrote it;
    /// nil when it has none (a community not yet saved).
    public func version(of id: String) -> FileVersion? {
        versions[id]
    }

    /// Writes `community`, the result of a change computed from `base`. When
    /// the file is still the version the change was computed from, it is
    /// written as it is. When it has moved on (a sync brought a colleague's
    /// edit, another program changed it), the change is applied again onto
    /// the newer version with the record-level merge that syncs use
    /// (`ThreeWayMerge`), and the result is written, saying what it was
    /// applied onto; when the change and the newer version changed the same
    /// thing, nothing is written and the error names what changed.
    public func save(_ community: Community, basedOn base: SaveBase) throws(StoreError) -> SavedVersion {
        let id = community.id
        if let refusal = refusal(id: id) { throw refusal }
        let path = fileURL(id: id).path
        if base.version == versions[id], FileStamp.of(path) == stamps[id] {
            return SavedVersion(community: community, version: try write(community), onto: nil)
        }
        let newer: Community
        switch reload(id: id) {
        case .success(let contents?):
            if let refusal = refusal(id: id) { throw refusal }
            newer = contents.community
        case .success(nil):
            // Deleted meanwhile: a new community is written; an edit of one gone is not brought back.
            guard base.community == nil else { throw .changedOnDisk(file: "communities/\(id).json") }
            return SavedVersion(community: community, version: try write(community), onto: nil)
        case .failure(let unreadable): throw .unreadable(file: unreadable.file)
        }
        let merge = ThreeWayMerge.merge(base: base.community, ours: community, theirs: newer)
        guard merge.conflicts.isEmpty else {
            throw .changedMeanwhile(file: "communities/\(id).json", records: merge.conflicts.map(\.title))
        }
        return SavedVersion(community: merge.merged, version: try write(merge.merged), onto: newer)
    }

    /// Encodes and writes a community, taking note of the file it leaves.
    @discardableResult
    private func write(_ community: Community, beforeRename: (() throws -> Void)? = nil) throws(StoreError)
        -> FileVersion
    {
        let url = fileURL(id: community.id)
        let data: Data
        do {
            data = try CommunityFile.encode(community)
        } catch {
            throw .write(path: url.path, reason: String(describing: error))
        }
        // One size for writing and reading: a file the store would not read back is never written.
        guard data.count <= CommunityFile.sizeLimit else { throw .tooLarge(file: "communities/\(community.id).json") }
        try AtomicFile.write(data, to: url, beforeRename: beforeRename)
        stamps[community.id] = FileStamp.of(url.path)
        return newVersion(community.id)
    }

    /// Gives the file of `id` a version no other read or write had.
    @discardableResult
    private func newVersion(_ id: String) -> FileVersion {
        versionsGiven += 1
        let version = FileVersion(number: versionsGiven)
        versions[id] = version
        return version
    }

    /// Reads one community's file in full: when its screen opens after a
    /// headline-only start, or again after it changed on disk. nil when it
    /// is gone, a problem when it no longer parses. What it now holds
    /// decides again whether it may be written.
    public func reload(id: String) -> Result<CommunityFile.Contents?, UnreadableFile> {
        adopt(detachedReader()([id]))[id] ?? .success(nil)
    }

    /// One community file read away from the store, on any thread, for the
    /// store to adopt afterwards on its own.
    public struct DetachedRead: Sendable {
        public let id: String
        let stamp: FileStamp?
        let outcome: Result<CommunityFile.Contents, UnreadableFile>?

        /// The community read, when the file read.
        public var community: Community? {
            guard case .success(let contents)? = outcome else { return nil }
            return contents.community
        }
    }

    /// A function that reads community files in full without touching the
    /// store, so that a district can be read in the background while the
    /// screens stay live; `adopt` takes its results in.
    public func detachedReader() -> @Sendable ([String]) -> [DetachedRead] {
        let folder = communitiesFolder
        return { ids in
            ids.map { id in
                let path = folder.appendingPathComponent(id + ".json").path
                let stamp = FileStamp.of(path)
                switch CommunityFile.read(at: path, id: id) {
                case .failure(.missing): return DetachedRead(id: id, stamp: stamp, outcome: nil)
                case .failure(.problem(let problem)):
                    let file = UnreadableFile(file: "communities/\(id).json", problem: problem)
                    return DetachedRead(id: id, stamp: stamp, outcome: .failure(file))
                case .success(let contents): return DetachedRead(id: id, stamp: stamp, outcome: .success(contents))
                }
            }
        }
    }

    /// Takes in files read by a `detachedReader`: their stamps, and whether
    /// each may be written, as if this store had read them. By id: the
    /// contents, nil when the file is gone, or why it does not read.
    public func adopt(_ reads: [DetachedRead]) -> [String: Result<CommunityFile.Contents?, UnreadableFile>] {
        var results: [String: Result<CommunityFile.Contents?, UnreadableFile>] = [:]
        for read in reads {
            stamps[read.id] = read.stamp
            newVersion(read.id)
            protected[read.id] = nil
            headlineOnly.remove(read.id)
            filesParsed += 1
            guard let outcome = read.outcome else {
                results[read.id] = .success(nil)
                continue
            }
            note(outcome, id: read.id)
            results[read.id] = outcome.map { $0 }
        }
        return results
    }

    private func refuseIfChanged(id: String, path: String) throws(StoreError) {
        if FileStamp.of(path) != stamps[id] { throw .changedOnDisk(file: "communities/\(id).json") }
    }

    /// Moves a community's file to `trash/`, so a deletion can be recovered
    /// by hand even after the program has ended.
    public func delete(id: String, basedOn version: FileVersion? = nil, now: Date = Date()) throws(StoreError) {
        if let refusal = refusal(id: id) { throw refusal }
        // A deletion decided on an older version is not applied to a newer one.
        if let version, version != versions[id] { throw .changedOnDisk(file: "communities/\(id).json") }
        try Self.createFolder(trashFolder)
        let stamp = Int(now.timeIntervalSince1970)
        let target = trashFolder.appendingPathComponent("\(id)-\(stamp).json")
        let source = fileURL(id: id)
        try refuseIfChanged(id: id, path: source.path)
        guard rename(source.path, target.path) == 0 else {
            throw .delete(path: source.path, reason: AtomicFile.errnoText())
        }
        stamps[id] = nil
        versions[id] = nil
        AtomicFile.syncFolder(communitiesFolder.path)
        AtomicFile.syncFolder(trashFolder.path)
    }

    /// The reviewers this data directory trusts (`reviewers/`).
    public func trustedReviewers() -> TrustedReviewers {
        TrustedReviewers.load(dataDirectory: root)
    }

    /// Trusts `reviewer`'s key in this data directory: writes its file in
    /// `reviewers/` (the same file again when already trusted).
    public func trust(_ reviewer: TrustedReviewers.Reviewer) throws(StoreError) {
        if case .readOnly(let why) = access { throw .readOnly(why) }
        let folder = TrustedReviewers.folder(in: root)
        try Self.createFolder(folder)
        let (name, text) = TrustedReviewers.file(for: reviewer)
        try AtomicFile.write(Data(text.utf8), to: folder.appendingPathComponent(name))
    }

    /// Writes the street's signed roster into `reviewers/`.
    public func write(_ roster: Roster) throws(StoreError) {
        if case .readOnly(let why) = access { throw .readOnly(why) }
        try Self.createFolder(TrustedReviewers.folder(in: root))
        try AtomicFile.write(Data(roster.text.utf8), to: Roster.file(in: root))
    }

    /// True when the directory holds no community files at all, readable or
    /// not: the first run, which offers the sample data.
    public var isEmpty: Bool {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: communitiesFolder.path)) ?? []
        return !names.contains { $0.hasSuffix(".json") && !$0.hasPrefix(".") }
    }

    private static func createFolder(_ url: URL) throws(StoreError) {
        var isFolder: ObjCBool = false
        if FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder), isFolder.boolValue { return }
        do {
            try FileManager.default.createDirectory(
                at: url, withIntermediateDirectories: true, attributes: [.posixPermissions: 0o700])
        } catch {
            throw .createFolder(path: url.path, reason: (error as NSError).localizedDescription)
        }
    }
}
