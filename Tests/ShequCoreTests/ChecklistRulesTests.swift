import Foundation
import XCTest

@testable import ShequDomain
@testable import ShequStore
@testable import ShequText

final class ChecklistRulesTests: XCTestCase {
    let time = Date(timeIntervalSince1970: 1_750_000_000)
    let clerk = Actor(role: .clerk, name: "填报员")
    let supervisor = Actor(role: .supervisor, name: "王", signer: ReviewSigner.sample)
    let trusted = TrustedReviewers([TrustedReviewers.Reviewer(name: "王", key: ReviewSigner.sample?.publicKeyText ?? "")]
    )

    private func checklist(
        _ results: [ItemResult], weights: [Double]? = nil, veto: Set<Int> = [], threshold: Double = 80
    ) -> Checklist {
        let items = results.enumerated().map { index, result in
            ChecklistItem(
                id: "i\(index)", group: "组", text: "项\(index)", weight: weights?[index] ?? 25,
                veto: veto.contains(index), result: result)
        }
        return Checklist(
            id: "k", templateID: "t", title: "考评", period: "2025年", scored: true, threshold: threshold, items: items)
    }

    func testScoreIsPassedWeightOverApplicableWeight() {
        XCTAssertEqual(ChecklistEvaluation(checklist([.pass, .pass, .pass, .fail])).score, 75)
        XCTAssertEqual(
            ChecklistEvaluation(checklist([.pass, .pass, .pass, .notApplicable])).score, 100,
            "n/a items leave the total")
        XCTAssertEqual(ChecklistEvaluation(checklist([.pass, .fail], weights: [10, 20])).score, 33.3)
        XCTAssertEqual(ChecklistEvaluation(checklist([.notApplicable])).score, 0)
    }

    func testThresholdVetoAndPendingDecidePassing() {
        XCTAssertTrue(ChecklistEvaluation(checklist([.pass, .pass, .pass, .pass])).passes)
        XCTAssertFalse(ChecklistEvaluation(checklist([.pass, .pass, .pass, .fail])).passes, "75 is under 80")
        XCTAssertTrue(ChecklistEvaluation(checklist([.pass, .pass, .pass, .fail], threshold: 75)).passes)
        let veto = ChecklistEvaluation(checklist([.fail, .pass, .pass, .pass], weights: [1, 33, 33, 33], veto: [0]))
        XCTAssertEqual(veto.score, 99)
        XCTAssertTrue(veto.vetoFailed)
        XCTAssertFalse(veto.passes, "a failed veto item fails the checklist whatever the score")
        XCTAssertFalse(ChecklistEvaluation(checklist([.pass, .pass, .pass, .pending])).passes)
    }

    func testThePassIsDecidedOnTheExactScoreAndTheShownOneNeverRoundsUpOntoIt() {
        let short = ChecklistEvaluation(checklist([.pass, .fail], weights: [79.95, 20.05]))
        XCTAssertFalse(short.passes, "79.95 is under 80")
        XCTAssertEqual(short.score, 79.9, "shown rounded down, not as 80")
        XCTAssertEqual(short.scoreText(scored: true), "79.9/100")
        XCTAssertFalse(ChecklistEvaluation(checklist([.pass, .fail], weights: [79.94, 20.06])).passes)
        let exact = ChecklistEvaluation(checklist([.pass, .fail], weights: [80, 20]))
        XCTAssertTrue(exact.passes)
        XCTAssertEqual(exact.score, 80)
        // Weights that binary cannot hold exactly still reach the mark they add up to.
        let tenths = ChecklistEvaluation(checklist([.pass, .pass, .pass, .fail], weights: [0.1, 0.2, 0.5, 0.2]))
        XCTAssertTrue(tenths.passes)
        XCTAssertEqual(tenths.score, 80)
        // Above the mark, the shown score rounds as ever.
        XCTAssertEqual(ChecklistEvaluation(checklist([.pass, .fail], weights: [85.06, 14.94])).score, 85.1)
    }

