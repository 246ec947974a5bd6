import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// T on the Communities screen lists what can be brought back, and Enter
/// brings it: a community deleted elsewhere (kept in trash/ by the sync),
/// or the records of a version a merge did not keep.
final class RestoreScreenTests: XCTestCase {
    func testADeletedCommunityComesBackFromTheTrashPage() throws {
        let app = try Harness { directory in
            let communities = directory.appendingPathComponent("communities")
            let trash = directory.appendingPathComponent("trash")
            try? FileManager.default.createDirectory(at: trash, withIntermediateDirectories: true)
            try? FileManager.default.moveItem(
                at: communities.appendingPathComponent("c-demo03.json"),
                to: trash.appendingPathComponent("c-demo03-1764750000-赵某.json"))
        }
        XCTAssertFalse(app.screen.contains("新村路社区"), app.screen)
        app.press(.char("T"))
        XCTAssertTrue(app.screen.contains("恢复"), app.screen)
        XCTAssertTrue(app.screen.contains("新村路社区"), "the trash lists it:\n" + app.screen)
        XCTAssertTrue(app.screen.contains("已删除"), app.screen)
        app.press(.enter)
        XCTAssertTrue(app.screen.contains("已恢复新村路社区"), app.screen)
        XCTAssertNotNil(app.onDisk.first { $0.id == "c-demo03" }, "written back")
        app.press(.enter)
        XCTAssertTrue(app.screen.contains("仍在"), "a second time is refused:\n" + app.screen)
        app.press(.escape)
        XCTAssertTrue(app.screen.contains("新村路社区"), "and the Communities screen has it:\n" + app.screen)
    }

    func testAConflictCopysRecordsAreTakenBack() throws {
        let app = try Harness { directory in
            let file = directory.appendingPathComponent("communities/c-demo01.json")
            guard let data = FileManager.default.contents(atPath: file.path),
                var copy = try? CommunityFile.decode(data, id: "c-demo01").community, !copy.activities.isEmpty
            else { return }
            copy.activities[0].title = "冲突中未保留的标题"
            let conflicts = directory.appendingPathComponent("conflicts")
            try? FileManager.default.createDirectory(at: conflicts, withIntermediateDirectories: true)
            try? CommunityFile.encode(copy).write(
                to: conflicts.appendingPathComponent("c-demo01-20251115-093000-theirs.json"))
        }
        app.press(.char("T"))
        XCTAssertTrue(app.screen.contains("冲突未保留的版本"), app.screen)
        app.press(.enter)
        XCTAssertTrue(app.screen.contains("已把 1 条记录取回阜新街社区"), app.screen)
        XCTAssertTrue(
            app.onDisk.first { $0.id == "c-demo01" }?.activities.contains { $0.title == "冲突中未保留的标题" } == true)
    }
}
