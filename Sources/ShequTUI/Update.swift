import ShequCore

// MARK: - The one update path

extension AppState {
    /// Applies a message and returns the effects to run. Keys go to the
    /// prompt, the help overlay or the top screen, in that order.
    public mutating func update(_ msg: Msg) -> [Effect] {
        switch msg {
        case .event(.resize(let size)):
            self.size = size
            home.list.clamp(count: homeRows.count, visible: homeVisibleRows)
            return []
        case .event(.mouse(let mouse)):
            return handleMouse(mouse)
        case .event(.key(let key)):
            return handleKey(key)
        case .changeSaved(let change, let direction):
            recordSaved(change, direction)
            return []
        case .changeFailed(let error):
            say(Localized(zh: error.message(.zh), en: error.message(.en)), error: true)
            return []
        case .communityReloaded(let id, let result):
            communities.removeAll { $0.id == id }
            unreadable.removeAll { $0.file == "communities/\(id).json" }
            switch result {
            case .success(let community): communities += community.map { [$0] } ?? []
            case .failure(let file): unreadable.append(file)
            }
            home.list.clamp(count: homeRows.count, visible: homeVisibleRows)
            return []
        case .exported(let path):
            exportProgress = nil
            say(L.exportedTo(path))
            return []
        case .exportFailed(let why):
            exportProgress = nil
            say(why, error: true)
            return []
        case .sampleLoaded(let communities):
            self.communities = communities
            pages.removeAll { if case .welcome = $0 { true } else { false } }
            home.list = ListState()
            say(L.sampleLoaded(communities.count))
            return []
        }
    }

    private mutating func handleKey(_ key: Key) -> [Effect] {
        if key == .ctrl("c") {
            if recordFormHasUnsavedChanges {
                prompt = .quitDiscardingForm
                return []
            }
            return quit()
        }
        if let question = prompt {
            prompt = nil
            return answer(question, yes: key == .char("y") || key == .char("Y"))
        }
        if showingHelp { return updateHelp(key) }
        if key == .function(1) || (key == .char("?") && !isTyping) {
            showingHelp = true
            helpOffset = 0
            return []
        }
        if key == .char("Q") && !isTyping { return quit() }
        if isTooSmall { return [] }
        switch pages.last {
        case nil: return updateHome(key)
        case .welcome: return updateWelcome(key)
        case .community: return updateCommunityPage(key)
        case .plan: return updatePlanPage(key)
        case .task: return updateTaskPage(key)
        case .record: return updateRecordForm(key)
        case .checklist: return updateChecklistPage(key)
        case .reviews: return updateReviews(key)
        }
    }

    /// True while the keyboard types into a field, so letters are text.
    var isTyping: Bool {
        switch pages.last {
        case .record: return true
        case .community(let page): return page.ledger.textField != nil
        case nil: return home.filterField != nil
        default: return false
        }
    }

    mutating func quit() -> [Effect] {
        isQuitting = true
        return [.quit]
    }