    func testSubmitNeedsEveryItemAnsweredAndRectificationsForFailures() throws {
        var draft = checklist([.pass, .pending, .fail, .pass])
        guard case .failure(let refusal) = ChecklistWorkflow.submit(draft, by: clerk, at: time) else {
            return XCTFail()
        }
        XCTAssertEqual(refusal.reasons, [L.itemsPending(1), L.needsRectification("项2")])
        draft.items[1].result = .notApplicable
        draft.items[2].rectification = Rectification(
            action: "补齐", owner: "", due: LocalDate(year: 2025, month: 12, day: 1)!)
        XCTAssertThrowsError(try ChecklistWorkflow.submit(draft, by: clerk, at: time).get(), "an owner is needed")
        draft.items[2].rectification?.owner = "书记"
        let submitted = try ChecklistWorkflow.submit(draft, by: clerk, at: time).get()
        XCTAssertEqual(submitted.state, .submitted)
        XCTAssertEqual(submitted.reviews.map(\.decision), [.submitted])
        XCTAssertFalse(ChecklistWorkflow.isEditable(submitted))
    }

    func testStateMachineRoundTripWithReturnReopenAndDigest() throws {
        let draft = checklist([.pass, .pass, .pass, .pass])
        XCTAssertThrowsError(
            try ChecklistWorkflow.approve(draft, in: "c-a", by: supervisor, comment: "", at: time).get(),
            "a draft cannot be approved")
        let submitted = try ChecklistWorkflow.submit(draft, by: clerk, at: time).get()
        XCTAssertThrowsError(
            try ChecklistWorkflow.returnForChanges(submitted, in: "c-a", by: supervisor, comment: "  ", at: time).get(),
            "returning needs a comment")
        var returned = try ChecklistWorkflow.returnForChanges(
            submitted, in: "c-a", by: supervisor, comment: "补充照片", at: time
        )
        .get()
        XCTAssertEqual(returned.state, .returned)
        XCTAssertTrue(ChecklistWorkflow.isEditable(returned))
        returned.items[0].evidence = "照片已补充"
        let resubmitted = try ChecklistWorkflow.submit(returned, by: clerk, at: time).get()
        let approved = try ChecklistWorkflow.approve(resubmitted, in: "c-a", by: supervisor, comment: "同意", at: time)
            .get()
        XCTAssertEqual(approved.state, .approved)
        XCTAssertEqual(approved.reviews.map(\.decision), [.submitted, .returned, .submitted, .approved])
        XCTAssertEqual(
            ApprovalSignature.approvalStatus(of: approved, communityID: "c-a", trusted: trusted), .valid(reviewer: "王"))
        XCTAssertEqual(
            ApprovalSignature.approvalStatus(of: approved, communityID: "c-b", trusted: trusted), .invalid,
            "an approval copied into another community does not verify")
        XCTAssertEqual(
            ApprovalSignature.approvalStatus(of: approved, communityID: "c-a", trusted: TrustedReviewers()),
            .unknownReviewer)
        XCTAssertFalse(ChecklistWorkflow.isEditable(approved), "approved is read-only")
        let reopened = try ChecklistWorkflow.reopen(approved, in: "c-a", by: supervisor, comment: "复查", at: time).get()
        XCTAssertEqual(reopened.state, .returned)
        XCTAssertEqual(reopened.reviews.last?.decision, .reopened)
    }

    func testAHandEditAfterApprovalIsDetectedInTheFile() throws {
        let approved = try ChecklistWorkflow.approve(
            try ChecklistWorkflow.submit(checklist([.pass, .pass, .pass, .pass]), by: clerk, at: time).get(),
            in: "c-a", by: supervisor,
            comment: "", at: time
        ).get()
        let community = Community(id: "c-a", name: "甲", checklists: [approved])
        let text = String(decoding: try CommunityFile.encode(community), as: UTF8.self)
        let edited = text.replacingOccurrences(of: "\"evidence\" : \"\"", with: "\"evidence\" : \"后来改的\"")
        XCTAssertNotEqual(edited, text)
        let reread = try CommunityFile.decode(Data(edited.utf8)).community
        XCTAssertTrue(Attainment.attains(community, templateID: "t", year: 2025, trusted: trusted))
        XCTAssertEqual(
            ApprovalSignature.approvalStatus(of: reread.checklists[0], communityID: "c-a", trusted: trusted), .invalid)
        XCTAssertEqual(CommunityRules.problems(reread, trusted: trusted).map(\.location), ["checklists[0]"])
        XCTAssertFalse(
            Attainment.attains(reread, templateID: "t", year: 2025, trusted: trusted),
            "a changed checklist no longer counts")
    }

