import Foundation
import ShequDomain
import ShequText

/// The headline index (`<data-dir>/.index.json`): for each community file,
/// the stamp it had when read and what the Communities screen and `list
/// communities` show — or why it could not be read — so that opening a
/// district parses only the files that changed since. It is derived from
/// the files and never trusted over them: an entry whose stamp differs from
/// the file's is read again, and a missing, stale, corrupt or foreign index
/// is simply rebuilt. Deleting it loses nothing.
///
/// It is written as lines, so that the first screen can be drawn from the
/// head of the file alone: a header `{"version":5,"communities":N}`, then
/// one line per file, the readable ones in `ChineseOrder` of their names
/// (the order of the first screen, which also seeds the collation), then
/// the unreadable ones. Each line is a positional list, read and written by
/// hand rather than through Codable: `[file, inode, size, seconds,
/// nanoseconds, "h", schema, id, name, street, district, population,
/// households, residentGroups, [[role, name, phone]…], updatedAt seconds,
/// [year, plans, tasks, met, percent, drafts, returned, submitted]]` (the
/// `CommunityGlance`),
/// or `[file, …stamp, "p", location, message]` for a file that does not read.
struct CommunityIndex: Equatable {
    /// The layout of the index itself; another number means rebuild.
    static let version = 6

    /// One file's entry: its stamp, and its headline or its problem.
    struct Entry: Equatable {
        var stamp: FileStamp
        var headline: Headline?
        var problem: FileProblem?
    }

    /// What the Communities screen shows of a community.
    struct Headline: Equatable {
        var schema: Int
        var community: Community
        var glance: CommunityGlance
    }

    /// Entries by file name ("c-0001.json").
    var entries: [String: Entry] = [:]

    /// The first lines of an index: the readable communities' headlines in
    /// name order, and how many readable communities the whole index holds.
    struct Head {
        var headlines: [Headline]
        var communities: Int
    }

    /// The index in `file`, or an empty one when there is none or it cannot
    /// be used; its names seed `ChineseOrder`.
    static func read(_ file: URL) -> CommunityIndex {
        guard case .success(let bytes) = TextFile.bytes(at: file.path, limit: 256 * 1_048_576),
            let lines = lines(of: bytes[...], upTo: .max)
        else { return CommunityIndex() }
        var index = CommunityIndex()
        for (name, entry) in lines.entries {
            guard index.entries.updateValue(entry, forKey: name) == nil else { return CommunityIndex() }
        }
        ChineseOrder.learn(lines.entries.compactMap { $0.1.headline?.community.name })
        return index
    }

    /// The first `count` headlines of the index in `file`, read from the
    /// head of the file only; nil when there is no usable index.
    static func head(_ file: URL, count: Int) -> Head? {
        // A line is a few hundred bytes: a screenful's worth is read, and twice as much while lines are longer.
        var wanted = 1_024 + count * 512
        while true {
            guard case .success(let bytes) = TextFile.bytes(at: file.path, limit: 256 * 1_048_576, head: wanted)
            else { return nil }
            let whole = bytes.count < wanted
            guard let lines = lines(of: whole ? bytes[...] : bytes[..<(bytes.lastIndex(of: 0x0A) ?? 0)], upTo: count)
            else { return nil }
            let headlines = lines.entries.compactMap(\.1.headline)
            if headlines.count == min(count, lines.communities) {
                return Head(headlines: headlines, communities: lines.communities)
            }
            guard !whole, wanted < 64 * 1_048_576 else { return nil }
            wanted *= 2
        }
    }

    /// The header and up to `count` entries of the lines in `bytes`; nil
    /// when the header is not this version's or a line is not an entry.
    private static func lines(
        of bytes: ArraySlice<UInt8>, upTo count: Int
    ) -> (communities: Int, entries: [(String, Entry)])? {
        let headerEnd = bytes.firstIndex(of: 0x0A) ?? bytes.endIndex
        guard case .object(let header)? = try? JSONReader.parse(Array(bytes[..<headerEnd])),
            header["version"] == .number(String(version)), case .number(let total)? = header["communities"],
            let communities = Int(total)
        else { return nil }
        // One reader for every line, so that text the lines repeat (streets, contacts) is kept once.
        var reader = JSONReader(Array(bytes[headerEnd...]))
        var entries: [(String, Entry)] = []
        while entries.count < count {
            reader.skipWhiteSpace()
            if reader.current == nil { break }
            guard let entry = reader.indexLine(withContacts: count == .max) else { return nil }
            entries.append(entry)
        }
        return (communities, entries)
    }

    /// Writes the index to `file` atomically; a failure (a read-only data
    /// directory) only means it is rebuilt next time.
    func write(_ file: URL) {
        let readable = entries.compactMap { name, entry in entry.headline.map { (name, $0.community) } }
        let names = ChineseOrder.distinct(readable.map(\.1.name))
        let rank = Dictionary(names.enumerated().map { ($1, $0) }, uniquingKeysWith: min)
        let ordered =
            readable.sorted { (rank[$0.1.name] ?? 0, $0.0) < (rank[$1.1.name] ?? 0, $1.0) }.map(\.0)
            + entries.filter { $0.value.headline == nil }.keys.sorted()
        var bytes = JSONWriter.bytes(
            .object(["version": .number(String(Self.version)), "communities": .number(String(readable.count))]),
            layout: .compact)
        for name in ordered {
            guard let entry = entries[name] else { continue }
            bytes.append(0x0A)
            bytes += JSONWriter.bytes(.array([.string(name)] + entry.parts), layout: .compact)
        }
        bytes.append(0x0A)
        try? AtomicFile.write(Data(bytes), to: file)
    }
}