    private mutating func answer(_ question: Prompt, yes: Bool) -> [Effect] {
        switch question {
        case .deleteCommunity(let id):
            guard yes, let community = community(id: id) else {
                say(L.deleteCancelled)
                return []
            }
            return [.save(Change(before: community, after: nil, label: L.changeDelete(community.name)), .apply)]
        case .deletePlan(let id, let planID):
            guard yes, let community = community(id: id), let plan = community.plans.first(where: { $0.id == planID })
            else {
                say(L.deleteCancelled)
                return []
            }
            var updated = community
            updated.plans.removeAll { $0.id == planID }
            let label = L.changeDeletePlan(plan.title)
            return [
                .save(
                    Change(before: community, after: updated, label: label, message: L.deletedWithUndo(label)), .apply)
            ]
        case .deleteTask(let id, let planID, let taskID):
            guard yes, let community = community(id: id),
                let task = community.plans.flatMap(\.tasks).first(where: { $0.id == taskID })
            else {
                say(L.deleteCancelled)
                return []
            }
            var updated = community
            for index in updated.plans.indices where updated.plans[index].id == planID {
                updated.plans[index].tasks.removeAll { $0.id == taskID }
            }
            let kept = updated.activities.filter { $0.taskIDs.contains(taskID) }.count
            for index in updated.activities.indices { updated.activities[index].taskIDs.removeAll { $0 == taskID } }
            let label = L.changeDeleteTask(task.title)
            return [
                .save(
                    Change(
                        before: community, after: updated, label: label,
                        message: L.deletedTaskKeepsActivities(task.title, kept)), .apply)
            ]
        case .deleteChecklist(let id, let checklistID):
            guard yes, let community = community(id: id),
                let checklist = community.checklists.first(where: { $0.id == checklistID })
            else {
                say(L.deleteCancelled)
                return []
            }
            var updated = community
            updated.checklists.removeAll { $0.id == checklistID }
            let label = L.changeDeleteChecklist(checklist.title)
            return [
                .save(
                    Change(before: community, after: updated, label: label, message: L.deletedWithUndo(label)), .apply)
            ]
        case .approveChecklist(let id, let checklistID):
            guard yes else { return [] }
            return approveChecklist(id, checklistID)
        case .deleteActivity(let id, let activityID):
            guard yes, let community = community(id: id),
                let activity = community.activities.first(where: { $0.id == activityID })
            else {
                say(L.deleteCancelled)
                return []
            }
            var updated = community
            updated.activities.removeAll { $0.id == activityID }
            let label = L.changeDeleteActivity(activity.title)
            return [
                .save(
                    Change(before: community, after: updated, label: label, message: L.deletedWithUndo(label)), .apply)
            ]
        case .discardForm:
            if yes {
                pages.removeLast()
                say(L.editCancelled)
            }
            return []
        case .quitDiscardingForm:
            return yes ? quit() : []
        }
    }

    // MARK: Undo and redo

    mutating func undo() -> [Effect] {
        if let why = reasonReadOnly {
            say(why, error: true)
            return []
        }
        guard let change = history.nextUndo else {
            say(L.nothingToUndo)
            return []
        }
        return [.save(change, .undo)]
    }

    mutating func redo() -> [Effect] {
        if let why = reasonReadOnly {
            say(why, error: true)
            return []
        }
        guard let change = history.nextRedo else {
            say(L.nothingToRedo)
            return []
        }
        return [.save(change, .redo)]
    }

    /// Takes in a change that is now on disk: the data, the history, the
    /// message, and the screens (a saved form closes; a page of a deleted
    /// community closes).
    private mutating func recordSaved(_ change: Change, _ direction: ChangeDirection) {
        if let before = change.before { communities.removeAll { $0.id == before.id } }
        if let after = change.after { communities.append(after) }
        history.record(change, direction)
        let name = (change.after ?? change.before)?.name ?? ""
        switch direction {
        case .apply: say(change.message ?? (change.after == nil ? L.deletedCommunity(name) : L.savedCommunity(name)))
        case .undo: say(L.undone(change.label))
        case .redo: say(L.redone(change.label))
        }
        if change.fromForm, direction == .apply, case .record = pages.last { pages.removeLast() }
        let current = self
        pages.removeAll { page in
            switch page {
            case .community(let page): current.community(id: page.communityID) == nil
            case .plan(let page): current.planContext(page.communityID, page.planID) == nil
            case .task(let page):
                current.planContext(page.communityID, page.planID)?.1.tasks.contains { $0.id == page.taskID } != true
            default: false
            }
        }
        if let after = change.after { selectHomeRow(id: after.id) }
        home.list.clamp(count: homeRows.count, visible: homeVisibleRows)
    }

    // MARK: Help overlay

    private mutating func updateHelp(_ key: Key) -> [Effect] {
        switch Movement.of(key) {
        case .up: helpOffset = max(0, helpOffset - 1)
        case .down: helpOffset += 1
        case .pageUp: helpOffset = max(0, helpOffset - 10)
        case .pageDown: helpOffset += 10
        default: showingHelp = false
        }
        helpOffset = min(helpOffset, helpMaxOffset)
        return []
    }

    // MARK: Mouse

    private mutating func handleMouse(_ mouse: MouseEvent) -> [Effect] {
        guard !isTooSmall, prompt == nil, !showingHelp else { return [] }
        switch pages.last {
        case nil: homeMouse(mouse)
        case .community: communityPageMouse(mouse)
        default: break
        }
        return []
    }
}
