import Foundation
import ShequDomain
import ShequText

/// The on-disk form of a community: UTF-8 JSON, pretty printed with sorted
/// keys and a `schema` version, so data directories diff cleanly in git.
public enum CommunityFile {
    /// The schema this build writes. Files with a higher number were written
    /// by a newer Shequ and are opened read-only.
    public static let schemaVersion = 1

    /// What a file held, and the schema it was written with.
    public struct Contents: Sendable {
        public var community: Community
        public var schema: Int

        /// True when a newer Shequ wrote it: shown, never written back.
        public var isNewerSchema: Bool { schema > CommunityFile.schemaVersion }
    }

    /// The bytes written for `community`, ending in a newline; fields it
    /// does not know, read from its file, are written back.
    public static func encode(_ community: Community) throws -> Data {
        try JSONTreeEncoder.fileData(Record(community))
    }

    /// A JSON array of communities in the file format, for `shequ list`.
    public static func encodeList(_ communities: [Community]) throws -> Data {
        try JSONTreeEncoder.fileData(communities.map(Record.init))
    }

    /// The largest community file read; years of a district's busiest
    /// community fit many times over.
    public static let sizeLimit = 32 * 1_048_576

    /// Reads the file at `path`, which holds the community `id`: the one
    /// reader of community files. The listing, opening a community, `check`,
    /// `import` and the merge driver all read through it, so a file is
    /// readable everywhere or unreadable everywhere, with the same message:
    /// at most `sizeLimit` bytes, UTF-8 JSON in the file format, every value
    /// in range, the id its name says, and a plain file, not a symbolic link
    /// (which could reach outside the data directory). A newer schema reads, for the
    /// caller to keep it from being written.
    public static func read(at path: String, id: String) -> Result<Contents, TextFile.Failure> {
        TextFile.bytes(at: path, limit: sizeLimit, followingLinks: false).flatMap { bytes in
            Result { () throws(FileProblem) in try decode(bytes, id: id) }.mapError { .problem($0) }
        }
    }

    /// True for the path of a community file in a data directory or its
    /// repository: "communities/c-demo01.json".
    public static func isCommunityPath(_ path: String) -> Bool {
        let parts = path.split(separator: "/", omittingEmptySubsequences: false)
        return parts.count == 2 && parts[0] == "communities" && parts[1].hasSuffix(".json") && !parts[1].hasPrefix(".")
    }

    /// The id a community file's name says it holds: "c-demo01" for
    /// "communities/c-demo01.json".
    public static func id(fromFileName path: String) -> String {
        let name = path.split(separator: "/").last.map(String.init) ?? path
        return name.hasSuffix(".json") ? String(name.dropLast(5)) : name
    }

    /// Parses the bytes of the file that holds the community `id`; as `read`.
    public static func decode(_ data: Data, id: String) throws(FileProblem) -> Contents {
        try decode(Array(data), id: id)
    }

    static func decode(_ bytes: [UInt8], id: String) throws(FileProblem) -> Contents {
        let contents = try decode(bytes)
        guard contents.community.id == id else {
            throw FileProblem(location: "id", message: L.idDoesNotMatchFile(contents.community.id))
        }
        return contents
    }

    /// Parses a file's bytes, whatever file they came from (the fuzzer); a
    /// failure says where in the file and what: line and column for JSON
    /// syntax, the field's path for its value.
    public static func decode(_ data: Data) throws(FileProblem) -> Contents {
        try decode(Array(data))
    }

    static func decode(_ bytes: [UInt8]) throws(FileProblem) -> Contents {
        let (tree, activities) = try JSONReader.parseCommunity(bytes, maxTextLength: RecordRules.textLength)
        do {
            var record = try JSONTreeDecoder.decode(Record.self, from: tree, maxTextLength: RecordRules.textLength)
            if let activities { record.activities = activities }
            return Contents(community: record.community, schema: record.schema)
        } catch let error as DecodingError {
            throw FileProblem(decodingError: error)
        } catch {
            throw FileProblem(message: Localized(String(describing: error)))
        }
    }

    /// The JSON shape of a community file. Optional fields may be missing in
    /// hand-written files; `id`, `name` and `schema` may not.
    private struct Record: Codable, KeepsUnknownFields {
        var schema: Int
        var id: String
        var name: String
        var street: String?
        var district: String?
        var population: Int?
        var households: Int?
        var residentGroups: Int?
        var contacts: [Contact]?
        var notes: String?
        var plans: [Plan]?
        var activities: [Activity]?
        var checklists: [Checklist]?
        var updatedAt: Date?
        var unknownFields = UnknownFields()

        enum CodingKeys: String, CodingKey {
            case schema, id, name, street, district, population, households, residentGroups, contacts, notes, plans
            case activities, checklists, updatedAt
        }

        init(_ community: Community) {
            schema = CommunityFile.schemaVersion
            id = community.id
            name = community.name
            street = community.street
            district = community.district
            population = community.population
            households = community.households
            residentGroups = community.residentGroups
            contacts = community.contacts
            notes = community.notes
            plans = community.plans
            activities = community.activities
            checklists = community.checklists
            updatedAt = community.updatedAt
            unknownFields = community.unknownFields
        }

        var community: Community {
            var community = Community(
                id: id, name: name, street: street ?? "", district: district ?? "",
                population: population, households: households, residentGroups: residentGroups,
                contacts: contacts ?? [], notes: notes ?? "", plans: plans ?? [], activities: activities ?? [],
                checklists: checklists ?? [],
                updatedAt: updatedAt ?? Date(timeIntervalSince1970: 0))
            community.unknownFields = unknownFields
            return community
        }
    }
}
