import XCTest

@testable import ShequDomain

/// "Did you mean" for a community or street that matched nothing.
final class NameSuggestionsTests: XCTestCase {
    let names = SampleStreet.communities(today: LocalDate(year: 2025, month: 9, day: 15)!).map(\.name)

    func testPrefixContainsAndPinyinFindTheIntendedName() {
        XCTAssertEqual(NameSuggestions.closest(to: "阜新街", among: names), ["阜新街社区"])
        XCTAssertEqual(NameSuggestions.closest(to: "景园", among: names), ["濠景园社区"])
        XCTAssertEqual(NameSuggestions.closest(to: "fxj", among: names), ["阜新街社区"])
        XCTAssertEqual(NameSuggestions.closest(to: "付新街", among: names), ["阜新街社区"], "typed by sound")
        XCTAssertEqual(NameSuggestions.closest(to: "社区", among: names).count, 3, "at most three")
        XCTAssertEqual(NameSuggestions.closest(to: "火星", among: names), [])
    }

    func testTheMessageOffersThem() {
        let communities = SampleStreet.communities(today: LocalDate(year: 2025, month: 9, day: 15)!)
        XCTAssertEqual(communities.notFound("阜新街").zh, "找不到社区：阜新街。是不是：阜新街社区？")
        XCTAssertEqual(communities.notFound("fxj").en, "No such community: fxj. Did you mean: 阜新街社区?")
        XCTAssertEqual(communities.notFound("火星").zh, "找不到社区：火星")
    }
}
