import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequText

/// Activities read straight from the bytes must be exactly what the careful
/// decoder reads from the tree, and whatever is not plain must reach the
/// careful decoder, so that its message and place are the ones reported.
final class PlainActivityReaderTests: XCTestCase {
    private let plain =
        #"{"date": "2025-03-12", "id": "a-1", "kind": "training", "location": "市民学校", "notes": "", "#
        + #""participants": 520, "sessions": 1, "taskIDs": ["t-1", "t-2"], "title": "家庭教育培训"}"#

    /// A community file holding `activities`, written as given.
    private func file(_ activities: String) -> [UInt8] {
        Array(#"{"schema": 1, "id": "c-1", "name": "东湖社区", "activities": \#(activities)}"#.utf8)
    }

    /// What the careful decoder makes of the same bytes, through the tree.
    private func careful(_ bytes: [UInt8]) -> Result<[Activity], FileProblem> {
        Result { () throws(FileProblem) in
            guard case .object(let root) = try JSONReader.parse(bytes), let list = root["activities"] else {
                return []
            }
            do {
                return try JSONTreeDecoder.decode([Activity].self, from: list, maxTextLength: RecordRules.textLength)
            } catch let error as DecodingError {
                var problem = FileProblem(decodingError: error)
                problem.location = problem.location.isEmpty ? "activities" : "activities" + problem.location
                throw problem
            } catch {
                throw FileProblem(message: Localized("\(error)"))
            }
        }
    }

    private func assertAgrees(_ activities: String, plainly: Bool, file: StaticString = #filePath, line: UInt = #line) {
        let bytes = self.file(activities)
        let quick = try? JSONReader.parseCommunity(bytes, maxTextLength: RecordRules.textLength)
        XCTAssertEqual(quick?.activities != nil, plainly, "read straight: \(activities)", file: file, line: line)
        let decoded = Result { () throws(FileProblem) in try CommunityFile.decode(bytes).community.activities }
        switch (decoded, careful(bytes)) {
        case (.success(let read), .success(let expected)):
            XCTAssertEqual(read, expected, file: file, line: line)
        case (.failure(let problem), .failure(let expected)):
            XCTAssertEqual(problem.message, expected.message, file: file, line: line)
            if plainly { XCTFail("a plain list failed: \(problem)", file: file, line: line) }
        default:
            XCTFail("the two ways disagree: \(decoded) / \(careful(bytes))", file: file, line: line)
        }
    }

    func testPlainActivitiesAreReadStraightAndEqualTheCarefulDecoding() {
        assertAgrees("[]", plainly: true)
        assertAgrees("[\(plain), \(plain.replacingOccurrences(of: "a-1", with: "a-2"))]", plainly: true)
        assertAgrees(
            plain.replacingOccurrences(of: #""notes": """#, with: #""notes": "第一行\n\"引号\" \u00e9""#)
                .wrapped, plainly: true)
        assertAgrees(
            plain.replacingOccurrences(of: #""sessions": 1"#, with: #""amount": 1200.5, "sessions": 1"#)
                .wrapped, plainly: true)
        assertAgrees(
            plain.replacingOccurrences(of: #""sessions": 1"#, with: #""amount": null, "sessions": -3"#)
                .wrapped, plainly: true)
        assertAgrees(
            plain.replacingOccurrences(
                of: #""sessions": 1"#, with: #""sessions": 1, "updatedAt": "2025-09-15T06:00:00Z""#
            )
            .wrapped, plainly: true)
    }

    func testFieldsThisVersionDoesNotKnowAreKeptWhenReadStraight() throws {
        let activities = plain.replacingOccurrences(
            of: #""title""#, with: #""photos": [{"file": "1.jpg", "size": 1.50}], "title""#
        ).wrapped
        assertAgrees(activities, plainly: true)
        let read = try CommunityFile.decode(file(activities)).community.activities
        XCTAssertEqual(
            read.first?.unknownFields.values["photos"],
            .array([.object(["file": .string("1.jpg"), "size": .number("1.50")])]))
    }

    func testWhatIsNotPlainIsLeftToTheCarefulDecoder() {
        let cases = [
            (#""sessions": 1"#, #""sessions": 1.0"#),  // a whole number written as a fraction
            (#""sessions": 1"#, #""sessions": "1""#),  // text for a number
            (#""sessions": 1"#, #""sessions": 99999999999999999999"#),  // out of range
            (#""sessions": 1"#, #""sessions": 01"#),  // not JSON
            (#""sessions": 1"#, #""sessions": null"#),
            (#""sessions": 1, "#, ""),  // missing
            (#""kind": "training""#, #""kind": "party""#),  // outside the choices
            (#""date": "2025-03-12""#, #""date": "2025年3月12日""#),  // a typed form the careful decoder accepts
            (#""date": "2025-03-12""#, #""date": "2025-02-30""#),
            (#""id": "a-1""#, #""\u0069d": "a-1""#),  // a known name written with escapes
            (#""id": "a-1""#, #""id": "a-1", "id": "a-2""#),  // a field twice
            (#""taskIDs": ["t-1", "t-2"]"#, #""taskIDs": ["t-1", 2]"#),
            (#""location": "市民学校""#, #""location": "市民学校", "amount": "十元""#),
            (#""location": "市民学校""#, #""location": "市民学校", "updatedAt": "yesterday""#),
            (#""notes": """#, #""notes": "\x""#),  // not JSON: unknown escape
        ]
        for (original, replacement) in cases {
            assertAgrees(plain.replacingOccurrences(of: original, with: replacement).wrapped, plainly: false)
        }
        assertAgrees("[\(plain), 7]", plainly: false)
        assertAgrees("[\(plain),]", plainly: false)
        assertAgrees("{}", plainly: false)
    }

    func testSyntaxErrorsInsideTheListKeepTheirLineAndColumn() {
        let bytes = file("[\n" + plain + ",\n" + plain.replacingOccurrences(of: "520", with: "52 0") + "]")
        XCTAssertThrowsError(try CommunityFile.decode(bytes)) { error in
            XCTAssertEqual((error as? FileProblem)?.position, FileProblem.Position(line: 3, column: 109))
        }
    }
}

extension String {
    /// The text as a list of one.
    fileprivate var wrapped: String { "[" + self + "]" }
}
