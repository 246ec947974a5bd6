import Foundation
import ShequDomain
import ShequText

/// The supervisor's Reviews screen: the queues across communities — to
/// review (oldest first), returned, approved, to recheck, rectifications
/// past due — each with its count, filters by street and standard, marks
/// for approving several at once, and the district's attainment in one line.
public struct ReviewsPage: Sendable {
    var list = ListState()
    var street: String?
    var templateID: String?
    var queue = ReviewQueue.Queue.submitted
    /// Checklists marked for approving together, as "community/checklist".
    var marked: Set<String> = []
}

/// What a key does on the Reviews screen.
enum ReviewsAction: Sendable {
    case move, open, approve, giveBack, reopen, mark, nextQueue, previousQueue, street, template, matrix, undo, redo
    case export, sync, back
}

extension ReviewQueue.Entry {
    /// The key of the entry's checklist among all the district's.
    var key: String { community.id + "/" + checklist.id }
}

extension AppState {
    static let reviewsKeys = KeyTable<ReviewsAction>(
        Movement.bindings(ReviewsAction.move) + [
            KeyBinding([.char("a")], "a", L.keyApprove, .approve, hint: true),
            KeyBinding([.char("r")], "r", L.keyReturn, .giveBack, hint: true),
            KeyBinding([.char("O")], "O", L.keyReopen, .reopen, hint: true),
            KeyBinding([.enter], "Enter", L.keyOpenChecklist, .open, hint: true),
            KeyBinding([.char(" ")], "Space", L.keyMarkForApproval, .mark, hint: true),
            KeyBinding([.tab], "Tab", L.keyNextQueue, .nextQueue, hint: true),
            KeyBinding([.backTab], "Shift-Tab", L.keyPreviousQueue, .previousQueue),
            KeyBinding([.char("M")], "M", L.keyAttainmentMatrix, .matrix, hint: true),
            KeyBinding([.char("S")], "S", L.keyFilterStreet, .street),
            KeyBinding([.char("T")], "T", L.keyFilterTemplate, .template),
            SharedKeys.undo(.undo), SharedKeys.redo(.redo), SharedKeys.export(.export),
            KeyBinding([.char("s")], "s", L.keySync, .sync),
            SharedKeys.back(.back, L.keyCommunities),
        ])

    /// Every queue, made once per change of the data, the filters or the day.
    func reviewQueues(_ page: ReviewsPage) -> [ReviewQueue.Queue: [ReviewQueue.Entry]] {
        // Worked out once for the whole district; a filter only picks from it, so that S and T stay quick.
        let whole = queuesMemo.value(
            for: MemoKey(version: communitiesVersion, parts: [today.description] + trusted.reviewers.map(\.key))
        ) {
            ReviewQueue.all(communities, trusted: trusted, today: today)
        }
        guard page.street != nil || page.templateID != nil else { return whole }
        let key = MemoKey(
            version: communitiesVersion,
            parts: [page.street ?? "\u{0}", page.templateID ?? "\u{0}", today.description]
                + trusted.reviewers.map(\.key))
        return filteredQueuesMemo.value(for: key) {
            whole.mapValues { entries in
                entries.filter {
                    (page.street == nil || $0.community.street == page.street)
                        && (page.templateID == nil || $0.checklist.templateID == page.templateID)
                }
            }
        }
    }

    /// The entries of the queue that is showing.
    func reviewEntries(_ page: ReviewsPage) -> [ReviewQueue.Entry] {
        reviewQueues(page)[page.queue] ?? []
    }

