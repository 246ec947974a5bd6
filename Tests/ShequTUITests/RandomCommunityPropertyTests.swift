import Foundation
import PropertyBased
import ShequExport
import Testing

@testable import ShequDomain
@testable import ShequStore
@testable import ShequTUI

/// Random communities made of extreme numbers and hostile text — what a
/// file from elsewhere can hold — go through everything without trapping:
/// save and load unchanged (unknown fields included), every rule, every
/// screen at three sizes, every export format.
@Suite struct RandomCommunityPropertyTests {
    static let numbers: [Double] = [
        0, -0.0, 1, -1, 0.5, 97.5, 1e-300, 5e-324, 1e300, 1.7976931348623157e308, -1e308, 1e9, 100_000_001,
    ]
    static let counts: [Int] = [0, -1, 1, 7, 12, 13, Int.max, Int.min, 100_000_000, 1 << 53, 2026, 10_000]
    static let texts: [String] = [
        "", "阜新街社区", "\u{1B}]52;c;ZXZpbA==\u{7}\u{1B}[2J", "=HYPERLINK(\"http://x\",\"点我\")", "a\nb\r\nc\td",
        "\u{202E}反向文字", "👩‍👩‍👧 家庭", "<script>&amp;</script>", String(repeating: "长", count: 3_000),
        "\u{0}\u{7F}\u{9B}", "| # * _ `", "   ", "-", "e\u{301}",
    ]

    private static func pick<T>(_ table: [T], _ indices: [Int], _ at: Int) -> T {
        table[indices[at % indices.count] % table.count]
    }

    /// A community whose every field is taken from the tables by `n`, `c`
    /// and `t`, with fields a newer Shequ might write.
    static func community(numbers n: [Int], counts c: [Int], texts t: [Int]) -> Community {
        func number(_ i: Int) -> Double { pick(numbers, n, i) }
        func count(_ i: Int) -> Int { pick(counts, c, i) }
        func text(_ i: Int) -> String { pick(texts, t, i) }
        let day = LocalDate(year: 2025, month: 3, day: 1)!
        var contact = Contact(role: text(2), name: text(3), phone: text(4))
        contact.unknownFields = UnknownFields(["wechat": .string(text(5))])
        let task = PlanTask(
            id: "t-1", title: text(6), owner: text(7), deadline: day,
            target: Target(kind: pick(Target.Kind.allCases, c, 8), value: number(0), unit: text(8)),
            recurrence: Recurrence(period: pick(Recurrence.Period.allCases, c, 9), months: [count(4), count(5)]),
            measurements: [RateReading(date: day, percent: number(1), notes: text(9))], notes: text(10))
        var plan = Plan(
            id: "p-1", year: count(3), title: text(11), category: .health, objective: text(12), tasks: [task],
            safeguards: text(13))
        plan.unknownFields = UnknownFields(["budget": .number("1e400")])
        let activity = Activity(
            id: "a-1", date: day, title: text(14), kind: .lecture, sessions: count(6), participants: count(7),
            amount: number(2), location: text(15), notes: text(16), taskIDs: ["t-1", "t-gone"])
        var checklist = BuiltInTemplates.fiveGood.instantiate(id: "k-1", period: text(17), language: .zh)
        checklist.threshold = number(4)
        for index in checklist.items.indices {
            checklist.items[index].weight = number(5 + index)
            checklist.items[index].result = pick(ItemResult.allCases, c, 10 + index)
            checklist.items[index].evidence = text(18 + index)
        }
        checklist.state = pick(ChecklistState.allCases, c, 11)
        checklist.reviews = [
            Review(time: Date(timeIntervalSince1970: 1_750_000_000), reviewer: text(19), decision: .approved)
        ]
        var community = Community(
            id: "c-prop", name: text(0), street: text(1), district: text(20), population: count(0),
            households: count(1), residentGroups: count(2), contacts: [contact], notes: text(21), plans: [plan],
            activities: [activity], checklists: [checklist])
        community.unknownFields = UnknownFields(["future": .object(["nested": .array([.number("1.50"), .null])])])
        return community
    }

    @Test func randomCommunitiesRoundTripComputeRenderAndExportWithoutTrapping() async throws {
        let indices = Gen.int(in: 0...1_000).array(of: 24)
        await propertyCheck(count: 25, input: indices, indices, indices) { n, c, t in
            let community = Self.community(numbers: n, counts: c, texts: t)
            let read = try CommunityFile.decode(try CommunityFile.encode(community)).community
            #expect(read == community, "saved and loaded unchanged, unknown fields included")
            _ = CommunityRules.problems(read, trusted: TrustedReviewers([SampleStreet.reviewer]))
            for year in [2025, community.plans[0].year] {
                for format in ExportFormat.allCases {
                    var request = ExportRequest(year: year)
                    request.format = format
                    request.communities = [community.id]
                    _ = request.render([read], today: Harness.today, templates: BuiltInTemplates.all, trusted: .init())
                }
            }
            try Self.visitEveryScreen(of: read)
        }
    }

    /// Opens the community as a clerk and as a supervisor, walks through
    /// its screens and resizes; the screen must always draw.
    static func visitEveryScreen(of community: Community) throws {
        let data = try CommunityFile.encode(community)
        for role in [UserRole.clerk, .supervisor] {
            let app = try Harness(sample: false, role: role) { directory in
                let folder = directory.appendingPathComponent("communities")
                try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
                FileManager.default.createFile(
                    atPath: folder.appendingPathComponent("c-prop.json").path, contents: data)
            }
            if role == .supervisor { app.press(.escape) }
            app.press(.enter, .tab, .enter, .enter, .escape, .escape, .tab, .enter, .escape, .tab, .enter, .enter)
            app.press(.escape, .escape, .escape, .char("?"), .escape)
            for (columns, rows) in [(40, 10), (200, 50), (80, 24)] {
                app.resize(columns: columns, rows: rows)
                #expect(!app.screen.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty)
            }
        }
    }
}