extension CommunityIndex.Entry {
    /// The entry's positional list, without its file name.
    fileprivate var parts: [JSONValue] {
        let stamp: [JSONValue] = [
            .number(String(stamp.inode)), .number(String(stamp.size)), .number(String(stamp.seconds)),
            .number(String(stamp.nanoseconds)),
        ]
        if let headline {
            let c = headline.community
            func count(_ value: Int?) -> JSONValue { value.map { .number(String($0)) } ?? .null }
            let contacts = c.contacts.map { JSONValue.array([.string($0.role), .string($0.name), .string($0.phone)]) }
            return stamp + [
                .string("h"), .number(String(headline.schema)), .string(c.id), .string(c.name), .string(c.street),
                .string(c.district), count(c.population), count(c.households), count(c.residentGroups),
                .array(contacts), .number(JSONTreeEncoder.numberText(c.updatedAt.timeIntervalSince1970)),
                .array(headline.glance.parts),
            ]
        }
        // A problem is kept as its text in both languages, place included.
        return stamp + [.string("p"), .string(problem?.text(.en) ?? ""), .string(problem?.text(.zh) ?? "")]
    }
}

extension CommunityGlance {
    /// The glance as the index line holds it.
    fileprivate var parts: [JSONValue] {
        [year.map { .number(String($0)) } ?? .null]
            + [plans, tasks, met, percent, drafts, returned, submitted].map { .number(String($0)) }
    }
}

extension JSONReader {
    /// A glance as `CommunityGlance.parts` wrote it.
    fileprivate mutating func glance() -> CommunityGlance? {
        guard plainPunctuation(UInt8(ascii: "[")) else { return nil }
        let year: Int?
        if plainNull() {
            year = nil
        } else {
            guard let number = plainWhole() else { return nil }
            year = number
        }
        func count() -> Int? { plainPunctuation(UInt8(ascii: ",")) ? plainWhole() : nil }
        guard let plans = count(), let tasks = count(), let met = count(), let percent = count(),
            let drafts = count(), let returned = count(), let submitted = count(),
            plainPunctuation(UInt8(ascii: "]"))
        else { return nil }
        return CommunityGlance(
            year: year, plans: plans, tasks: tasks, met: met, percent: percent, drafts: drafts, returned: returned,
            submitted: submitted)
    }

    /// One line of the index, read straight from its bytes: the file name
    /// and its entry; nil when the line is not one this version wrote.
    /// Without `withContacts` the contacts are passed over unread: the first
    /// screen does not show them, and the listing that follows reads them.
    fileprivate mutating func indexLine(withContacts: Bool) -> (String, CommunityIndex.Entry)? {
        let limit = Int.max
        func comma() -> Bool { plainPunctuation(UInt8(ascii: ",")) }
        func text() -> String? { comma() ? plainText(limit: limit) : nil }
        func whole() -> Int? { comma() ? plainWhole() : nil }
        func count() -> Int?? {
            guard comma() else { return nil }
            return plainNull() ? .some(nil) : plainWhole().map { .some($0) }
        }
        guard plainPunctuation(UInt8(ascii: "[")), let name = plainText(limit: limit), comma(),
            let inode = (try? number()).flatMap(UInt64.init), let size = whole(), let seconds = whole(),
            let nanoseconds = whole(), let kind = text()
        else { return nil }
        let stamp = FileStamp(inode: inode, size: Int64(size), seconds: seconds, nanoseconds: nanoseconds)
        switch kind {
        case "h":
            guard let schema = whole(), let id = text(), let communityName = text(), let street = text(),
                let district = text(), let population = count(), let households = count(),
                let residentGroups = count(), comma(), plainPunctuation(UInt8(ascii: "["))
            else { return nil }
            var contacts: [Contact] = []
            if !withContacts {
                guard skipPlainList() else { return nil }
            } else if !plainPunctuation(UInt8(ascii: "]")) {
                repeat {
                    guard plainPunctuation(UInt8(ascii: "[")), let role = plainText(limit: limit),
                        let person = text(), let phone = text(), plainPunctuation(UInt8(ascii: "]"))
                    else { return nil }
                    contacts.append(Contact(role: role, name: person, phone: phone))
                } while comma()
                guard plainPunctuation(UInt8(ascii: "]")) else { return nil }
            }
            guard comma(), let updated = (try? number()).flatMap(Double.init), comma(),
                let glance = glance(), plainPunctuation(UInt8(ascii: "]"))
            else { return nil }
            let community = Community(
                id: id, name: communityName, street: street, district: district, population: population,
                households: households, residentGroups: residentGroups, contacts: contacts,
                updatedAt: Date(timeIntervalSince1970: updated))
            let headline = CommunityIndex.Headline(schema: schema, community: community, glance: glance)
            return (name, CommunityIndex.Entry(stamp: stamp, headline: headline, problem: nil))
        case "p":
            guard let english = text(), let chinese = text(), plainPunctuation(UInt8(ascii: "]")) else { return nil }
            let problem = FileProblem(message: Localized(zh: chinese, en: english))
            return (name, CommunityIndex.Entry(stamp: stamp, headline: nil, problem: problem))
        default:
            return nil
        }
    }
}
