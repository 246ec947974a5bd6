import Foundation
import XCTest

/// `shequ export` run from the shell, as a supervisor would before printing.
final class ExportCommandTests: XCTestCase {
    var directory: URL!

    override func setUpWithError() throws {
        directory = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-export-" + UUID().uuidString)
        Tmux.execute([Tmux.binary, "demo", "--data-dir", directory.path])
    }

    override func tearDown() {
        Tmux.remove(directory)
    }

    private func run(_ arguments: [String]) -> (status: Int32, output: String) {
        var status: Int32 = -1
        let output = Tmux.execute([Tmux.binary] + arguments + ["--data-dir", directory.path], status: &status)
        return (status, output)
    }

    private var year: String { String(Tmux.today.prefix(4)) }

    func testAFullStandardOutputIsAnErrorNotACrashOrASilentSuccess() throws {
        for command in [
            "export --all --year \(year) --format txt", "list communities", "list tasks --format csv",
            "list checklists --format json", "templates",
        ] {
            let data = "--lang zh --data-dir '\(directory.path)'"
            let script =
                "'\(Tmux.binary)' \(command) \(data) > /dev/full 2> '\(directory.path)/err'; "
                + "echo $?; cat '\(directory.path)/err'"
            let said = Tmux.execute(["sh", "-c", script])
            XCTAssertTrue(said.hasPrefix("1\n"), command + ": " + said)
            XCTAssertTrue(said.contains("无法写出结果"), command + ": " + said)
        }
    }

    func testTheDistrictSummaryIsWrittenToAFile() throws {
        let file = directory.appendingPathComponent("district.html")
        let (status, _) = run([
            "export", "--all", "--year", year, "--format", "html", "--lang", "zh", "--output", file.path,
        ])
        XCTAssertEqual(status, 0)
        let html = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(html.hasPrefix("<!DOCTYPE html>"))
        XCTAssertTrue(html.contains("崇川区\(year)年度工作汇总"))
        XCTAssertEqual(html.components(separatedBy: "<section class=\"community\"").count - 1, 9)
    }

