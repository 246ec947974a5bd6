import ShequText

/// The community form: name (the one required field), street, district,
/// the counts, contact rows (those the community has, and a blank one that
/// is always there: typing into it brings the next) and notes, with the
/// rules each must meet.
public struct CommunityDraft: RecordDraft {
    public var values: [FieldKey: String] = [:]
    public let initialValues: [FieldKey: String]
    /// The contacts the community had when the form opened.
    private let storedContacts: Int
    private let originalName: String?

    /// A draft holding `community`'s values, or an empty one for a new community.
    public init(_ community: Community?) {
        let contacts = community?.contacts ?? []
        storedContacts = contacts.count
        originalName = community?.name
        if let community {
            values = [
                .name: community.name, .street: community.street, .district: community.district,
                .population: community.population.map(String.init) ?? "",
                .households: community.households.map(String.init) ?? "",
                .residentGroups: community.residentGroups.map(String.init) ?? "", .notes: community.notes,
            ]
            for (index, contact) in contacts.enumerated() {
                values[.contact(index, .role)] = contact.role
                values[.contact(index, .name)] = contact.name
                values[.contact(index, .phone)] = contact.phone
            }
        }
        initialValues = values
    }

    /// How many contact rows the form shows: those stored, and blank ones
    /// up to one after the last row with anything typed in it.
    public var contactRows: Int {
        var rows = storedContacts + 1
        while FieldKey.ContactPart.allCases.contains(where: { !self[.contact(rows - 1, $0)].isEmpty }) { rows += 1 }
        return rows
    }

    public var title: Localized { originalName.map(L.editCommunity) ?? L.newCommunity }

    public func reopened(on community: Community, today: LocalDate) -> CommunityDraft? {
        originalName == nil ? self : CommunityDraft(community)
    }

    public var fields: [FormField] {
        var fields = [
            FormField(.name, L.name, required: true), FormField(.street, L.street), FormField(.district, L.district),
            FormField(.population, L.population), FormField(.households, L.households),
            FormField(.residentGroups, L.residentGroups),
        ]
        for row in 0..<contactRows {
            fields += [
                FormField(.contact(row, .role), L.contactRole(row + 1)),
                FormField(.contact(row, .name), L.contactName(row + 1)),
                FormField(.contact(row, .phone), L.contactPhone(row + 1)),
            ]
        }
        return fields + [FormField(.notes, L.notes, .paragraph)]
    }

    public func errors(in community: Community) -> [FieldKey: Localized] {
        var parsing: [FieldKey: Localized] = [:]
        for key: FieldKey in [.population, .households, .residentGroups] {
            if case .failure(let why) = Self.count(self[key]) { parsing[key] = why }
        }
        // Every row is checked, blank ones too, so that a rule's contacts[n] is the form's row n.
        var typed = typed(from: community)
        typed.contacts = contacts
        var keys: [String: FieldKey] = [:]
        for row in 0..<contactRows {
            keys["contacts[\(row)].phone"] = .contact(row, .phone)
            keys["contacts[\(row)].name"] = .contact(row, .name)
        }
        return FieldText.errors(parsing: parsing, rules: RecordRules.community(typed), keys: keys)
    }

    /// The contact rows as typed, blank ones included.
    private var contacts: [Contact] {
        (0..<contactRows).map {
            Contact(
                role: self[.contact($0, .role)].trimmed, name: self[.contact($0, .name)].trimmed,
                phone: self[.contact($0, .phone)].trimmed)
        }
    }

    /// `base` with the fields as typed; counts that do not parse are left out.
    private func typed(from base: Community) -> Community {
        var community = base
        community.name = self[.name].trimmed
        community.street = self[.street].trimmed
        community.district = self[.district].trimmed
        community.population = try? Self.count(self[.population]).get()
        community.households = try? Self.count(self[.households]).get()
        community.residentGroups = try? Self.count(self[.residentGroups]).get()
        community.notes = self[.notes].trimmed
        community.contacts = contacts.filter { !$0.isBlank }
        return community
    }

    public func applied(to base: Community, ids: IDGenerator) -> (community: Community, label: Localized) {
        let community = typed(from: base)
        return (community, originalName == nil ? L.changeNew(community.name) : L.changeEdit(community.name))
    }

    public func savedMessage(_ label: Localized, _ community: Community) -> Localized {
        L.savedCommunity(community.name)
    }

    /// Reads a non-negative whole number as clerks type it: ASCII or
    /// full-width digits, with optional thousands separators (only where
    /// they belong: "1,200", never "1,2"); blank is nil.
    public static func count(_ text: String) -> Result<Int?, Localized> {
        guard let normalized = DigitGrouping.ungrouped(text.halfWidth.trimmed) else {
            return .failure(L.misplacedSeparator)
        }
        if normalized.isEmpty { return .success(nil) }
        if normalized.hasPrefix("-"), Int(normalized) != nil { return .failure(L.mustNotBeNegative) }
        guard normalized.allSatisfy(\.isASCII), let value = Int(normalized) else {
            return .failure(L.mustBeWholeNumber)
        }
        return .success(value)
    }
}

extension Localized: Error {}
