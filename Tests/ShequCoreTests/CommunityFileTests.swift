import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequText

/// The community file format: written exactly as before, read strictly
/// with every problem located, and fields this version does not know kept.
final class CommunityFileTests: XCTestCase {
    private let today = LocalDate(year: 2025, month: 9, day: 15)!

    private func foundationText<T: Encodable>(_ value: T) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .iso8601
        return String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    private func ownText<T: Encodable>(_ value: T) throws -> String {
        JSONWriter.text(try JSONTreeEncoder.encode(value), layout: .pretty)
    }

    func testRecordsAreWrittenByteForByteAsFoundationWroteThem() throws {
        for community in SampleStreet.communities(today: today) {
            XCTAssertEqual(try ownText(community.plans), try foundationText(community.plans))
            XCTAssertEqual(try ownText(community.activities), try foundationText(community.activities))
            XCTAssertEqual(try ownText(community.checklists), try foundationText(community.checklists))
            XCTAssertEqual(try ownText(community.contacts), try foundationText(community.contacts))
        }
        let awkward = ["a/b", "引号\"与\\反斜杠", "\u{1}\u{8}\u{C}\r\n\t\u{1F}\u{7F}", "\u{2028}😀", ""]
        XCTAssertEqual(try ownText(awkward), try foundationText(awkward))
    }

    func testNumbersAreWrittenAsFoundationWritesThem() throws {
        var generator = SystemRandomNumberGenerator()
        var values: [Double] = [
            0, -0.0, 1, -1, 0.1, 1e-5, 1e15, 1e16, 9_007_199_254_740_992, 123_456_789.125, 1e300, 5e-324,
        ]
        for exponent in stride(from: -30, through: 30, by: 1) {
            values.append(Double.random(in: 1..<10, using: &generator) * pow(10, Double(exponent)))
            values.append(pow(10, Double(exponent)))
        }
        let encoder = JSONEncoder()
        for value in values {
            let foundation = String(decoding: try encoder.encode([value]), as: UTF8.self)
            XCTAssertEqual("[" + JSONTreeEncoder.numberText(value) + "]", foundation, "\(value)")
        }
    }

    func testSyntaxProblemsSayLineAndColumn() {
        let cases: [(String, String, String)] = [
            (
                "{\n  \"id\": \"c-a\",\n  \"contacts\": [1,", "line 3, column 18",
                "the data ends where a value should be"
            ),
            ("{\"a\": 1}\n}", "line 2, column 1", "unexpected text after the end of the data"),
            ("{\n\"名称\": 社区}", "line 2, column 7", "unexpected '社'"),
            ("{\"a\": 1,\n \"a\": 2}", "line 2, column 2", "field \"a\" appears twice in the same object"),
            ("{\"a\": 01}", "line 1, column 8", "expected ',' or '}'"),
            ("{\"a\": \"x\ny\"}", "line 1, column 9", "a control character must be written as an escape inside text"),
            (String(repeating: "[", count: 300), "line 1, column 201", "nested more than 200 levels deep"),
        ]
        for (text, location, message) in cases {
            XCTAssertThrowsError(try CommunityFile.decode(Data(text.utf8)), text) { error in
                XCTAssertEqual((error as? FileProblem)?.text(.en), location + ": not valid JSON: " + message, text)
            }
        }
        XCTAssertThrowsError(try CommunityFile.decode(Data([0x7B, 0xFF, 0x7D]))) { error in
            XCTAssertEqual((error as? FileProblem)?.message, L.notUTF8)
        }
    }

