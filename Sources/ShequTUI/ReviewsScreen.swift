import ShequCore

/// The supervisor's Reviews screen: every submitted checklist across all
/// communities, oldest first, with filters by street and standard, and the
/// attainment rate per street.
public struct ReviewsPage: Sendable {
    var list = ListState()
    var street: String?
    var templateID: String?
}

/// What a key does on the Reviews screen.
enum ReviewsAction: Sendable {
    case move, open, approve, giveBack, street, template, undo, redo, export, back
}

extension AppState {
    static let reviewsKeys = KeyTable<ReviewsAction>(
        Movement.bindings(ReviewsAction.move) + [
            KeyBinding([.enter], "Enter", L.keyOpenChecklist, .open, hint: true),
            KeyBinding([.char("a")], "a", L.keyApprove, .approve, hint: true),
            KeyBinding([.char("r")], "r", L.keyReturn, .giveBack, hint: true),
            KeyBinding([.char("S")], "S", L.keyFilterStreet, .street),
            KeyBinding([.char("T")], "T", L.keyFilterTemplate, .template),
            SharedKeys.undo(.undo), SharedKeys.redo(.redo), SharedKeys.export(.export),
            SharedKeys.back(.back, L.keyCommunities),
        ])

    /// The queue's cells, made once per change of the data or the filters:
    /// a district's queue has hundreds of rows, each with a date and a score.
    private func reviewRows(_ page: ReviewsPage, _ entries: [ReviewQueue.Entry]) -> [[Table.Cell]] {
        let key = MemoKey(
            version: communitiesVersion,
            parts: [page.street ?? "\u{0}", page.templateID ?? "\u{0}", language.rawValue])
        return reviewRowsMemo.value(for: key) {
            entries.map { review in
                [
                    Table.Cell(review.submitted.map { LocalDate.of($0).description } ?? ""),
                    Table.Cell(review.community.name),
                    Table.Cell(review.community.street),
                    Table.Cell(review.checklist.title), scoreCell(review.checklist),
                ]
            }
        }
    }

    /// Submitted checklists that pass the filters, oldest submission first.
    func pendingReviews(_ page: ReviewsPage) -> [ReviewQueue.Entry] {
        let key = MemoKey(version: communitiesVersion, parts: [page.street ?? "\u{0}", page.templateID ?? "\u{0}"])
        return pendingMemo.value(for: key) {
            ReviewQueue.pending(communities, street: page.street, templateID: page.templateID)
        }
    }

    /// The standard whose attainment is shown: the filtered one, else 五好.
    private func attainmentTemplate(_ page: ReviewsPage) -> ChecklistTemplate? {
        templates.first { $0.id == (page.templateID ?? BuiltInTemplates.fiveGood.id) }
    }

    private var streets: [String] {
        streetsMemo.value(for: communitiesVersion) { ChineseOrder.distinct(communities.map(\.street)) }
    }

    /// The standard's attainment this year across the communities held.
    private func attainment(of template: ChecklistTemplate) -> Attainment? {
        let key = MemoKey(
            version: communitiesVersion,
            parts: [template.id, "\(today.year)", language.rawValue] + trusted.reviewers.map(\.key))
        return attainmentMemo.value(for: key) {
            let district = communities.first?.district ?? ""
            return Attainment(
                templateID: template.id, year: today.year, communities: communities,
                districtName: district.isEmpty ? language(L.allCommunities) : district, trusted: trusted)
        }
    }

    /// "(reading 12/109)" while the listing or the communities' files are
    /// still being read; nil once everything is.
    private var readingProgress: String? {
        guard unlistedTotal != nil || !partial.isEmpty else { return nil }
        return language(
            L.readingCommunities(communities.count - partial.count, unlistedTotal ?? communities.count))
    }

    /// Rows the attainment block takes: a title, one per street, the district.
    private var attainmentRows: Int { streets.count + 2 }

    /// The queue's table, below the attainment block and the filter line.
    var reviewsTable: TableLayout {
        TableLayout(top: attainmentRows + 2, visibleRows: max(1, size.rows - Chrome.rows - attainmentRows - 2))
    }

    /// The entry of the queue that is selected.
    func selectedReview(_ page: ReviewsPage) -> ReviewQueue.Entry? {
        let rows = pendingReviews(page)
        return rows.indices.contains(page.list.selected) ? rows[page.list.selected] : nil
    }

