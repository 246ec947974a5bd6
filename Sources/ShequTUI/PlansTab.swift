import ShequDomain
import ShequText

// MARK: - The Plans tab of a community

extension AppState {
    static let plansTabKeys = KeyTable<CommunityAction>(
        Movement.bindings(CommunityAction.move) + [
            KeyBinding([.enter], "Enter", L.keyOpenPlan, .open, hint: true),
            KeyBinding([.char("n")], "n", L.keyNewPlan, .new, hint: true),
            KeyBinding([.char("e")], "e", L.keyEditPlan, .edit, hint: true),
            KeyBinding([.char("c")], "c", L.keyCopyPlan, .copy, hint: true),
            KeyBinding([.char("d"), .delete], "d Del", L.keyDeletePlan, .delete),
        ] + communityCommonKeys)

    /// The community's plans, newest year first.
    func plansInOrder(_ communityID: String) -> [Plan] {
        (community(id: communityID)?.plans ?? []).sorted { ($0.year, $1.title) > ($1.year, $0.title) }
    }

    mutating func updatePlansTab(_ action: CommunityAction, key: Key) -> [Effect] {
        guard var page = communityPage else { return [] }
        let plans = plansInOrder(page.communityID)
        let selected = plans.indices.contains(page.plans.selected) ? plans[page.plans.selected] : nil
        switch action {
        case .move:
            if let movement = Movement.of(key) {
                page.plans.move(movement, count: plans.count, visible: communityTabTable.visibleRows)
            }
        case .open:
            guard let plan = selected else {
                say(L.nothingSelected)
                return []
            }
            pages.append(.plan(PlanPage(communityID: page.communityID, planID: plan.id)))
            return []
        case .new:
            return openRecordForm(PlanDraft(plan: nil, today: today), communityID: page.communityID)
        case .edit:
            guard let plan = selected else {
                say(L.nothingSelected)
                return []
            }
            return openRecordForm(PlanDraft(plan: plan, today: today), communityID: page.communityID)
        case .copy:
            guard let plan = selected else {
                say(L.nothingSelected)
                return []
            }
            return openRecordForm(PlanCopyDraft(copying: plan), communityID: page.communityID)
        case .delete:
            guard let plan = selected else {
                say(L.nothingSelected)
                return []
            }
            prompt = .deletePlan(page.communityID, plan.id)
        default: break
        }
        setCommunityPage(page)
        return []
    }

    func renderPlansTab(_ page: CommunityPage, into buffer: inout ScreenBuffer) {
        guard let community = community(id: page.communityID) else { return }
        let plans = plansInOrder(page.communityID)
        if plans.isEmpty {
            buffer.write(language(L.noPlans), column: 2, row: 3, role: .dim)
            return
        }
        let barWidth = size.columns >= 100 ? 20 : 10
        let table = Table(
            columns: [
                .init(title: language(L.year), alignRight: true, shrinks: false), .init(title: language(L.planTitle)),
                .init(title: language(L.category)),
                .init(title: language(L.tasksMet), alignRight: true, shrinks: false),
                .init(title: language(L.progress), shrinks: false), .init(title: "%", alignRight: true, shrinks: false),
            ],
            rows: plans.map { plan in
                let progress = PlanProgress(plan: plan, community: community, today: today)
                let bar = ProgressText.bar(progress.percent, width: barWidth)
                return [
                    Table.Cell(String(plan.year)), Table.Cell(plan.title), Table.Cell(language(plan.category.label)),
                    Table.Cell("\(progress.met)/\(plan.tasks.count)"),
                    Table.Cell(
                        String(repeating: "#", count: bar.filled) + String(repeating: "-", count: bar.empty),
                        role: .progress, emphasis: bar.filled),
                    Table.Cell("\(progress.percent)%"),
                ]
            })
        table.draw(into: &buffer, layout: communityTabTable, state: page.plans)
    }
}