    func testUnknownCommunityStreetOrYearAndAnUnwritablePathAreClearErrors() throws {
        XCTAssertEqual(run(["export", "--community", "不存在社区", "--format", "txt", "--lang", "zh"]).status, 1)
        XCTAssertEqual(run(["export", "--street", "无名街道", "--format", "txt"]).status, 1)
        XCTAssertEqual(run(["export", "--all", "--year", "1999", "--format", "txt"]).status, 1)
        let missingFolder = directory.appendingPathComponent("no/such/folder/out.txt")
        XCTAssertEqual(run(["export", "--all", "--format", "txt", "--output", missingFolder.path]).status, 1)
        XCTAssertFalse(FileManager.default.fileExists(atPath: missingFolder.deletingLastPathComponent().path))
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path)
        XCTAssertFalse(names.contains { $0.hasPrefix(".tmp-") }, "nothing half-written is left behind")
    }

    func testAnUnreadableFileIsNamedAndFailsTheExportUnlessSkipped() throws {
        let broken = directory.appendingPathComponent("communities/c-broken.json")
        try Data("{ \"id\": ".utf8).write(to: broken)
        let file = directory.appendingPathComponent("district.txt")
        let arguments = ["export", "--all", "--year", year, "--format", "txt", "--lang", "zh", "--output", file.path]
        var status: Int32 = -1
        let said = Tmux.execute(
            [Tmux.binary] + arguments + ["--data-dir", directory.path], status: &status, withErrors: true)
        XCTAssertEqual(status, 1, said)
        XCTAssertTrue(said.contains("有1个数据文件无法读取"), said)
        let summary = try String(contentsOf: file, encoding: .utf8)
        XCTAssertTrue(summary.contains("communities/c-broken.json"), "the summary names the file")
        XCTAssertEqual(run(arguments + ["--skip-unreadable"]).status, 0)
        XCTAssertEqual(try Data(contentsOf: broken), Data("{ \"id\": ".utf8), "the broken file is left untouched")
    }

    func testAnUnknownNameSuggestsTheClosestAndListActivitiesCarriesEveryField() throws {
        var status: Int32 = -1
        let said = Tmux.execute(
            [
                Tmux.binary, "export", "--community", "阜新街", "--format", "txt", "--lang", "zh", "--data-dir",
                directory.path,
            ],
            status: &status, withErrors: true)
        XCTAssertEqual(status, 1)
        XCTAssertTrue(said.contains("是不是：阜新街社区？"), said)
        let street = Tmux.execute(
            [Tmux.binary, "export", "--street", "城东", "--format", "txt", "--lang", "en", "--data-dir", directory.path],
            withErrors: true)
        XCTAssertTrue(street.contains("Did you mean: 城东街道?"), street)
        let csv = run(["list", "activities", "--community", "阜新街社区", "--format", "csv", "--lang", "zh"]).output
        let lines = csv.components(separatedBy: "\r\n")
        XCTAssertTrue(lines[0].hasSuffix("社区,日期,活动,类型,场次,人次,入户数,金额,地点,计入任务,备注"), lines[0])
        XCTAssertTrue(lines.contains { $0.contains(",市民学校,家庭教育培训") }, csv)
    }

    func testGB18030IsWrittenForOldPrinters() throws {
        let file = directory.appendingPathComponent("fuxin.txt")
        let (status, _) = run([
            "export", "--community", "阜新街社区", "--year", year, "--format", "txt", "--lang", "zh", "--encoding",
            "gb18030", "--output", file.path,
        ])
        XCTAssertEqual(status, 0)
        let bytes = try Data(contentsOf: file)
        XCTAssertNil(String(data: bytes, encoding: .utf8), "not UTF-8")
        let back = Tmux.execute(["iconv", "-f", "GB18030", "-t", "UTF-8", file.path])
        XCTAssertTrue(back.contains("阜新街社区\(year)年度工作总结"), back)
    }

    func testExportedFiguresAgreeWithListTasks() throws {
        let list = run(["list", "tasks", "--format", "json"])
        let export = run(["export", "--all", "--format", "json"])
        XCTAssertEqual(list.status, 0)
        XCTAssertEqual(export.status, 0)
        let tasks = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(list.output.utf8)) as? [[String: Any]])
        let summary = try XCTUnwrap(JSONSerialization.jsonObject(with: Data(export.output.utf8)) as? [String: Any])
        var exported: [String: [String: Any]] = [:]
        for community in summary["communities"] as? [[String: Any]] ?? [] {
            for plan in community["plans"] as? [[String: Any]] ?? [] {
                for task in plan["tasks"] as? [[String: Any]] ?? [] { exported[task["id"] as? String ?? ""] = task }
            }
        }
        XCTAssertEqual(exported.count, tasks.count)
        for task in tasks {
            let id = try XCTUnwrap(task["id"] as? String)
            let other = try XCTUnwrap(exported[id], id)
            XCTAssertEqual(task["percent"] as? Double, other["percent"] as? Double, id)
            XCTAssertEqual(task["state"] as? String, other["state"] as? String, id)
            XCTAssertEqual(task["actual"] as? Double, other["actual"] as? Double, id)
        }
    }

    func testCSVHasAByteOrderMarkAndTheChosenTable() throws {
        let file = directory.appendingPathComponent("checklists.csv")
        let (status, _) = run([
            "export", "--street", "城东街道", "--format", "csv", "--table", "checklists", "--output", file.path,
        ])
        XCTAssertEqual(status, 0)
        let data = try Data(contentsOf: file)
        XCTAssertEqual(Array(data.prefix(3)), [0xEF, 0xBB, 0xBF])
        let text = String(decoding: data.dropFirst(3), as: UTF8.self)
        XCTAssertTrue(text.hasPrefix("community,checklist,period"), String(text.prefix(40)))
        XCTAssertTrue(text.contains("德民社区"))
    }
}