    /// Why a decision cannot be taken: the workflow decides by role and
    /// state, then the file may be read-only.
    func reviewsRefusal(_ action: ReviewsAction, _ page: ReviewsPage) -> Localized? {
        let step: ChecklistWorkflow.Step
        switch action {
        case .approve: step = .approve
        case .giveBack: step = .giveBack
        default: return nil
        }
        let selected = selectedReview(page)
        return ChecklistWorkflow.refusal(step, selected?.checklist, by: actor)
            ?? selected.flatMap { reasonNotEditable(id: $0.community.id) }
    }

    mutating func updateReviews(_ key: Key) -> KeyResult {
        guard case .reviews(var page) = pages.last else { return .unhandled }
        let lookup = Self.reviewsKeys.lookup(key, refusal: { reviewsRefusal($0, page) })
        guard case .action(let action) = lookup else { return reject(lookup) }
        let rows = pendingReviews(page)
        let selected = selectedReview(page)
        var effects: [Effect] = []
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.list.move(movement, count: rows.count, visible: reviewsTable.visibleRows)
            }
        case .open, .approve, .giveBack:
            guard let selected else {
                say(L.nothingSelected)
                return .done
            }
            let (communityID, checklist) = (selected.community.id, selected.checklist)
            switch action {
            case .approve: prompt = .approveChecklist(communityID, checklist.id)
            case .giveBack:
                effects = openRecordForm(
                    ReturnDraft(checklist: checklist, reviewer: actor, time: environment.clock.now()),
                    communityID: communityID)
            default:
                pages.append(.checklist(ChecklistPage(communityID: communityID, checklistID: checklist.id)))
                return .done
            }
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
        page.list.apply(mouse, layout: reviewsTable, count: pendingReviews(page).count)
        pages[pages.count - 1] = .reviews(page)
    }

    func renderReviews(_ page: ReviewsPage, into buffer: inout ScreenBuffer) {
        Chrome.drawTitle(language(L.appName) + " > " + language(L.reviews), right: Chrome.badge(self), into: &buffer)
        var row = 1
        if let template = attainmentTemplate(page), let attainment = attainment(of: template) {
            let loading = readingProgress.map { "  " + $0 } ?? ""
            buffer.write(
                language(L.attainmentOf(language(template.title))) + loading, column: 2, row: row,
                width: size.columns - 3, role: .header)
            let nameWidth = (attainment.streets + [attainment.district]).map { DisplayWidth.of($0.name) }.max() ?? 0
            for line in attainment.streets + [attainment.district] {
                row += 1
                let bar = ProgressText.bar(line.percent, width: 20)
                var x =
                    2
                    + buffer.write(
                        DisplayWidth.fit(line.name, to: nameWidth), column: 2, row: row,
                        role: line.name == attainment.district.name ? .header : .normal)
                x += buffer.write(
                    DisplayWidth.fit("\(line.attained)/\(line.total)", to: 7, alignRight: true) + "  ", column: x,
                    row: row)
                x += buffer.write(String(repeating: "#", count: bar.filled), column: x, row: row, role: .progress)
                x += buffer.write(String(repeating: "-", count: bar.empty), column: x, row: row, role: .dim)
                buffer.write(DisplayWidth.fit("\(line.percent)%", to: 5, alignRight: true), column: x, row: row)
            }
        }
        row = reviewsTable.top - 1
        let all = language(L.all)
        let filters =
            language(L.street) + colon + (page.street ?? all) + "  " + language(L.checklistTemplate) + colon
            + (page.templateID.flatMap { id in templates.first { $0.id == id } }.map { language($0.title) } ?? all)
        buffer.write(filters, column: 2, row: row, width: size.columns - 3, role: .dim)
        let rows = pendingReviews(page)
        if rows.isEmpty {
            // While files are still being read, an empty queue says so rather than that nothing waits.
            buffer.write(readingProgress ?? language(L.nothingToReview), column: 2, row: row + 2, role: .dim)
        } else {
            let table = Table(
                columns: [
                    .init(title: language(L.submittedOn), shrinks: false), .init(title: language(L.communities)),
                    .init(title: language(L.street)),
                    .init(title: language(L.checklist)), .init(title: language(L.score), shrinks: false),
                ],
                rows: reviewRows(page, rows))
            table.draw(into: &buffer, layout: reviewsTable, state: page.list)
        }
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(Self.reviewsKeys.hints(refusal: { reviewsRefusal($0, page) }), state: self, into: &buffer)
    }
}
