import Foundation

/// The headline index (`<data-dir>/.index.json`): for each community file,
/// the stamp it had when read and what the Communities screen and `list
/// communities` show — or why it could not be read — so that opening a
/// district parses only the files that changed since; and the names in
/// Chinese order, so that the first sort needs no collation. It is derived
/// from the files and never trusted over them: an entry whose stamp differs
/// from the file's is read again, and a missing, stale, corrupt or foreign
/// index is simply rebuilt. Deleting it loses nothing.
///
/// Each entry is a positional list, read and written by hand rather than
/// through Codable, because opening a district reads a thousand of them:
/// `[inode, size, seconds, nanoseconds, "h", schema, id, name, street,
/// district, population, households, residentGroups, [[role, name, phone]…],
/// updatedAt seconds]`, or `[…stamp, "p", location, message]` for a file
/// that does not read.
struct CommunityIndex: Equatable {
    /// The layout of the index itself; another number means rebuild.
    static let version = 2

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
    }

    /// Entries by file name ("c-0001.json").
    var entries: [String: Entry] = [:]

    /// The headlines' names in `ChineseOrder`, as of writing.
    var namesInOrder: [String] {
        ChineseOrder.distinct(entries.values.compactMap { $0.headline?.community.name })
    }

    /// The index in `file`, or an empty one when there is none or it cannot
    /// be used; its names seed `ChineseOrder`.
    static func read(_ file: URL) -> CommunityIndex {
        guard case .success(let bytes) = TextFile.bytes(at: file.path, limit: 256 * 1_048_576),
            case .object(let root)? = try? JSONReader.parse(bytes),
            root["version"] == .number(String(version)),
            case .object(let fields)? = root["entries"]
        else { return CommunityIndex() }
        var index = CommunityIndex()
        for (name, value) in fields {
            guard case .array(let parts) = value, let entry = Entry(parts) else { return CommunityIndex() }
            index.entries[name] = entry
        }
        if case .array(let names)? = root["names"] {
            ChineseOrder.learn(names.compactMap { if case .string(let name) = $0 { name } else { nil } })
        }
        return index
    }

    /// Writes the index to `file` atomically; a failure (a read-only data
    /// directory) only means it is rebuilt next time.
    func write(_ file: URL) {
        let tree = JSONValue.object([
            "version": .number(String(Self.version)),
            "names": .array(namesInOrder.map(JSONValue.string)),
            "entries": .object(entries.mapValues { .array($0.parts) }),
        ])
        try? AtomicFile.write(Data(JSONWriter.bytes(tree, layout: .compact)), to: file)
    }
}

extension CommunityIndex.Entry {
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
            ]
        }
        return stamp + [.string("p"), .string(problem?.location ?? ""), .string(problem?.message ?? "")]
    }

    /// An entry from its positional list; nil when it is not one.
    fileprivate init?(_ parts: [JSONValue]) {
        func text(_ index: Int) -> String? {
            guard parts.indices.contains(index), case .string(let text) = parts[index] else { return nil }
            return text
        }
        func number<N: LosslessStringConvertible>(_ index: Int) -> N? {
            guard parts.indices.contains(index), case .number(let text) = parts[index] else { return nil }
            return N(text)
        }
        guard let inode: UInt64 = number(0), let size: Int64 = number(1), let seconds: Int = number(2),
            let nanoseconds: Int = number(3)
        else { return nil }
        stamp = FileStamp(inode: inode, size: size, seconds: seconds, nanoseconds: nanoseconds)
        switch text(4) {
        case "h":
            guard let schema: Int = number(5), let id = text(6), let name = text(7), let street = text(8),
                let district = text(9), parts.count == 15, case .array(let contactParts) = parts[13],
                let updated: Double = number(14)
            else { return nil }
            let contacts = contactParts.compactMap { value -> Contact? in
                guard case .array(let fields) = value, fields.count == 3, case .string(let role) = fields[0],
                    case .string(let person) = fields[1], case .string(let phone) = fields[2]
                else { return nil }
                return Contact(role: role, name: person, phone: phone)
            }
            let community = Community(
                id: id, name: name, street: street, district: district, population: number(10),
                households: number(11), residentGroups: number(12), contacts: contacts,
                updatedAt: Date(timeIntervalSince1970: updated))
            headline = CommunityIndex.Headline(schema: schema, community: community)
            problem = nil
        case "p":
            guard let location = text(5), let message = text(6) else { return nil }
            headline = nil
            problem = FileProblem(location: location, message: message)
        default:
            return nil
        }
    }
}
