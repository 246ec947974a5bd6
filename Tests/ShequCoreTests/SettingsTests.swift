import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequText

final class SettingsTests: XCTestCase {
    func testLanguageFollowsLocaleStringsEvenWhenNotInstalled() {
        XCTAssertEqual(Language.fromEnvironment(["LANG": "zh_CN.UTF-8"]), .zh)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "en_US.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LANG": "C.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment(["LC_ALL": "zh_TW.UTF-8", "LANG": "en_US.UTF-8"]), .zh)
        XCTAssertEqual(Language.fromEnvironment(["LC_MESSAGES": "en_GB.UTF-8", "LANG": "zh_CN.UTF-8"]), .en)
        XCTAssertEqual(Language.fromEnvironment([:]), .en)
    }

    func testDataDirectoryResolutionOrder() {
        let home = ["HOME": "/home/clerk"]
        XCTAssertEqual(
            DataLocation.dataDirectory(explicit: "/d", environment: home.merging(["SHEQU_DATA_DIR": "/e"]) { $1 }).path,
            "/d")
        XCTAssertEqual(
            DataLocation.dataDirectory(
                explicit: nil, environment: home.merging(["SHEQU_DATA_DIR": "/e", "XDG_DATA_HOME": "/x"]) { $1 }
            ).path, "/e")
        XCTAssertEqual(
            DataLocation.dataDirectory(explicit: nil, environment: home.merging(["XDG_DATA_HOME": "/x"]) { $1 }).path,
            "/x/shequ")
        XCTAssertEqual(
            DataLocation.dataDirectory(explicit: nil, environment: home).path, "/home/clerk/.local/share/shequ")
        XCTAssertEqual(DataLocation.configFile(environment: home).path, "/home/clerk/.config/shequ/config.toml")
        XCTAssertEqual(
            DataLocation.configFile(environment: home.merging(["XDG_CONFIG_HOME": "/c"]) { $1 }).path,
            "/c/shequ/config.toml")
    }

    func testConfigReadsEverySetting() {
        let (config, problem) = Config.parse(
            "theme = \"dark\"\nlang = \"zh\"\nrole = \"supervisor\"\nname = \"王主任\"\nmouse = false\n",
            file: "config.toml")
        XCTAssertNil(problem)
        XCTAssertEqual(config, Config(theme: "dark", language: .zh, role: .supervisor, name: "王主任", mouse: false))
        XCTAssertEqual(Config.parse("mouse = \"no\"\n", file: "c.toml").problem?.zh, "c.toml: mouse 应是 true 或 false")
        XCTAssertEqual(Config.parse("sync_timeout = 30\n", file: "c.toml").config.syncTimeout, 30)
        for bad in ["sync_timeout = 0", "sync_timeout = \"30\"", "sync_timeout = 99999"] {
            XCTAssertEqual(
                Config.parse(bad + "\n", file: "c.toml").problem?.en,
                "c.toml: sync_timeout must be a number of seconds from 5 to 3600", bad)
        }
    }

    func testBrokenConfigNamesFileAndLine() {
        let (config, problem) = Config.parse("theme = \"dark\"\nrole = \n", file: "config.toml")
        XCTAssertEqual(config, Config())
        XCTAssertTrue(problem?.en.hasPrefix("config.toml:2: ") ?? false, problem?.en ?? "nil")
        XCTAssertEqual(
            Config.parse("role = \"boss\"\n", file: "c.toml").problem?.en,
            "c.toml: role must be \"clerk\" or \"supervisor\"")
    }

    func testSampleStreetIsValidAndLargeEnough() {
        let sample = SampleStreet.communities(today: LocalDate(year: 2025, month: 9, day: 15)!)
        XCTAssertGreaterThanOrEqual(sample.count, 8)
        XCTAssertEqual(Set(sample.map(\.id)).count, sample.count)
        for community in sample {
            XCTAssertEqual(
                CommunityRules.problems(community, trusted: TrustedReviewers([SampleStreet.reviewer])), [],
                community.name)
        }
        XCTAssertTrue(sample.contains { $0.name == "阜新街社区" })
        XCTAssertTrue(sample.contains { $0.name == "德民社区" })
        XCTAssertTrue(sample.contains { $0.name == "濠景园社区" })
    }

    func testGeneratedIdsAreValidAndUnique() {
        var taken = Set<String>()
        for _ in 0..<200 {
            let id = RecordID.generate(avoiding: taken)
            XCTAssertTrue(RecordID.isValid(id), id)
            XCTAssertFalse(taken.contains(id))
            taken.insert(id)
        }
    }

    func testAThemeThatIsAPathANumberOrHoldsAnEscapeIsReportedAndNotUsed() {
        for text in ["theme = \"../../../../etc/passwd\"\n", "theme = 3\n", "theme = \"dark\\u001B[31m\"\n"] {
            let (config, problem) = Config.parse(text, file: "config.toml")
            XCTAssertNil(config.theme, text)
            XCTAssertEqual(problem?.en, "config.toml: " + L.settingTheme.en, text)
        }
        let (config, problem) = Config.parse("name = \"王\\u001B]0;x\\u0007\"\n", file: "config.toml")
        XCTAssertNil(config.name)
        XCTAssertNotNil(problem)
    }
}
