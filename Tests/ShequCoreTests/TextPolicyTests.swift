import XCTest

@testable import ShequDomain
@testable import ShequText

/// One text policy for every output and every way in (issue 25, point 7):
/// controls refused by the rules every form, import and check applies;
/// bidi and invisible characters shown as their codes alike everywhere;
/// names that look alike told apart.
final class TextPolicyTests: XCTestCase {
    func testControlCharactersAreRefusedWhereverTextIsKeptButLineBreaksAndTabsAreNot() {
        var community = Community(id: "c-text0001", name: "钟秀社区", notes: "第一行\n\t第二行")
        XCTAssertEqual(CommunityRules.invalid(community), [])
        for (text, code) in [
            ("a\u{0}b", "U+0000"), ("\u{1B}[2J", "U+001B"), ("x\u{7F}", "U+007F"), ("\u{85}", "U+0085"),
        ] {
            community.notes = text
            XCTAssertEqual(
                CommunityRules.invalid(community), [FileProblem(location: "notes", message: L.controlCharacter(code))])
        }
        community.notes = ""
        community.name = "钟秀\u{1B}]0;x\u{7}社区"
        XCTAssertEqual(CommunityRules.invalid(community).map(\.location), ["name"])
        community.name = "钟秀社区"
        community.activities = [
            Activity(
                id: "a-1", date: LocalDate(year: 2025, month: 3, day: 8)!, title: "讲座", kind: .lecture, notes: "带\u{0}来"
            )
        ]
        XCTAssertEqual(CommunityRules.invalid(community).map(\.location), ["activities[0].notes"])
    }

    func testBidiAndInvisibleCharactersShowAsTheirCodesAlikeButTheJoinerJoins() {
        XCTAssertEqual(VisibleText.of("坏\u{202E}反\u{202C}好"), "坏\\x202e反\\x202c好")
        XCTAssertEqual(VisibleText.of("钟\u{200B}秀"), "钟\\x200b秀")
        XCTAssertEqual(VisibleText.of("\u{FEFF}名\u{2066}字\u{2069}\u{200E}"), "\\xfeff名\\x2066字\\x2069\\x200e")
        XCTAssertEqual(VisibleText.of("👩\u{200D}💻"), "👩\u{200D}💻")
    }

    func testNamesThatLookAlikeAreFoundAndTheSameNameIsNot() {
        let names = ["钟秀社区", "钟\u{200B}秀社区", "ＡＢ社区", "AB社区", "钟秀社区", "德民社区 "]
        let pairs = NameLook.lookalikes(names).map { [$0.0, $0.1] }
        XCTAssertEqual(pairs, [["钟秀社区", "钟\u{200B}秀社区"], ["ＡＢ社区", "AB社区"]])
        XCTAssertEqual(NameLook.lookalike(of: "德民社区", among: names), "德民社区 ")
        XCTAssertNil(NameLook.lookalike(of: "城东社区", among: names))
    }
}