    func testBuiltInTemplatesAreConsistent() {
        XCTAssertEqual(BuiltInTemplates.all.count, 6)
        for template in BuiltInTemplates.all {
            XCTAssertTrue(RecordID.isValid(template.id))
            if template.scored { XCTAssertEqual(template.items.reduce(0) { $0 + $1.weight }, 100, template.id) }
            XCTAssertFalse(template.items.contains { $0.text.zh.isEmpty || $0.text.en.isEmpty })
        }
        XCTAssertEqual(
            BuiltInTemplates.fiveGood.items.filter(\.veto).map(\.text.zh).map { String($0.prefix(3)) },
            ["有班子", "有经费", "有队伍", "有制度", "有阵地"])
        XCTAssertEqual(BuiltInTemplates.schoolSafety.items.filter { $0.group.zh == "八防工作" }.count, 8)
        let checklist = BuiltInTemplates.fiveGood.instantiate(id: "k1", period: "2025年", language: .en)
        XCTAssertEqual(checklist.items.first?.group, "Leadership team")
        XCTAssertTrue(checklist.items.allSatisfy { $0.result == .pending })
    }

    func testAttainmentMatchesAHandCountOnTheSample() {
        let sample = SampleStreet.communities(today: LocalDate(year: 2025, month: 9, day: 15)!)
        let fiveGood = Attainment(
            templateID: "five-good-youth-care", year: 2025, communities: sample, districtName: "崇川区",
            trusted: TrustedReviewers([SampleStreet.reviewer]))
        // By hand: only 濠景园社区 (新城桥街道) has an approved, passing 五好 checklist;
        // 德民 is submitted, 阜新街 returned, 北濠桥 a draft failing on a veto.
        // Streets in pinyin order: cheng, fu, xin.
        XCTAssertEqual(
            fiveGood.streets.map { "\($0.name) \($0.attained)/\($0.total)" }, ["城东街道 0/3", "阜新街街道 0/3", "新城桥街道 1/3"])
        XCTAssertEqual(fiveGood.district.attained, 1)
        XCTAssertEqual(fiveGood.district.total, 9)
        XCTAssertEqual(
            Attainment(
                templateID: "peace-building", year: 2025, communities: sample, districtName: "崇川区",
                trusted: TrustedReviewers([SampleStreet.reviewer])
            )
            .district.attained, 1)
    }

    func testSampleHasEveryState() {
        let checklists = SampleStreet.communities(today: LocalDate(year: 2025, month: 9, day: 15)!).flatMap(
            \.checklists)
        XCTAssertEqual(Set(checklists.map(\.state)), [.draft, .submitted, .approved, .returned])
        XCTAssertTrue(checklists.contains { ChecklistEvaluation($0).vetoFailed })
        XCTAssertTrue(
            checklists.contains { $0.state == .submitted && !ChecklistEvaluation.openRectifications($0).isEmpty })
        XCTAssertTrue(checklists.contains { $0.state == .returned && !($0.reviews.last?.comment.isEmpty ?? true) })
        let trusted = TrustedReviewers([SampleStreet.reviewer])
        for community in SampleStreet.communities(today: LocalDate(year: 2025, month: 9, day: 15)!) {
            for checklist in community.checklists where checklist.state == .approved {
                XCTAssertEqual(
                    ApprovalSignature.approvalStatus(of: checklist, communityID: community.id, trusted: trusted),
                    .valid(reviewer: "街道 王秀英"))
            }
        }
    }
}

final class TemplateFileTests: XCTestCase {
    let directory = TestDirectory()