    /// The queue's cells, made once per change of the data, the filters,
    /// the queue or the marks: a district's queue has hundreds of rows.
    private func reviewRows(_ page: ReviewsPage, _ entries: [ReviewQueue.Entry]) -> [[Table.Cell]] {
        let key = MemoKey(
            version: communitiesVersion,
            parts: [
                page.street ?? "\u{0}", page.templateID ?? "\u{0}", "\(page.queue)", language.rawValue,
                page.marked.sorted().joined(separator: ","), today.description,
            ])
        let clock = LocalTime(environment.clock.timeZone)
        return reviewRowsMemo.value(for: key) {
            entries.map { entry in
                let checklist = entry.checklist
                let when =
                    page.queue == .overdue
                    ? (entry.overdue.compactMap(\.rectification?.due).min()?.description ?? "")
                    : page.queue == .verify
                        ? (entry.overdue.compactMap { checklist.followUp(of: $0.id)?.date }.max()?.description ?? "")
                        : entry.time.map(clock.minute) ?? ""
                let last: Table.Cell
                switch page.queue {
                case .submitted:
                    // A resubmission says how much changed since it was returned, which its page lists.
                    let score = scoreCell(checklist)
                    let changes = ReturnChanges(checklist, communityID: entry.community.id, trusted: trusted)
                    last =
                        changes.map { changes in
                            Table.Cell(
                                score.text + "  "
                                    + language(
                                        changes.holds
                                            ? L.changedSinceReturnShort(changes.changes.count)
                                            : L.returnedItemsDoNotHold),
                                role: changes.holds ? .warn : .fail)
                        } ?? score
                case .approved: last = scoreCell(checklist)
                case .returned: last = Table.Cell(VisibleText.of(checklist.reviews.last?.comment ?? ""))
                case .recheck:
                    let status = ApprovalSignature.approvalStatus(
                        of: checklist, communityID: entry.community.id, name: entry.community.name, trusted: trusted)
                    last = Table.Cell(status.map { language($0.label) } ?? "", role: .fail)
                case .overdue:
                    last = Table.Cell(
                        language(L.overdueRectifications(entry.overdue.count, VisibleText.of(entry.overdue[0].text))),
                        role: .fail)
                case .verify:
                    last = Table.Cell(
                        language(L.fixesToVerify(entry.overdue.count, VisibleText.of(entry.overdue[0].text))),
                        role: .warn)
                }
                return [
                    page.marked.contains(entry.key) ? Table.Cell("*", role: .key) : Table.Cell(" "), Table.Cell(when),
                    Table.Cell(entry.community.name), Table.Cell(entry.community.street),
                    Table.Cell(checklist.title + language.parenthesized(checklist.period)), last,
                ]
            }
        }
    }

    private var streets: [String] {
        streetsMemo.value(for: communitiesVersion) { ChineseOrder.distinct(communities.map(\.street)) }
    }

    /// "(reading 12/109)" while the listing or the communities' files are
    /// still being read; nil once everything is.
    var readingProgress: String? {
        guard unlistedTotal != nil || !partial.isEmpty else { return nil }
        return language(
            L.readingCommunities(communities.count - partial.count, unlistedTotal ?? communities.count))
    }

    /// The queue's table below the queue line, the attainment line and the filter line.
    var reviewsTable: TableLayout {
        TableLayout(top: 4, visibleRows: max(1, size.rows - Chrome.rows - 4))
    }

    /// The entry of the queue that is selected.
    func selectedReview(_ page: ReviewsPage) -> ReviewQueue.Entry? {
        let rows = reviewEntries(page)
        return rows.indices.contains(page.list.selected) ? rows[page.list.selected] : nil
    }

    /// The checklists `a` approves: the marked ones, else the selected one.
    func approvalSubjects(_ page: ReviewsPage) -> [ReviewQueue.Entry] {
        guard page.queue == .submitted else { return [] }
        let marked = reviewEntries(page).filter { page.marked.contains($0.key) }
        return marked.isEmpty ? selectedReview(page).map { [$0] } ?? [] : marked
    }

