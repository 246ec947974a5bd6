import Foundation
import XCTest

/// Plans and the ledger in the real binary, at 80×24 in tmux.
final class PlansEndToEndTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = try Tmux.sampleDirectory("shequ-e2e-")
    }

    override func tearDown() {
        Tmux.remove(directory)
    }

    /// The row of the Plan screen that shows `task`.
    private func row(_ task: String, in screen: String) -> String {
        screen.split(separator: "\n").first { $0.hasPrefix(" " + task + " ") }.map(String.init) ?? ""
    }

    func testLogAnActivityOnATaskAndSeeItsBarMove() throws {
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang zh")
        tmux.waitFor("濠景园社区")
        tmux.press("j", "j", "j", "j", "Enter", "Tab", "Enter")
        tmux.waitFor("召开健康教育专题办公会")
        let before = row("召开健康教育专题办公会", in: tmux.screen())
        XCTAssertTrue(before.contains("###---  50%"), before)
        tmux.press("j", "a")
        tmux.waitFor("登记活动")
        tmux.press("Tab")
        tmux.type("健康教育第二次专题会")
        tmux.press("C-s")
        tmux.waitFor("已保存：登记活动“健康教育第二次专题会”")
        let after = row("召开健康教育专题办公会", in: tmux.screen())
        XCTAssertTrue(after.contains("###### 100%"), after)
        XCTAssertTrue(after.contains("已完成"), after)
        tmux.press("Q")
        tmux.waitFor("EXIT=0")
        let file = try String(
            contentsOf: directory.appendingPathComponent("communities/c-demo04.json"), encoding: .utf8)
        XCTAssertTrue(file.contains("\"title\" : \"健康教育第二次专题会\""), "the activity is in the community's file")
        XCTAssertTrue(file.contains("\"t-04-2\""), "linked to the task")
    }

    func testListTasksJSONAgreesWithThePlanScreen() throws {
        var status: Int32 = -1
        let json = Tmux.execute(
            [Tmux.binary, "list", "tasks", "--community", "濠景园社区", "--format", "json", "--data-dir", directory.path],
            status: &status)
        XCTAssertEqual(status, 0)
        let tasks = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(json.utf8)) as? [[String: Any]])
        XCTAssertEqual(tasks.count, 10)
        let tmux = Tmux(dataDirectory: directory)
        tmux.start("--lang en")
        tmux.waitFor("濠景园社区")
        tmux.press("j", "j", "j", "j", "Enter", "Tab", "Enter")
        tmux.waitFor("健康教育专栏每月更换")  // the Plan screen (the home screen has a Progress column too)
        let screen = tmux.screen()
        let states = ["met": "met", "onTrack": "on track", "behind": "behind", "overdue": "overdue"]
        for task in tasks {
            let title = try XCTUnwrap(task["title"] as? String)
            // The screen shows whole percentages, rounded down so that only a met target shows 100%.
            let percent = (task["percent"] as? Double).map { Int($0.rounded(.down)) }
            let state = try XCTUnwrap(states[try XCTUnwrap(task["state"] as? String)])
            let line = row(title, in: screen)
            let shown = percent.map { String(format: "%4d%%", $0) } ?? "—"
            XCTAssertTrue(line.contains(shown), "\(title): \(shown) vs \(line)")
            XCTAssertTrue(line.contains(state), "\(title): \(state) vs \(line)")
        }
    }
}