    func testValueProblemsNameTheFieldAndWhatWasFound() {
        let base = #"{"schema": 1, "id": "c-a", "name": "甲", "#
        let cases: [(String, String, String)] = [
            (#""population": 1.5}"#, "population", "expected a whole number, found 1.5"),
            (#""population": 1e300}"#, "population", "expected a whole number, found 1e300"),
            (#""population": 9223372036854775808}"#, "population", "9223372036854775808 is out of range"),
            (#""households": "many"}"#, "households", "expected a whole number, found text"),
            (
                #""updatedAt": "yesterday"}"#, "updatedAt",
                "expected an ISO 8601 date and time such as 2025-09-15T06:00:00Z, found \"yesterday\""
            ),
            (
                #""activities": [{"id": "a", "date": "2025-02-30"}]}"#, "activities[0].date",
                "\"2025-02-30\" is not a date such as 2023-05-30"
            ),
            (
                #""plans": [{"id": "p", "year": 2025, "title": "t", "category": "health", "objective": "", "#
                    + #""safeguards": "", "tasks": [{"id": "t", "title": "x", "owner": "", "completed": false, "#
                    + #""measurements": [], "notes": "", "target": {"kind": "count", "value": 1e999, "unit": ""}}]}]}"#,
                "plans[0].tasks[0].target.value", "1e999 is out of range"
            ),
            (
                #""activities": [{"id": "a", "date": "2025-02-03", "title": "t", "kind": "party"}]}"#,
                "activities[0].kind",
                "unknown value \"party\"; one of: " + ActivityKind.allCases.map(\.rawValue).joined(separator: ", ")
            ),
        ]
        for (tail, location, message) in cases {
            XCTAssertThrowsError(try CommunityFile.decode(Data((base + tail).utf8)), tail) { error in
                XCTAssertEqual((error as? FileProblem)?.location, location, tail)
                XCTAssertEqual((error as? FileProblem)?.message.en, message, tail)
            }
        }
    }

    func testTheActivityFastPathReadsWhatTheSynthesizedDecodingReads() throws {
        let activities = SampleStreet.communities(today: today).flatMap(\.activities)
        let encoder = JSONEncoder()
        encoder.dateEncodingStrategy = .iso8601
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .iso8601
        let data = try encoder.encode(activities)
        XCTAssertEqual(
            try JSONTreeDecoder.decode([Activity].self, from: try JSONReader.parse(Array(data))),
            try decoder.decode([Activity].self, from: data))
        let broken = #"[{"id": "a", "date": "2025-03-01", "title": "t", "kind": "lecture", "sessions": "two"}]"#
        XCTAssertThrowsError(
            try JSONTreeDecoder.decode([Activity].self, from: try JSONReader.parse(Array(broken.utf8)))
        ) {
            XCTAssertEqual(FileProblem(decodingError: $0 as! DecodingError).location, "[0].sessions")
        }
    }

    func testDatesWithAnOffsetAreRead() throws {
        let text = #"{"schema": 1, "id": "c-a", "name": "甲", "updatedAt": "2025-09-15T14:00:00+08:00"}"#
        let community = try CommunityFile.decode(Data(text.utf8)).community
        XCTAssertEqual(community.updatedAt, Date(timeIntervalSince1970: 1_757_916_000))
    }

    func testUnknownFieldsAtEveryLevelSurviveAnEditAndASave() throws {
        var community = SampleStreet.communities(today: today)[0]
        var tree = try JSONReader.parse(Array(try CommunityFile.encode(community)))
        tree = adding(
            tree,
            [
                ([], "futureField", .object(["nested": .array([.number("1.50"), .null])])),
                (["contacts", 0], "wechat", .string("wx_李")),
                (["plans", 0], "budget", .number("12000")),
                (["plans", 0, "tasks", 0], "tag", .bool(true)),
                (["plans", 0, "tasks", 0, "target"], "baseline", .number("3")),
                (["activities", 0], "photos", .array([.string("a.jpg")])),
                (["checklists", 0, "items", 0], "attachment", .string("x.pdf")),
            ])
        community = try CommunityFile.decode(Data(JSONWriter.text(tree, layout: .pretty).utf8)).community
        XCTAssertEqual(community.contacts[0].unknownFields.values["wechat"], .string("wx_李"))

        community.name += "（改）"
        community.plans[0].title += "（改）"
        let reread = try JSONReader.parse(Array(try CommunityFile.encode(community)))
        let expected = adding(tree, [([], "name", .string(community.name))])
        XCTAssertEqual(value(reread, at: ["futureField"]), .object(["nested": .array([.number("1.50"), .null])]))
        XCTAssertEqual(value(reread, at: ["contacts", 0, "wechat"]), .string("wx_李"))
        XCTAssertEqual(value(reread, at: ["plans", 0, "budget"]), .number("12000"))
        XCTAssertEqual(value(reread, at: ["plans", 0, "tasks", 0, "tag"]), .bool(true))
        XCTAssertEqual(value(reread, at: ["plans", 0, "tasks", 0, "target", "baseline"]), .number("3"))
        XCTAssertEqual(value(reread, at: ["activities", 0, "photos"]), .array([.string("a.jpg")]))
        XCTAssertEqual(value(reread, at: ["checklists", 0, "items", 0, "attachment"]), .string("x.pdf"))
        XCTAssertEqual(value(reread, at: ["name"]), value(expected, at: ["name"]))
    }

    func testAFieldAMergeKeepsCarriesItsUnknownFields() throws {
        var mine = SampleStreet.communities(today: today)[0]
        var theirs = mine
        theirs.contacts[0].unknownFields = UnknownFields(["wechat": .string("wx")])
        theirs.updatedAt = mine.updatedAt.addingTimeInterval(60)
        theirs.unknownFields = UnknownFields(["futureField": .number("2")])
        mine.notes = "本机"
        let merged = CommunityMerge.merge(local: mine, incoming: theirs).0
        XCTAssertEqual(merged.contacts[0].unknownFields.values["wechat"], .string("wx"))
        XCTAssertEqual(merged.unknownFields.values["futureField"], .number("2"))
    }

    // MARK: Tree helpers

    private enum Step {
        case key(String)
        case index(Int)
    }

    private func steps(_ path: [Any]) -> [Step] {
        path.map { ($0 as? Int).map(Step.index) ?? .key($0 as? String ?? "") }
    }

    private func value(_ tree: JSONValue, at path: [Any]) -> JSONValue? {
        var node: JSONValue? = tree
        for step in steps(path) {
            switch (node, step) {
            case (.object(let fields), .key(let key)): node = fields[key]
            case (.array(let elements), .index(let index)):
                node = elements.indices.contains(index) ? elements[index] : nil
            default: return nil
            }
        }
        return node
    }

    private func adding(_ tree: JSONValue, _ additions: [([Any], String, JSONValue)]) -> JSONValue {
        additions.reduce(tree) { tree, addition in setting(tree, steps(addition.0), addition.1, addition.2) }
    }

    private func setting(_ node: JSONValue, _ path: [Step], _ key: String, _ newValue: JSONValue) -> JSONValue {
        switch (node, path.first) {
        case (.object(var fields), nil):
            fields[key] = newValue
            return .object(fields)
        case (.object(var fields), .key(let name)?):
            fields[name] = setting(fields[name] ?? .null, Array(path.dropFirst()), key, newValue)
            return .object(fields)
        case (.array(var elements), .index(let index)?):
            elements[index] = setting(elements[index], Array(path.dropFirst()), key, newValue)
            return .array(elements)
        default:
            return node
        }
    }
}