    func testUserTemplateIsAddedAndBadOnesReportedWithFileAndLine() {
        directory.write(
            """
            id = "sanitation"
            title = "环境卫生检查表"
            title_en = "Sanitation check"
            scored = true
            threshold = 80

            [[items]]
            group = "公共区域"
            text = "楼道无堆物"
            weight = 60

            [[items]]
            group = "公共区域"
            text = "垃圾分类到位"
            weight = 40
            veto = true
            """, to: "templates/sanitation.toml")
        directory.write(
            "id = \"bad\"\ntitle = \"坏\"\nscored = true\n[[items]]\ngroup = \"a\"\ntext = \"b\"\nweight = 30\n",
            to: "templates/weights.toml")
        directory.write("id = \"broken\"\ntitle = [\n", to: "templates/syntax.toml")
        directory.write(
            "id = \"nan\"\ntitle = \"坏\"\nscored = true\nthreshold = nan\n"
                + "[[items]]\ngroup = \"a\"\ntext = \"b\"\nweight = 100\n",
            to: "templates/nan.toml")
        directory.write(
            "id = \"inf\"\ntitle = \"坏\"\n[[items]]\ngroup = \"a\"\ntext = \"b\"\nweight = inf\n",
            to: "templates/inf.toml")
        directory.write("id = \"Bad Id\"\ntitle = \"x\"\n", to: "templates/id.toml")
        directory.write(
            "id = \"school-safety\"\ntitle = \"重复\"\n[[items]]\ngroup = \"a\"\ntext = \"b\"\n",
            to: "templates/duplicate.toml")
        let library = TemplateLibrary(folder: directory.url.appendingPathComponent("templates"))
        let sanitation = library.template(id: "sanitation")
        XCTAssertEqual(sanitation?.title.en, "Sanitation check")
        XCTAssertEqual(sanitation?.items.map(\.veto), [false, true])
        XCTAssertEqual(sanitation?.file, "templates/sanitation.toml")
        XCTAssertEqual(
            library.problems.map { $0.line(.en) },
            [
                "templates/duplicate.toml: id: \"school-safety\" is already used by another template",
                "templates/id.toml: line 1: id must be lowercase letters, digits and hyphens",
                "templates/inf.toml: line 3: item 1: weight must be a number above 0 and at most 100",
                "templates/nan.toml: line 4: threshold must be a number from 0 to 100",
                "templates/syntax.toml: line 2: Error while parsing array: encountered end-of-file",
                "templates/weights.toml: line 4: the weights of a scored template must add up to 100, not 30",
            ])
        XCTAssertEqual(library.templates.count, 7, "six built in and the good one")
    }
}

/// Who may take which step in which state: the whole matrix, decided in
/// Core by `ChecklistWorkflow.refusal`, which every screen asks.
final class ChecklistPermissionTests: XCTestCase {
    let clerk = Actor(role: .clerk, name: "填报员")
    let supervisor = Actor(role: .supervisor, name: "王")

    private func checklist(in state: ChecklistState) -> Checklist {
        Checklist(
            id: "k", templateID: "t", title: "考评", period: "2025年", scored: false, threshold: 100,
            items: [ChecklistItem(id: "i", group: "组", text: "项", weight: 1, result: .pass)], state: state)
    }

    func testTheRoleTimesActionTimesStateMatrix() {
        // For each step: the role that may take it and the states it may be taken in.
        let allowed: [ChecklistWorkflow.Step: (UserRole, Set<ChecklistState>)] = [
            .edit: (.clerk, [.draft, .returned]), .delete: (.clerk, [.draft, .returned]),
            .submit: (.clerk, [.draft, .returned]), .approve: (.supervisor, [.submitted]),
            .giveBack: (.supervisor, [.submitted]), .reopen: (.supervisor, [.approved]),
            .create: (.clerk, Set(ChecklistState.allCases)), .review: (.supervisor, Set(ChecklistState.allCases)),
            .followUp: (.clerk, [.approved]), .verify: (.supervisor, [.approved]),
        ]
        for step in ChecklistWorkflow.Step.allCases {
            let (role, states) = allowed[step]!
            for actor in [clerk, supervisor] {
                for state in ChecklistState.allCases {
                    let refusal = ChecklistWorkflow.refusal(step, checklist(in: state), by: actor)
                    let expected = actor.role == role && states.contains(state)
                    XCTAssertEqual(
                        refusal == nil, expected, "\(step) by \(actor.role) on \(state): \(String(describing: refusal))"
                    )
                    if actor.role != role {
                        XCTAssertEqual(
                            refusal, role == .clerk ? L.clerkOnly : L.supervisorOnly, "the role is named first")
                    }
                }
            }
        }
    }

    func testEveryStepChecksTheActorItself() {
        let submitted = checklist(in: .submitted)
        XCTAssertThrowsError(
            try ChecklistWorkflow.approve(submitted, in: "c-a", by: clerk, comment: "", at: Date()).get())
        XCTAssertThrowsError(
            try ChecklistWorkflow.returnForChanges(submitted, in: "c-a", by: clerk, comment: "改", at: Date()).get())
        XCTAssertThrowsError(try ChecklistWorkflow.submit(checklist(in: .draft), by: supervisor, at: Date()).get())
        XCTAssertThrowsError(
            try ChecklistWorkflow.setResult(.fail, ofItem: "i", in: checklist(in: .draft), by: supervisor).get())
        XCTAssertThrowsError(
            try ChecklistWorkflow.reopen(checklist(in: .approved), in: "c-a", by: clerk, comment: "", at: Date()).get())
        let community = Community(id: "c-a", name: "甲", checklists: [checklist(in: .draft)])
        XCTAssertThrowsError(try community.deletingChecklist("k", by: supervisor).get())
        XCTAssertEqual(try community.deletingChecklist("k", by: clerk).get().checklists, [])
    }