    /// Why a decision cannot be taken: the workflow decides by role and
    /// state, then the file may be read-only.
    func reviewsRefusal(_ action: ReviewsAction, _ page: ReviewsPage) -> Localized? {
        let step: ChecklistWorkflow.Step
        switch action {
        case .approve, .mark: step = .approve
        case .giveBack: step = .giveBack
        case .reopen: step = .reopen
        case .sync: return syncRefusal
        default: return nil
        }
        if let why = ChecklistWorkflow.refusal(step, nil, by: actor) { return why }
        switch action {
        case .mark where page.queue != .submitted: return L.onlySubmittedCanBeDecided
        case .approve:
            let subjects = approvalSubjects(page)
            guard !subjects.isEmpty else { return page.queue == .submitted ? nil : L.onlySubmittedCanBeDecided }
            return subjects.lazy.compactMap { self.reasonNotEditable(id: $0.community.id) }.first
        default:
            let selected = selectedReview(page)
            return ChecklistWorkflow.refusal(step, selected?.checklist, by: actor)
                ?? selected.flatMap { reasonNotEditable(id: $0.community.id) }
        }
    }

    mutating func updateReviews(_ key: Key) -> KeyResult {
        guard case .reviews(var page) = pages.last else { return .unhandled }
        let lookup = Self.reviewsKeys.lookup(key, refusal: { reviewsRefusal($0, page) })
        guard case .action(let action) = lookup else { return reject(lookup) }
        let rows = reviewEntries(page)
        let selected = selectedReview(page)
        var effects: [Effect] = []
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.list.move(movement, count: rows.count, visible: reviewsTable.visibleRows)
            }
        case .nextQueue, .previousQueue:
            let queues = ReviewQueue.Queue.allCases
            let step = action == .nextQueue ? 1 : queues.count - 1
            page.queue = queues[((queues.firstIndex(of: page.queue) ?? 0) + step) % queues.count]
            page.list = ListState()
        case .mark:
            guard let selected else {
                say(L.nothingSelected)
                return .done
            }
            if page.marked.remove(selected.key) == nil { page.marked.insert(selected.key) }
            page.list.move(.down, count: rows.count, visible: reviewsTable.visibleRows)
        case .approve:
            let subjects = approvalSubjects(page)
            guard !subjects.isEmpty else {
                say(L.nothingSelected)
                return .done
            }
            page.marked = []
            effects = openDecision(.approve, on: subjects.map { ($0.community, $0.checklist) })
        case .open, .giveBack, .reopen:
            guard let selected else {
                say(L.nothingSelected)
                return .done
            }
            switch action {
            case .giveBack: effects = openDecision(.giveBack, on: [(selected.community, selected.checklist)])
            case .reopen: effects = openDecision(.reopen, on: [(selected.community, selected.checklist)])
            default:
                pages.append(
                    .checklist(ChecklistPage(communityID: selected.community.id, checklistID: selected.checklist.id)))
                return .done
            }
        case .matrix:
            pages.append(.attainment(AttainmentPage()))
            return .done
        case .street:
            let options: [String?] = [nil] + streets
            page.street = options[((options.firstIndex(of: page.street) ?? 0) + 1) % options.count]
            page.list = ListState()
        case .template:
            let options: [String?] = [nil] + templates.map(\.id)
            page.templateID = options[((options.firstIndex(of: page.templateID) ?? 0) + 1) % options.count]
            page.list = ListState()
        case .undo: effects = undo()
        case .redo: effects = redo()
        case .sync:
            return .handled(startSync())
        case .export:
            let district = communities.first?.district ?? ""
            return .handled(
                openExport(
                    street: page.street,
                    scopeLabel: page.street ?? (district.isEmpty ? language(L.allCommunities) : district)))
        case .back:
            pages.removeLast()
            return .done
        }
        if let index = pages.lastIndex(where: { if case .reviews = $0 { true } else { false } }) {
            pages[index] = .reviews(page)
        }
        return .handled(effects)
    }

    mutating func reviewsMouse(_ mouse: MouseEvent) {
        guard case .reviews(var page) = pages.last else { return }
        page.list.apply(mouse, layout: reviewsTable, count: reviewEntries(page).count)
        pages[pages.count - 1] = .reviews(page)
    }

    func renderReviews(_ page: ReviewsPage, into buffer: inout ScreenBuffer) {
        Chrome.drawTitle(language(L.appName) + " > " + language(L.reviews), right: Chrome.badge(self), into: &buffer)
        // The queues and their counts, the one showing highlighted.
        let queues = reviewQueues(page)
        let labels = ReviewQueue.Queue.allCases.map { language($0.label) + " " + String(queues[$0]?.count ?? 0) }
        // Padded where they fit, else packed: six queues at 60 columns.
        let padded = labels.reduce(0) { $0 + DisplayWidth.of($1) + 3 } <= size.columns - 2
        var x = 1
        for (queue, label) in zip(ReviewQueue.Queue.allCases, labels) {
            x +=
                buffer.write(
                    padded ? " " + label + " " : label, column: x, row: 1,
                    role: queue == page.queue ? .selected : .tab) + 1
        }
        // The district's attainment of the standard filtered, else of the one most communities have begun
        // (五好 among equals): a standard no one started is not the headline's 0/1.
        let matrix = attainmentMatrix()
        let begun = matrix.columns.filter { $0.district.started > 0 }
            .max {
                ($0.district.started, $0.templateID == BuiltInTemplates.fiveGood.id ? 1 : 0)
                    < ($1.district.started, $1.templateID == BuiltInTemplates.fiveGood.id ? 1 : 0)
            }
        // While files are still read, what is begun is not known yet: 五好 stands in, with the progress.
        let standIn = readingProgress == nil ? nil : BuiltInTemplates.fiveGood.id
        let template = templates.first { $0.id == (page.templateID ?? begun?.templateID ?? standIn) }
        if let problem = trusted.problems.first {
            // Whom the street trusts is in doubt: that comes before any figure that depends on it.
            let text = language(L.trustProblem(problem.line(language), trusted.problems.count))
            buffer.write(text, column: 2, row: 2, width: size.columns - 3, role: .warn)
        } else if let template, let line = matrix.column(template.id)?.district {
            let text =
                language(
                    L.attainmentLine(
                        matrix.year, language(template.title), line.attained, line.total, line.percentText))
                + (readingProgress.map { "  " + $0 } ?? "")
            buffer.write(text, column: 2, row: 2, width: size.columns - 3, role: .dim)
        } else if page.templateID == nil, readingProgress == nil {
            buffer.write(
                language(L.noStandardBegun(matrix.year)), column: 2, row: 2, width: size.columns - 3, role: .dim)
        }
        let all = language(L.all)
        var filters =
            language(L.street) + colon + (page.street ?? all) + "  " + language(L.checklistTemplate) + colon
            + (page.templateID.flatMap { id in templates.first { $0.id == id } }.map { language($0.title) } ?? all)
        if !page.marked.isEmpty { filters += "  " + language(L.markedCount(page.marked.count)) }
        buffer.write(filters, column: 2, row: 3, width: size.columns - 3, role: .dim)
        let rows = reviewEntries(page)
        if rows.isEmpty {
            // While files are still being read, an empty queue says so rather than that nothing waits.
            buffer.write(readingProgress ?? language(L.queueEmpty), column: 2, row: 5, role: .dim)
        } else {
            let lastTitle: Localized =
                switch page.queue {
                case .submitted, .approved: L.score
                case .returned: L.reviewComment
                case .recheck: L.signatureColumn
                case .overdue, .verify: L.rectification
                }
            let whenTitle: Localized =
                switch page.queue {
                case .submitted: L.submittedOn
                case .returned: L.returnedOn
                case .approved, .recheck: L.approvedOn
                case .overdue: L.dueDate
                case .verify: L.followUpDate
                }
            let table = Table(
                columns: [
                    .init(title: "", shrinks: false), .init(title: language(whenTitle), shrinks: false),
                    .init(title: language(L.communities)), .init(title: language(L.street)),
                    .init(title: language(L.checklist)), .init(title: language(lastTitle)),
                ],
                rows: reviewRows(page, rows))
            table.draw(into: &buffer, layout: reviewsTable, state: page.list)
        }
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(Self.reviewsKeys.hints(refusal: { reviewsRefusal($0, page) }), state: self, into: &buffer)
    }
}
