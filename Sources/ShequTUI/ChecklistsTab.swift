import ShequDomain
import ShequText

// MARK: - The Checklists tab of a community

extension AppState {
    static let checklistsTabKeys = KeyTable<CommunityAction>(
        Movement.bindings(CommunityAction.move) + [
            KeyBinding([.enter], "Enter", L.keyOpenChecklist, .open, hint: true),
            KeyBinding([.char("n")], "n", L.newChecklist, .new, hint: true),
            KeyBinding([.char("c")], "c", L.keyCopyChecklist, .copy),
            KeyBinding([.char("d"), .delete], "d Del", L.keyDeleteChecklist, .delete),
        ] + communityCommonKeys)

    /// The community's checklists, newest period first.
    func checklistsInOrder(_ communityID: String) -> [Checklist] {
        (community(id: communityID)?.checklists ?? []).latestFirst()
    }

    /// The selected checklist of the tab.
    func selectedChecklist(_ page: CommunityPage) -> Checklist? {
        let checklists = checklistsInOrder(page.communityID)
        return checklists.indices.contains(page.checklists.selected) ? checklists[page.checklists.selected] : nil
    }

    /// Why a Checklists-tab action cannot be taken: the workflow decides
    /// who may start and delete checklists, and in which state.
    func checklistsTabRefusal(_ action: CommunityAction, _ page: CommunityPage) -> Localized? {
        switch action {
        case .new, .copy:
            ChecklistWorkflow.refusal(.create, nil, by: actor) ?? reasonNotEditable(id: page.communityID)
        case .delete:
            ChecklistWorkflow.refusal(.delete, selectedChecklist(page), by: actor)
                ?? reasonNotEditable(id: page.communityID)
        default: nil
        }
    }

    mutating func updateChecklistsTab(_ action: CommunityAction, key: Key) -> [Effect] {
        guard var page = communityPage, let community = community(id: page.communityID) else { return [] }
        let count = checklistsInOrder(page.communityID).count
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.checklists.move(movement, count: count, visible: communityTabTable.visibleRows)
            }
        case .open:
            guard let checklist = selectedChecklist(page) else {
                say(count == 0 ? L.noChecklists : L.nothingSelected)
                return []
            }
            pages.append(.checklist(ChecklistPage(communityID: community.id, checklistID: checklist.id)))
            return []
        case .new:
            return openRecordForm(
                ChecklistDraft(templates: templates, today: today, language: language), communityID: community.id)
        case .copy:
            guard let checklist = selectedChecklist(page) else {
                say(count == 0 ? L.noChecklists : L.nothingSelected)
                return []
            }
            return openRecordForm(ChecklistCopyDraft(copying: checklist), communityID: community.id)
        case .delete:
            guard let checklist = selectedChecklist(page) else {
                say(L.nothingSelected)
                return []
            }
            prompt = .deleteChecklist(community.id, checklist.id)
        default: break
        }
        setCommunityPage(page)
        return []
    }

    /// State text of a checklist; an approval not validly signed by a
    /// trusted reviewer says so ("已通过 · 签名无效") and does not show as met.
    func stateText(_ checklist: Checklist, in communityID: String) -> (String, Role) {
        let name = community(id: communityID)?.name
        switch ApprovalSignature.approvalStatus(of: checklist, communityID: communityID, name: name, trusted: trusted) {
        case .valid?, nil: break
        case let status?:
            let role: Role = status == .legacy ? .warn : .fail
            return (language(checklist.state.label) + " · " + language(status.label), role)
        }
        switch checklist.state {
        case .approved: return (language(checklist.state.label), .ok)
        case .returned: return (language(checklist.state.label), .warn)
        case .submitted, .draft: return (language(checklist.state.label), .normal)
        }
    }

    /// Score text: "85/100 (80)" or "85% " for pass/fail, with the veto mark.
    func scoreCell(_ checklist: Checklist) -> Table.Cell {
        let evaluation = ChecklistEvaluation(checklist)
        let score = evaluation.scoreText(scored: checklist.scored)
        if evaluation.vetoFailed { return Table.Cell(score + " " + language(L.vetoFailed), role: .fail) }
        return Table.Cell(score, role: evaluation.passes ? .ok : nil)
    }

    func renderChecklistsTab(_ page: CommunityPage, into buffer: inout ScreenBuffer) {
        let checklists = checklistsInOrder(page.communityID)
        if checklists.isEmpty {
            buffer.write(language(L.noChecklists), column: 2, row: 3, role: .dim)
            return
        }
        let table = Table(
            columns: [
                .init(title: language(L.period), shrinks: false), .init(title: language(L.checklist)),
                .init(title: language(L.score), shrinks: false), .init(title: language(L.state)),
                .init(title: language(L.openRectificationsShort), alignRight: true, shrinks: false),
            ],
            rows: checklists.map { checklist in
                let (state, role) = stateText(checklist, in: page.communityID)
                let open = ChecklistEvaluation.openRectifications(checklist).count
                // A returned checklist says why right here: what the street office asked for.
                let why = checklist.state == .returned ? checklist.reviews.last?.comment ?? "" : ""
                return [
                    Table.Cell(checklist.period), Table.Cell(checklist.title), scoreCell(checklist),
                    Table.Cell(why.isEmpty ? state : state + colon + VisibleText.of(why), role: role),
                    Table.Cell(open > 0 ? String(open) : "", role: .warn),
                ]
            })
        table.draw(into: &buffer, layout: communityTabTable, state: page.checklists)
    }
}
