import Foundation

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
    }

    /// The bytes written for `community`, ending in a newline.
    public static func encode(_ community: Community) throws -> Data {
        var data = try encoder.encode(Record(community))
        data.append(0x0A)
        return data
    }

    private static var encoder: JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return encoder
    }

    /// A JSON array of communities in the file format, for `shequ list`.
    public static func encodeList(_ communities: [Community]) throws -> Data {
        var data = try encoder.encode(communities.map(Record.init))
        data.append(0x0A)
        return data
    }

    /// Parses a file's bytes; a failure says where in the file and what.
    public static func decode(_ data: Data) throws(FileProblem) -> Contents {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        do {
            let record = try decoder.decode(Record.self, from: data)
            return Contents(community: record.community, schema: record.schema)
        } catch let error as DecodingError {
            throw FileProblem(decodingError: error, data: data)
        } catch {
            throw FileProblem(location: "", message: String(describing: error))
        }
    }

    /// The JSON shape of a community file. Optional fields may be missing in
    /// hand-written files; `id`, `name` and `schema` may not.
    private struct Record: Codable {
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
        }

        var community: Community {
            Community(
                id: id, name: name, street: street ?? "", district: district ?? "",
                population: population, households: households, residentGroups: residentGroups,
                contacts: contacts ?? [], notes: notes ?? "", plans: plans ?? [], activities: activities ?? [],
                checklists: checklists ?? [],
                updatedAt: updatedAt ?? Date(timeIntervalSince1970: 0))
        }
    }
}
