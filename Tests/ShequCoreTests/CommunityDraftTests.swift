import XCTest

@testable import ShequDomain
@testable import ShequText

final class CommunityDraftTests: XCTestCase {
    func testNameIsTheOnlyRequiredField() {
        let blank = Community(id: "c-1", name: "")
        var draft = CommunityDraft(nil)
        XCTAssertEqual(draft.errors(in: blank), [.name: L.nameRequired])
        draft[.name] = "  和平里社区 "
        XCTAssertEqual(draft.errors(in: blank), [:])
        let (community, label) = draft.applied(to: blank, ids: .sequential)
        XCTAssertEqual(label, L.changeNew("和平里社区"))
        XCTAssertEqual(community.name, "和平里社区")
        XCTAssertNil(community.population)
        XCTAssertEqual(community.contacts, [])
    }

    func testCountsMustBeNonNegativeWholeNumbers() {
        XCTAssertEqual(CommunityDraft.count("12"), .success(12))
        XCTAssertEqual(CommunityDraft.count(" 12,345 "), .success(12345))
        XCTAssertEqual(CommunityDraft.count("１２，３４５"), .success(12345), "full-width digits from an input method")
        XCTAssertEqual(CommunityDraft.count(""), .success(nil))
        XCTAssertEqual(CommunityDraft.count("-3"), .failure(L.mustNotBeNegative))
        XCTAssertEqual(CommunityDraft.count("3.5"), .failure(L.mustBeWholeNumber))
        XCTAssertEqual(CommunityDraft.count("三千"), .failure(L.mustBeWholeNumber))
    }

    func testInvalidFieldsAreAllReported() {
        var draft = CommunityDraft(nil)
        draft[.name] = "甲"
        draft[.population] = "abc"
        draft[.households] = "-1"
        draft[.contact(0, .phone)] = "12"
        XCTAssertEqual(
            draft.errors(in: Community(id: "c-1", name: "")),
            [
                .population: L.mustBeWholeNumber, .households: L.mustNotBeNegative,
                .contact(0, .phone): L.phoneImplausible, .contact(0, .name): L.contactNameRequired,
            ])
    }

    func testEditingKeepsContactsAndAddsABlankRow() {
        let community = Community(
            id: "c-1", name: "甲", contacts: [Contact(role: "书记", name: "王", phone: "13912345678")])
        var draft = CommunityDraft(community)
        XCTAssertEqual(draft.contactRows, 2)
        XCTAssertFalse(draft.hasChanges)
        draft[.contact(1, .name)] = "李"
        XCTAssertTrue(draft.hasChanges)
        XCTAssertEqual(draft.applied(to: community, ids: .sequential).community.contacts.map(\.name), ["王", "李"])
        XCTAssertEqual(
            draft.fields.map(\.key).filter { $0.name.hasPrefix("contact.") }.count, 9,
            "three contact rows of three fields: the one typed into brings a blank one after it")
    }

    func testPhonePlausibility() {
        for good in [
            "13912345678", "139 1234 5678", "0513-85512036", "(0513) 8551 2036", "85512036", "+86 139 1234 5678",
            "12345", "110",
        ] {
            XCTAssertNil(PhoneNumber.problem(good), good)
        }
        for bad in ["12", "1234", "1391234567", "23912345678", "0513", "1391234567a", "电话"] {
            XCTAssertNotNil(PhoneNumber.problem(bad), bad)
        }
    }

    func testRulesFindWhatAHandEditBroke() {
        let community = Community(id: "C 1", name: " ", population: -5, contacts: [Contact(name: "王", phone: "456")])
        XCTAssertEqual(
            CommunityRules.problems(community, trusted: TrustedReviewers()).map(\.location),
            ["id", "name", "population", "contacts[0].phone"])
    }
}
