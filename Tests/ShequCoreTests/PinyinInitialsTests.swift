import XCTest

@testable import ShequDomain

/// Filters match pinyin initials, as Chinese users type them first (issue 12).
final class PinyinInitialsTests: XCTestCase {
    func testInitialsOfChineseAndLatinText() {
        XCTAssertEqual(PinyinInitials.of("阜新街社区"), "fxjsq")
        XCTAssertEqual(PinyinInitials.of("钟秀社区"), "zxsq")
        XCTAssertEqual(PinyinInitials.of("关工委 2023"), "ggw2023")
        XCTAssertEqual(PinyinInitials.of("“三无”考评表"), "swkpb", "punctuation has no initial")
    }

    func testACommunityMatchesTheInitialsOfItsNameStreetAndContacts() {
        let community = Community(
            id: "c-1", name: "阜新街社区", street: "阜新街街道", contacts: [Contact(role: "党委书记", name: "陈志刚", phone: "")])
        XCTAssertTrue(community.matches("fx"))
        XCTAssertTrue(community.matches("FXJ"), "either case")
        XCTAssertTrue(community.matches("czg"), "a contact's name")
        XCTAssertFalse(community.matches("zx"))
        XCTAssertTrue(community.matches("阜新"), "text still matches as text")
        XCTAssertFalse(PinyinInitials.match("f x", in: "阜新"), "only letters are read as initials")
    }
}
