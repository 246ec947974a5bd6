import Foundation
import ShequDomain

/// Activities, the bulk of every community file, read from the bytes
/// straight into records, without a tree of values between: field names are
/// matched as bytes, numbers read as digits. Only the plain case is read
/// this way: every field there with the kind of value it should have, no
/// field twice, no text over the limit. Anything else gives nil, the list is
/// read again as a tree, and the careful decoder finds the same activities
/// or says exactly what is wrong and where.
extension JSONReader {
    /// The activities of the list at the reader's offset, or nil.
    mutating func plainActivities(maxTextLength: Int) -> [Activity]? {
        // One copy of each list of tasks: a community logs activities for the same tasks all year.
        var taskLists: [[String]: [String]] = [:]
        let activities = plainList { reader -> Activity? in
            guard var activity = reader.plainActivity(maxTextLength: maxTextLength) else { return nil }
            if !activity.taskIDs.isEmpty {
                if let known = taskLists[activity.taskIDs] {
                    activity.taskIDs = known
                } else {
                    taskLists[activity.taskIDs] = activity.taskIDs
                }
            }
            return activity
        }
        // Grown by doubling, the list may hold room for nearly as many again: kept at its size.
        return activities.map { Array($0[...]) }
    }

    /// The names of an activity's fields, as `ActivityField` numbers them.
    private static let fieldNames: [[UInt8]] = ActivityField.allCases.map { Array($0.name.utf8) }

    private mutating func plainActivity(maxTextLength: Int) -> Activity? {
        guard current == UInt8(ascii: "{") else { return nil }
        offset += 1
        var read = PlainFields()
        skipWhiteSpace()
        if current == UInt8(ascii: "}") { return nil }
        while true {
            skipWhiteSpace()
            guard current == UInt8(ascii: "\"") else { return nil }
            if let field = knownField() {
                let bit: UInt16 = 1 << field.rawValue
                guard read.seen & bit == 0, plainPunctuation(UInt8(ascii: ":")) else { return nil }
                read.seen |= bit
                guard read.take(field, from: &self, maxTextLength: maxTextLength) else { return nil }
            } else {
                // A field this version does not know: kept as read, to be written back.
                // A known name written with escapes is left to the careful decoder.
                guard let key = try? string(), !Self.fieldNames.contains(Array(key.utf8)), read.unknown[key] == nil,
                    plainPunctuation(UInt8(ascii: ":")), let value = try? value()
                else { return nil }
                read.unknown[key] = value
            }
            skipWhiteSpace()
            switch current {
            case UInt8(ascii: ","): offset += 1
            case UInt8(ascii: "}"):
                offset += 1
                return read.activity
            default: return nil
            }
        }
    }

    /// The known field whose quoted name starts at the offset, moving past
    /// it; nil, without moving, for any other name.
    private mutating func knownField() -> ActivityField? {
        let start = offset + 1
        var end = start
        while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\") { end += 1 }
        guard end < bytes.count, bytes[end] == UInt8(ascii: "\"") else { return nil }
        let name = bytes[start..<end]
        guard let index = Self.fieldNames.firstIndex(where: { $0.elementsEqual(name) }) else { return nil }
        offset = end + 1
        return ActivityField(rawValue: index)
    }
}

/// The fields of an activity in a file, numbered for matching.
private enum ActivityField: Int, CaseIterable {
    case id, date, title, kind, sessions, participants, amount, households, location, notes, taskIDs, updatedAt

    var name: String { Activity.CodingKeys.allCases[rawValue].stringValue }
}

/// What one activity's object held so far.
private struct PlainFields {
    /// The fields read, one bit each.
    var seen: UInt16 = 0
    var id: String?
    var date: LocalDate?
    var title: String?
    var kind: ActivityKind?
    var sessions: Int?
    var participants: Int?
    var amount: Double?
    var households: Int?
    var location: String?
    var notes: String?
    var taskIDs: [String]?
    var updatedAt: Date?
    var unknown: [String: JSONValue] = [:]

    /// Reads the value of `field` at the reader's offset; false when it is
    /// not plain.
    mutating func take(_ field: ActivityField, from reader: inout JSONReader, maxTextLength: Int) -> Bool {
        switch field {
        case .id:
            id = reader.plainText(limit: maxTextLength)
            return id != nil
        case .date:
            date = reader.plainText(limit: maxTextLength).flatMap(LocalDate.iso)
            return date != nil
        case .title:
            title = reader.plainText(limit: maxTextLength)
            return title != nil
        case .kind:
            kind = reader.plainText(limit: maxTextLength).flatMap(ActivityKind.init(rawValue:))
            return kind != nil
        case .sessions:
            sessions = reader.plainWhole()
            return sessions != nil
        case .participants:
            participants = reader.plainWhole()
            return participants != nil
        case .location:
            location = reader.plainText(limit: maxTextLength)
            return location != nil
        case .notes:
            notes = reader.plainText(limit: maxTextLength)
            return notes != nil
        case .taskIDs:
            taskIDs = reader.plainTextList(limit: maxTextLength)
            return taskIDs != nil
        case .amount:
            if reader.plainNull() { return true }
            guard let text = try? reader.number(), let value = Double(text), value.isFinite else { return false }
            amount = value
            return true
        case .households:
            if reader.plainNull() { return true }
            households = reader.plainWhole()
            return households != nil
        case .updatedAt:
            if reader.plainNull() { return true }
            updatedAt = reader.plainText(limit: maxTextLength).flatMap { try? Date($0, strategy: .iso8601) }
            return updatedAt != nil
        }
    }

    /// The activity, when every field it needs was there.
    var activity: Activity? {
        guard let id, let date, let title, let kind, let sessions, let participants, let location, let notes,
            let taskIDs
        else { return nil }
        var activity = Activity(
            id: id, date: date, title: title, kind: kind, sessions: sessions, participants: participants,
            amount: amount, households: households, location: location, notes: notes, taskIDs: taskIDs)
        activity.updatedAt = updatedAt
        activity.unknownFields = UnknownFields(unknown)
        return activity
    }
}