    func testTheReviewerIsTheLastDecisionEverywhere() throws {
        let time = Date(timeIntervalSince1970: 1_750_000_000)
        var sent = try ChecklistWorkflow.submit(checklist(in: .draft), by: clerk, at: time).get()
        sent = try ChecklistWorkflow.approve(
            sent, in: "c-a", by: Actor(role: .supervisor, name: "甲审核"), comment: "", at: time
        )
        .get()
        sent = try ChecklistWorkflow.reopen(
            sent, in: "c-a", by: Actor(role: .supervisor, name: "乙审核"), comment: "复查", at: time
        )
        .get()
        let reviewer = { (checklist: Checklist) in
            Summary(
                communities: [Community(id: "c-a", name: "甲", street: "街", checklists: [checklist])], year: 2025,
                scope: "甲", language: .zh, today: LocalDate(year: 2025, month: 9, day: 1)!, templates: [],
                trusted: TrustedReviewers()
            ).communities[0].checklists[0].reviewer
        }
        XCTAssertEqual(reviewer(sent), "乙审核", "the reopening is the last decision, not the approval")
        sent = try ChecklistWorkflow.submit(sent, by: clerk, at: time).get()
        XCTAssertEqual(sent.lastDecision?.reviewer, "乙审核")
        XCTAssertNil(reviewer(sent), "resubmitted, it awaits a new decision: the reopening is not shown as current")
    }
}

/// Attainment counts the year asked for, not whatever checklist is last.
final class AttainmentByYearTests: XCTestCase {
    func testAttainmentAndTheSummaryTakeTheYear() throws {
        let time = Date(timeIntervalSince1970: 1_700_000_000)
        let clerk = Actor(role: .clerk, name: "填报员")
        let supervisor = Actor(role: .supervisor, name: "王", signer: ReviewSigner.sample)
        let trusted = TrustedReviewers([
            TrustedReviewers.Reviewer(name: "王", key: ReviewSigner.sample?.publicKeyText ?? "")
        ])
        func filled(_ period: String) -> Checklist {
            Checklist(
                id: "k-" + period, templateID: "t", title: "考评", period: period, scored: false, threshold: 100,
                items: [ChecklistItem(id: "i", group: "组", text: "项", weight: 1, result: .pass)])
        }
        let approved2024 = try ChecklistWorkflow.approve(
            ChecklistWorkflow.submit(filled("2024年"), by: clerk, at: time).get(), in: "c-a", by: supervisor,
            comment: "",
            at: time
        ).get()
        let draft2026 = filled("2026年")
        let community = Community(id: "c-a", name: "甲", street: "街", checklists: [approved2024, draft2026])
        XCTAssertTrue(Attainment.attains(community, templateID: "t", year: 2024, trusted: trusted))
        XCTAssertFalse(Attainment.attains(community, templateID: "t", year: 2026, trusted: trusted))
        XCTAssertFalse(
            Attainment.attains(community, templateID: "t", year: 2025, trusted: trusted),
            "no checklist that year: not met")
        let other = Community(id: "c-b", name: "乙", street: "街")
        let template = ChecklistTemplate(
            id: "t", title: Localized(zh: "考评", en: "Check"), scored: false, threshold: 100, items: [])
        let summary = Summary(
            communities: [community, other], year: 2024, scope: "区", language: .zh,
            today: LocalDate(year: 2026, month: 3, day: 1)!, templates: [template], trusted: trusted)
        XCTAssertEqual(
            summary.rollup?.attainment.first?.rows.first?.attained, 1, "a 2024 summary made in 2026 counts 2024")
        XCTAssertEqual(summary.rollup?.rows.first?.checklistsPassing, 1)
    }
}

/// Record ids are file names: never one a command line takes for an option.
final class RecordIDTests: XCTestCase {
    func testIdsStartWithALetterOrDigit() {
        XCTAssertTrue(RecordID.isValid("c-demo04"))
        XCTAssertTrue(RecordID.isValid("2025-k"))
        for bad in ["-", "--force", "-c", "", "C-1", "c_1", "社区"] { XCTAssertFalse(RecordID.isValid(bad), bad) }
    }
}
