/// The text a clerk is typing into the community form, field by field, and
/// the rules it must meet before it becomes a `Community`.
public struct CommunityDraft: Equatable, Sendable {
    /// One input of the form.
    public enum Field: Hashable, Sendable {
        case name, street, district, population, households, residentGroups
        case contactRole(Int), contactName(Int), contactPhone(Int)
        case notes
    }

    public private(set) var values: [Field: String] = [:]
    /// How many contact rows the form shows: those the community has and one blank.
    public let contactRows: Int

    /// A draft holding `community`'s values, or an empty one for a new community.
    public init(_ community: Community?) {
        let contacts = community?.contacts ?? []
        contactRows = contacts.count + 1
        guard let community else { return }
        values[.name] = community.name
        values[.street] = community.street
        values[.district] = community.district
        values[.population] = community.population.map(String.init) ?? ""
        values[.households] = community.households.map(String.init) ?? ""
        values[.residentGroups] = community.residentGroups.map(String.init) ?? ""
        values[.notes] = community.notes
        for (index, contact) in contacts.enumerated() {
            values[.contactRole(index)] = contact.role
            values[.contactName(index)] = contact.name
            values[.contactPhone(index)] = contact.phone
        }
    }

    /// The fields in the order the form shows them.
    public var fields: [Field] {
        var fields: [Field] = [.name, .street, .district, .population, .households, .residentGroups]
        for row in 0..<contactRows {
            fields += [.contactRole(row), .contactName(row), .contactPhone(row)]
        }
        return fields + [.notes]
    }

    public subscript(field: Field) -> String {
        get { values[field] ?? "" }
        set { values[field] = newValue }
    }

    /// Every field whose text is refused, with the reason; empty when the
    /// draft can be saved.
    public var errors: [Field: Localized] {
        var errors: [Field: Localized] = [:]
        if self[.name].trimmed.isEmpty { errors[.name] = L.nameRequired }
        for field in [Field.population, .households, .residentGroups] {
            if case .failure(let why) = Self.count(self[field]) { errors[field] = why }
        }
        for row in 0..<contactRows {
            let phone = self[.contactPhone(row)].trimmed
            if !phone.isEmpty, let why = PhoneNumber.problem(phone) { errors[.contactPhone(row)] = why }
            let hasDetails = !self[.contactRole(row)].trimmed.isEmpty || !phone.isEmpty
            if hasDetails && self[.contactName(row)].trimmed.isEmpty { errors[.contactName(row)] = L.contactNameRequired }
        }
        return errors
    }

    /// `base` with this draft's values; call only when `errors` is empty.
    public func applied(to base: Community) -> Community {
        var community = base
        community.name = self[.name].trimmed
        community.street = self[.street].trimmed
        community.district = self[.district].trimmed
        community.population = try? Self.count(self[.population]).get()
        community.households = try? Self.count(self[.households]).get()
        community.residentGroups = try? Self.count(self[.residentGroups]).get()
        community.notes = self[.notes].trimmed
        community.contacts = (0..<contactRows)
            .map { Contact(role: self[.contactRole($0)].trimmed, name: self[.contactName($0)].trimmed, phone: self[.contactPhone($0)].trimmed) }
            .filter { !$0.isBlank }
        return community
    }

    /// True when `applied(to:)` would change `base`.
    public func differs(from base: Community?) -> Bool {
        let original = CommunityDraft(base)
        return fields.contains { self[$0] != original[$0] }
    }

    /// Reads a non-negative whole number as clerks type it: ASCII or
    /// full-width digits, with optional thousands separators; blank is nil.
    public static func count(_ text: String) -> Result<Int?, Localized> {
        let normalized = String(text.trimmed.unicodeScalars.compactMap { scalar -> Character? in
            if (0xFF10...0xFF19).contains(scalar.value) { return Character(Unicode.Scalar(scalar.value - 0xFF10 + 0x30)!) }
            if scalar == "," || scalar == "，" { return nil }
            return Character(scalar)
        })
        if normalized.isEmpty { return .success(nil) }
        if normalized.hasPrefix("-"), Int(normalized) != nil { return .failure(L.mustNotBeNegative) }
        guard normalized.allSatisfy(\.isASCII), let value = Int(normalized) else { return .failure(L.mustBeWholeNumber) }
        return .success(value)
    }
}

extension Localized: Error {}
