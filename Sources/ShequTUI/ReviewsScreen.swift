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
    case move, open, approve, giveBack, street, template, undo, redo, export, help, back
}

/// A submitted checklist waiting for a decision, with its community.
struct PendingReview {
    var community: Community
    var checklist: Checklist
    var submitted: LocalDate?
}

extension AppState {
    static let reviewsKeys = KeyTable<ReviewsAction>(
        Movement.bindings(ReviewsAction.move) + [
            KeyBinding([.enter], "Enter", L.keyOpenChecklist, .open, hint: true),
            KeyBinding([.char("a")], "a", L.keyApprove, .approve, hint: true),
            KeyBinding([.char("r")], "r", L.keyReturn, .giveBack, hint: true),
            KeyBinding([.char("S")], "S", L.keyFilterStreet, .street),
            KeyBinding([.char("T")], "T", L.keyFilterTemplate, .template),
            KeyBinding([.char("u")], "u", L.keyUndo, .undo),
            KeyBinding([.ctrl("r")], "Ctrl-R", L.keyRedo, .redo),
            KeyBinding([.char("x")], "x", L.keyExport, .export),
            KeyBinding([.char("?"), .function(1)], "? F1", L.keyHelp, .help, hint: true),
            KeyBinding([.escape, .char("q")], "Esc q", L.keyCommunities, .back, hint: true),
        ])

    /// Submitted checklists that pass the filters, oldest submission first.
    func pendingReviews(_ page: ReviewsPage) -> [PendingReview] {
        communities.flatMap { community in
            community.checklists.filter { $0.state == .submitted }.map { checklist in
                PendingReview(
                    community: community, checklist: checklist,
                    submitted: checklist.reviews.last { $0.decision == .submitted }.map { LocalDate.of($0.time) })
            }
        }
        .filter {
            (page.street == nil || $0.community.street == page.street)
                && (page.templateID == nil || $0.checklist.templateID == page.templateID)
        }
        .sorted { ($0.submitted ?? today, $0.community.name) < ($1.submitted ?? today, $1.community.name) }
    }

    /// The standard whose attainment is shown: the filtered one, else 五好.
    private func attainmentTemplate(_ page: ReviewsPage) -> ChecklistTemplate? {
        templates.first { $0.id == (page.templateID ?? BuiltInTemplates.fiveGood.id) }
    }

    private var streets: [String] { Array(Set(communities.map(\.street).filter { !$0.isEmpty })).sorted() }

    /// Rows the attainment block takes: a title, one per street, the district.
    private var attainmentRows: Int { streets.count + 2 }

    var reviewsVisibleRows: Int { max(1, size.rows - Chrome.rows - attainmentRows - 2) }

    mutating func updateReviews(_ key: Key) -> [Effect] {
        guard case .reviews(var page) = pages.last, let action = Self.reviewsKeys.action(for: key) else { return [] }
        let rows = pendingReviews(page)
        let selected = rows.indices.contains(page.list.selected) ? rows[page.list.selected] : nil
        var effects: [Effect] = []
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.list.move(movement, count: rows.count, visible: reviewsVisibleRows)
            }
        case .open:
            guard let selected else {
                say(L.nothingSelected)
                return []
            }
            pages.append(
                .checklist(ChecklistPage(communityID: selected.community.id, checklistID: selected.checklist.id)))
            return []
        case .approve:
            guard let selected else {
                say(L.nothingSelected)
                return []
            }
            guard role == .supervisor else {
                say(L.supervisorOnly, error: true)
                return []
            }
            prompt = .approveChecklist(selected.community.id, selected.checklist.id)
        case .giveBack:
            guard let selected else {
                say(L.nothingSelected)
                return []
            }
            guard role == .supervisor else {
                say(L.supervisorOnly, error: true)
                return []
            }
            effects = openRecordForm(
                ReturnDraft(checklist: selected.checklist, reviewer: userName, time: now()),
                communityID: selected.community.id)
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
            return openExport(
                street: page.street,
                scopeLabel: page.street ?? (district.isEmpty ? language(L.allCommunities) : district))
        case .help: showingHelp = true
        case .back:
            pages.removeLast()
            return []
        }
        if let index = pages.lastIndex(where: { if case .reviews = $0 { true } else { false } }) {
            pages[index] = .reviews(page)
        }
        return effects
    }

    func renderReviews(_ page: ReviewsPage, into buffer: inout ScreenBuffer) {
        Chrome.drawTitle(language(L.appName) + " > " + language(L.reviews), right: Chrome.badge(self), into: &buffer)
        var row = 1
        if let template = attainmentTemplate(page) {
            let district = communities.first?.district ?? ""
            let attainment = Attainment(
                templateID: template.id, communities: communities,
                districtName: district.isEmpty ? language(L.allCommunities) : district)
            buffer.write(
                language(L.attainmentOf(language(template.title))), column: 2, row: row, width: size.columns - 3,
                role: .header)
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
        row += 1
        let all = language(L.all)
        let filters =
            language(L.street) + colon + (page.street ?? all) + "  " + language(L.checklistTemplate) + colon
            + (page.templateID.flatMap { id in templates.first { $0.id == id } }.map { language($0.title) } ?? all)
        buffer.write(filters, column: 2, row: row, width: size.columns - 3, role: .dim)
        let rows = pendingReviews(page)
        if rows.isEmpty {
            buffer.write(language(L.nothingToReview), column: 2, row: row + 2, role: .dim)
        } else {
            let table = Table(
                columns: [
                    .init(title: language(L.submittedOn), shrinks: false), .init(title: language(L.communities)),
                    .init(title: language(L.street)),
                    .init(title: language(L.checklist)), .init(title: language(L.score), shrinks: false),
                ],
                rows: rows.map { review in
                    [
                        Table.Cell(review.submitted?.description ?? ""), Table.Cell(review.community.name),
                        Table.Cell(review.community.street),
                        Table.Cell(review.checklist.title), scoreCell(review.checklist),
                    ]
                })
            var list = page.list
            list.clamp(count: rows.count, visible: reviewsVisibleRows)
            table.draw(into: &buffer, top: row + 1, height: reviewsVisibleRows + 1, state: list)
        }
        Chrome.drawMessage(self, into: &buffer)
        Chrome.drawHints(Self.reviewsKeys.hints, language: language, into: &buffer)
    }
}
