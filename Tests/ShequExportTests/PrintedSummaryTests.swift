import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequExport

/// The HTML summary as Chromium prints it on A4 with Noto Sans CJK: page
/// numbers of its own, nothing broken inside a date, a percentage or a
/// state, and no page holding only the signatures. Skipped where Chromium
/// or pdftotext (poppler-utils) is not installed; CI need not have them.
final class PrintedSummaryTests: XCTestCase {
    static let today = LocalDate(year: 2025, month: 9, day: 15)!

    private func tool(_ names: [String]) -> String? {
        for folder in ["/usr/bin", "/usr/local/bin", "/snap/bin"] {
            for name in names where FileManager.default.isExecutableFile(atPath: folder + "/" + name) {
                return folder + "/" + name
            }
        }
        return nil
    }

    private func run(_ executable: String, _ arguments: [String]) throws -> String {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = arguments
        let output = Pipe()
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
        let data = output.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        return String(decoding: data, as: UTF8.self)
    }

    /// The pages of `html` as printed, as text, one string per page.
    private func printed(_ html: String) throws -> [String] {
        guard let chromium = tool(["chromium", "chromium-browser", "google-chrome"]) else {
            throw XCTSkip("Chromium is not installed")
        }
        guard let pdftotext = tool(["pdftotext"]) else { throw XCTSkip("pdftotext is not installed") }
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-print-" + UUID().uuidString)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let page = folder.appendingPathComponent("summary.html")
        let pdf = folder.appendingPathComponent("summary.pdf")
        try Data(html.utf8).write(to: page)
        _ = try run(
            chromium,
            [
                "--headless", "--no-sandbox", "--disable-gpu", "--no-pdf-header-footer",
                "--user-data-dir=" + folder.appendingPathComponent("profile").path, "--print-to-pdf=" + pdf.path,
                page.absoluteString,
            ])
        let text = try run(pdftotext, ["-layout", pdf.path, "-"])
        // SHEQU_KEEP_PRINT=folder keeps the printed PDF there, to look at its pages.
        if let keep = ProcessInfo.processInfo.environment["SHEQU_KEEP_PRINT"] {
            try? FileManager.default.copyItem(
                at: pdf, to: URL(fileURLWithPath: keep).appendingPathComponent(name + "-" + UUID().uuidString + ".pdf"))
        }
        return text.components(separatedBy: "\u{0C}").filter {
            !$0.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty
        }
    }

    private func html(_ records: [Community], unreadable: [UnreadableFile] = []) throws -> String {
        var request = ExportRequest(year: 2025)
        request.format = .html
        request.unreadable = unreadable
        let data = try request.render(
            records, today: Self.today, templates: BuiltInTemplates.all,
            trusted: TrustedReviewers([SampleStreet.reviewer])
        ).get()
        return String(decoding: data, as: UTF8.self)
    }

    func testPrintedPagesAreNumberedAndKeepTheirWordsAndSignaturesTogether() throws {
        let records = SampleStreet.communities(today: Self.today) + HonestSummaryTests.hardCases.suffix(1)
        let pages = try printed(try html(records, unreadable: [HonestSummaryTests.broken]))
        XCTAssertGreaterThan(pages.count, 9, "a page per community at least")
        for (index, page) in pages.enumerated() {
            let number = "第 \(index + 1) 页 共 \(pages.count) 页"
            XCTAssertTrue(
                page.replacingOccurrences(of: "  ", with: " ").contains(number), "page \(index + 1):\n" + page)
            let lines = page.split(separator: "\n").map { $0.trimmingCharacters(in: .whitespaces) }.filter {
                !$0.isEmpty && !$0.hasPrefix("第 ")
            }
            XCTAssertFalse(lines.first?.hasPrefix("填报人") ?? false, "page \(index + 1) holds only the signatures")
        }
        let all = pages.joined(separator: "\n")
        for whole in ["2025-08-31", "66.7%", "已退回", "100/100"] {
            XCTAssertTrue(all.contains(whole), "\(whole) is printed unbroken")
        }
        XCTAssertTrue(all.contains("以下1个数据文件无法读取"))
    }

    /// A plan of 60 tasks prints its chart in parts a page break falls
    /// between, and a closing block taller than a page flows on rather than
    /// costing a page (issue 26, point 10).
    func testALongPlanLosesNoPageAndNoBarIsCut() throws {
        let tasks = (1...60).map { index in
            PlanTask(
                id: "t\(index)", title: "第\(index)项健康教育宣传任务", owner: "宣传员",
                target: Target(kind: .activities, value: 4))
        }
        let plan = Plan(id: "p1", year: 2025, title: "2025年度健康教育工作计划", category: .health, tasks: tasks)
        let activities = (1...60).map { index in
            Activity(
                id: "a\(index)", date: LocalDate(year: 2025, month: 1 + index % 8, day: 10)!, title: "宣传",
                kind: .publicity, taskIDs: ["t\(index)"])
        }
        let community = Community(
            id: "c-1", name: "阜新街社区", street: "新城桥街道", plans: [plan], activities: activities)
        let page = try html([community])
        XCTAssertEqual(
            page.components(separatedBy: "<figure class=\"chart\">").count - 1, 6,
            "five parts of 12 bars and the months")
        XCTAssertFalse(page.contains("<div class=\"closing\">"), "sixty next steps do not fit a page: the block flows")
        let pages = try printed(page)
        let used = pages.map {
            $0.split(separator: "\n").filter { !$0.trimmingCharacters(in: .whitespaces).isEmpty }.count
        }
        print("pages of a 60-task plan, lines on each:", used)
        for (index, lines) in used.dropLast().enumerated() {
            XCTAssertGreaterThan(lines, 20, "page \(index + 1) of \(pages.count) is mostly empty: \(used)")
        }
    }
}
