import Foundation
import ShequDomain
import ShequStore
import XCTest

/// The screens, `shequ list` and every export format name the same
/// reviewer, order streets and communities the same way, and count the
/// same attainment: each is computed once, in Core.
final class AgreementTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-agree-" + UUID().uuidString)
        var status: Int32 = -1
        Tmux.execute([Tmux.binary, "demo", "--data-dir", directory.path], status: &status)
        XCTAssertEqual(status, 0)
        // 濠景园社区's approved 五好 checklist is reopened by a second supervisor: that reopening,
        // not the approval, is the last decision, and the checklist no longer counts as met.
        let file = directory.appendingPathComponent("communities/c-demo04.json")
        var community = try CommunityFile.decode(try Data(contentsOf: file)).community
        let index = try XCTUnwrap(community.checklists.firstIndex { $0.templateID == BuiltInTemplates.fiveGood.id })
        let reopener = Actor(role: .supervisor, name: "乙审核员")
        community.checklists[index] = try ChecklistWorkflow.reopen(
            community.checklists[index], in: community.id, by: reopener, comment: "复查台账",
            at: Date(timeIntervalSince1970: 1_757_000_000)
        ).get()
        try CommunityFile.encode(community).write(to: file)
    }

    override func tearDown() {
        Tmux.remove(directory)
    }

    private func shequ(_ arguments: [String]) -> String {
        var status: Int32 = -1
        let output = Tmux.execute(
            [Tmux.binary] + arguments + ["--data-dir", directory.path, "--lang", "zh"], status: &status)
        XCTAssertEqual(status, 0, arguments.joined(separator: " "))
        return output
    }

    private func json(_ arguments: [String]) throws -> Any {
        try JSONSerialization.jsonObject(with: Data(shequ(arguments).utf8))
    }

    func testReviewerAgreesBetweenScreenListAndEveryExport() throws {
        let listed = try XCTUnwrap(try json(["list", "checklists", "--format", "json"]) as? [[String: Any]])
        let fiveGood = listed.filter {
            $0["communityId"] as? String == "c-demo04" && $0["title"] as? String == "五好关工委考评表"
        }
        XCTAssertEqual(fiveGood.first?["reviewer"] as? String, "乙审核员")

        let summary = try XCTUnwrap(
            try json(["export", "--community", "濠景园社区", "--format", "json", "--year", "2025"]) as? [String: Any])
        let communities = try XCTUnwrap(summary["communities"] as? [[String: Any]])
        let checklists = try XCTUnwrap(communities.first?["checklists"] as? [[String: Any]])
        XCTAssertEqual(checklists.first { $0["title"] as? String == "五好关工委考评表" }?["reviewer"] as? String, "乙审核员")
        for format in ["txt", "md", "html"] {
            let text = shequ(["export", "--community", "濠景园社区", "--format", format, "--year", "2025"])
            XCTAssertTrue(text.contains("乙审核员"), format)
        }
        let csv = shequ([
            "export", "--community", "濠景园社区", "--format", "csv", "--table", "checklists", "--year", "2025",
        ])
        XCTAssertTrue(csv.contains("乙审核员"), csv)

        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("濠景园社区")
        tmux.press("j", "j", "j", "j", "Enter", "BTab")
        tmux.waitFor("五好关工委考评表")
        let lines = tmux.screen().components(separatedBy: "\n")  // the table's first row is line 4
        let row = try XCTUnwrap(lines.firstIndex { $0.contains("五好关工委考评表") }) - 4
        for _ in 0..<row { tmux.press("j") }
        tmux.press("Enter")
        tmux.waitFor("乙审核员：复查台账")
    }

    func testStreetOrderAndAttainmentAgreeBetweenScreenAndExports() throws {
        let summary = try XCTUnwrap(
            try json(["export", "--all", "--format", "json", "--year", "2025"]) as? [String: Any])
        let rollup = try XCTUnwrap(summary["rollup"] as? [String: Any])
        let standards = try XCTUnwrap(rollup["attainment"] as? [[String: Any]])
        let fiveGood = try XCTUnwrap(standards.first { $0["standard"] as? String == "五好关工委考评表" })
        let exported = try XCTUnwrap(fiveGood["rows"] as? [[String: Any]]).map {
            "\($0["name"] as? String ?? "") \($0["attained"] as? Int ?? -1)/\($0["total"] as? Int ?? -1)"
        }
        XCTAssertEqual(
            exported, ["城东街道 0/3", "阜新街街道 0/3", "新城桥街道 0/3", "崇川区 0/9"], "pinyin order; reopened is not met")

        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh --role supervisor")
        tmux.waitFor("达标")
        tmux.waitUntilGone("正在读取")  // every file read: the figures are final
        tmux.press("M")
        tmux.waitFor("达标情况")
        let onScreen = tmux.screen().split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: " ")
            guard parts.count >= 2, parts[1].contains("/") else { return nil }
            return "\(parts[0]) \(parts[1])"
        }
        XCTAssertEqual(onScreen, exported, tmux.screen())
    }

    func testCommunitiesAreListedInTheOrderTheHomeScreenShows() throws {
        let listed = try XCTUnwrap(try json(["list", "communities", "--format", "json"]) as? [[String: Any]])
        let names = listed.compactMap { $0["name"] as? String }
        XCTAssertEqual(names.first, "北濠桥社区")
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("濠景园社区")
        let onScreen = tmux.screen().split(separator: "\n").dropFirst(2).prefix(names.count).map {
            String($0.split(separator: " ").first ?? "")
        }
        XCTAssertEqual(onScreen, names)
    }
}
