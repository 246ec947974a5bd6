import ShequDomain
import ShequExport
import ShequStore
import ShequSync
import ShequText

// MARK: - The one update path

extension AppState {
    /// Applies a message and returns the effects to run; afterwards every
    /// selection is clamped to its list. Keys go to the prompt, the help
    /// overlay, the global keys and the top screen, in that order.
    public mutating func update(_ msg: Msg) -> [Effect] {
        defer { clampSelections() }
        return apply(msg) + readEveryCommunityIfNeeded()
    }

    /// Reviews shows every community's checklists: when it is on screen and
    /// some communities are held by headline only, they are read in the
    /// background (once), and the screen fills in as they arrive.
    private mutating func readEveryCommunityIfNeeded() -> [Effect] {
        guard case .reviews = pages.last, !partial.isEmpty, !readingInBackground, unlistedTotal == nil else {
            return []
        }
        readingInBackground = true
        return [.readInBackground(partial.sorted())]
    }

    private mutating func apply(_ msg: Msg) -> [Effect] {
        switch msg {
        case .event(.resize(let size)):
            self.size = size
            return []
        case .event(.mouse(let mouse)):
            return handleMouse(mouse)
        case .event(.key(let key)):
            return handleKey(key)
        case .changeSaved(let change, let direction):
            recordSaved(change, direction)
            return []
        case .changeFailed(let error):
            say(error.localized, error: true)
            return []
        case .stepRefused(let direction):
            history.discard(direction)
            say(L.historyStepChangedOutside, error: true)
            return []
        case .readInFull(let results):
            for (id, result) in results { takeReloaded(id, result) }
            closePagesOfVanishedRecords()
            return []
        case .communityReloaded(let id, let result):
            takeReloaded(id, result)
            if case .success(let contents?) = result { rebaseForms(on: contents.community) }
            return []
        case .listed(let snapshot):
            takeListing(snapshot)
            return []
        case .restorableListed(let copies):
            takeRestorable(copies)
            return []
        case .restored(let name, let taken):
            say(taken.map { L.restoredRecords(name, $0) } ?? L.restoredCommunity(name))
            return [.listRestorable]
        case .historyLoaded(let id, let entries):
            takeHistory(id, entries)
            return []
        case .syncStatus(let status):
            sync?.lastExchange = status.lastExchange
            sync?.waiting = status.waiting
            return []
        case .synced(let outcome):
            tookSync(outcome)
            return []
        case .accessTried(let access, let holder, let ended):
            triedAccess(access, holder: holder, endedHolder: ended)
            return []
        case .syncSetUp(let failure?):
            say(L.syncSetUpFailed(failure), error: true)
            return []
        case .syncSetUp(nil):
            if case .record(let form) = pages.last, case .syncSetUp = form.content { pages.removeLast() }
            sync = sync ?? SyncState()
            say(L.syncSetUpDone)
            return []
        case .exportProgress(let done, let total):
            exporting?.done = done
            exporting?.total = total
            if let exporting, status == nil || status?.isError == false { say(exporting.message) }
            return []
        case .exported(let path, let leftOut):
            exporting = nil
            if case .record(let form) = pages.last, case .export = form.content { pages.removeLast() }
            if leftOut > 0 {
                say(L.exportedLeavingOut(path, leftOut), error: true)
            } else {
                say(L.exportedTo(path))
            }
            return []
        case .exportFailed(let why):
            exporting = nil
            say(why, error: true)
            return []
        case .trustRead(let trusted):
            self.trusted = trusted
            return []
        case .sampleLoaded(let communities, let trusted):
            self.communities = communities
            self.trusted = trusted
            pages.removeAll { if case .welcome = $0 { true } else { false } }
            home.list = ListState()
            say(L.sampleLoaded(communities.count))
            return []
        }
    }

    /// After the activity form saves, the ledger selects that activity
    /// wherever its date sorted it, so the next e or d acts on it.
    private mutating func selectLoggedActivity(_ change: Change) {
        guard case .community(var page) = pages.last, page.tab == .activities, let after = change.after else { return }
        let before = Dictionary(
            (change.before?.activities ?? []).map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
        guard let touched = after.activities.first(where: { before[$0.id] != $0 }),
            let index = ledgerRows(page).firstIndex(where: { $0.id == touched.id })
        else { return }
        page.ledger.list.selected = index
        setCommunityPage(page)
    }

    /// Ends a sync: where it stands now, and what it brought or why it stopped.
    private mutating func tookSync(_ outcome: SyncOutcome) {
        sync?.running = false
        if let status = outcome.status {
            sync?.lastExchange = status.lastExchange
            sync?.waiting = status.waiting
        }
        switch outcome.failure {
        case .noRemote?: say(L.syncNoRemote)
        case let failure?: say(failure.words(remote: outcome.remote), error: true)
        case nil:
            let (received, conflicts) = (outcome.exchange?.received ?? [], outcome.exchange?.conflicts ?? [])
            if conflicts.isEmpty {
                say(L.syncDone(received: received.count, first: received.last))
            } else {
                say(L.syncDoneWithConflicts(conflicts.count), error: true)
            }
        }
    }

    /// Puts a community read again from its file in place of the copy held:
    /// the full one after a headline, or an outside edit; or marks it gone
    /// or unreadable.
    private mutating func takeReloaded(_ id: String, _ result: Result<CommunityFile.Contents?, UnreadableFile>) {
        let index = communities.firstIndex { $0.id == id }
        communities.removeAll { $0.id == id }
        unreadable.removeAll { $0.file == "communities/\(id).json" }
        newerSchema.remove(id)
        partial.remove(id)
        switch result {
        case .success(let contents?):
            communities.insert(contents.community, at: min(index ?? communities.count, communities.count))
            if contents.isNewerSchema { newerSchema.insert(id) }
        case .success(nil): break
        case .failure(let file):
            unreadable.append(file)
            // Said where it happens, as the listing says it at start: which file, where in it, and what.
            say(L.cannotOpenFile(file.file, file.problem.described), error: true)
        }
    }

    /// The communities a home-screen key needs in full before it can be
    /// handled: the selected one to open, edit or delete it; all of them to
    /// export or review. Empty when the key needs none, or all are read.
    private func communitiesToRead(for key: Key) -> [String] {
        guard !partial.isEmpty, pages.isEmpty, prompt == nil, !showingHelp, home.filterField == nil,
            case .action(let action) = Self.homeKeys.lookup(key, refusal: homeRefusal)
        else { return [] }
        switch action {
        case .edit, .delete:
            guard case .community(let community) = homeSelection, partial.contains(community.id) else { return [] }
            return [community.id]
        case .export:
            return partial.sorted()
        default:
            return []
        }
    }

    /// A key goes to the open question, the help overlay, the global keys
    /// and then the top screen, which says whether it used it.
    private mutating func handleKey(_ key: Key) -> [Effect] {
        let unread = communitiesToRead(for: key)
        if !unread.isEmpty { return [.readInFull(unread, then: key)] }
        if key == .ctrl("c") { return perform(.quit) }
        // A message answers the key before; the next key clears it (a question stays until answered). Read-only,
        // the reason stays: it is what the screen rests on.
        if prompt == nil { status = reasonReadOnly.map { Status(text: $0, isError: false) } }
        if let question = prompt {
            prompt = nil
            return answer(question, yes: key == .char("y") || key == .char("Y"))
        }
        // Esc first stops a sync under way, as the title says while it runs.
        if key == .escape, sync?.running == true {
            say(L.syncCancelling)
            return [.cancelSync]
        }
        if showingHelp { return updateHelp(key) }
        if case .action(let global) = activeGlobalKeys.lookup(key) { return perform(global) }
        if isTooSmall { return [] }
        let result: KeyResult
        switch pages.last {
        case nil: result = updateHome(key)
        case .welcome: result = updateWelcome(key)
        case .community: result = updateCommunityPage(key)
        case .plan: result = updatePlanPage(key)
        case .task: result = updateTaskPage(key)
        case .record: result = updateRecordForm(key)
        case .checklist: result = updateChecklistPage(key)
        case .reviews: result = updateReviews(key)
        case .attainment: result = updateAttainment(key)
        case .item: result = updateItemPage(key)
        case .history: result = updateHistory(key)
        case .restore: result = updateRestore(key)
        }
        switch result {
        case .handled(let effects): return effects
        case .unhandled: return []
        }
    }

    /// Keeps every list's selection inside its rows and on screen, after
    /// whatever changed the data, the filters or the size: the one place
    /// selections are clamped, using the layouts the screens draw with.
    private mutating func clampSelections() {
        home.list.clamp(count: homeRows.count, visible: homeTable.visibleRows)
        guard let top = pages.last else { return }
        switch top {
        case .community(var page):
            page.plans.clamp(count: plansInOrder(page.communityID).count, visible: communityTabTable.visibleRows)
            page.ledger.list.clamp(count: ledgerRows(page).count, visible: ledgerTable.visibleRows)
            page.checklists.clamp(
                count: checklistsInOrder(page.communityID).count, visible: communityTabTable.visibleRows)
            pages[pages.count - 1] = .community(page)
        case .plan(var page):
            page.list.clamp(
                count: planContext(page.communityID, page.planID)?.1.tasks.count ?? 0, visible: planTable.visibleRows)
            pages[pages.count - 1] = .plan(page)
        case .checklist(var page):
            page.list.clamp(
                count: checklistContext(page.communityID, page.checklistID)?.1.items.count ?? 0,
                visible: checklistVisibleRows)
            pages[pages.count - 1] = .checklist(page)
        case .reviews(var page):
            page.list.clamp(count: reviewEntries(page).count, visible: reviewsTable.visibleRows)
            let keys = Set(reviewQueues(page)[.submitted]?.map(\.key) ?? [])
            page.marked = page.marked.intersection(keys)  // a mark goes once its checklist is decided
            pages[pages.count - 1] = .reviews(page)
        case .attainment(var page):
            page.list.clamp(
                count: attainmentMatrix(year: page.year).streets.count + 1, visible: attainmentTable.visibleRows)
            pages[pages.count - 1] = .attainment(page)
        case .history(var page):
            page.list.clamp(count: page.entries?.count ?? 0, visible: historyTable.visibleRows)
            pages[pages.count - 1] = .history(page)
        case .restore(var page):
            page.list.clamp(count: page.copies?.count ?? 0, visible: restoreTable.visibleRows)
            pages[pages.count - 1] = .restore(page)
        case .welcome, .task, .record, .item:
            break
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
        case .discardForm:
            if yes {
                pages.removeLast()
                say(L.editCancelled)
            }
            return []
        case .quitDiscardingForm:
            return yes ? quit() : []
        case .endLockHolder:
            return yes ? [.becomeWritable(endingHolder: true)] : []
        case .submitChecklist(let id, let checklistID):
            guard yes else {
                say(L.notSubmitted)
                return []
            }
            return submit(checklistID, of: id)
        case .vetoNotApplicable(let id, let checklistID, let itemID):
            guard yes else {
                say(L.unchanged)
                return []
            }
            return setItemResult(.notApplicable, itemID: itemID, checklistID: checklistID, communityID: id)
        default:
            guard yes, let effects = delete(question) else {
                say(L.deleteCancelled)
                return []
            }
            return effects
        }
    }

    /// The save a confirmed deletion asks for; nil when what it names is gone.
    private mutating func delete(_ question: Prompt) -> [Effect]? {
        switch question {
        case .deleteCommunity(let id):
            guard let community = community(id: id) else { return nil }
            return [.save(Change(before: community, after: nil, label: L.changeDelete(community.name)), .apply)]
        case .deletePlan(let id, let planID):
            guard let community = community(id: id), let plan = community.plans.first(where: { $0.id == planID })
            else { return nil }
            return saveEdit(community, community.deletingPlan(planID), label: L.changeDeletePlan(plan.title))
        case .deleteTask(let id, _, let taskID):
            guard let community = community(id: id),
                let task = community.plans.flatMap(\.tasks).first(where: { $0.id == taskID })
            else { return nil }
            let (edited, unlinked) = community.deletingTask(taskID)
            return saveEdit(
                community, edited, label: L.changeDeleteTask(task.title),
                message: L.deletedTaskKeepsActivities(task.title, unlinked))
        case .deleteReading(let id, let taskID, let reading):
            guard let community = community(id: id),
                let task = community.plans.flatMap(\.tasks).first(where: { $0.id == taskID })
            else { return nil }
            return saveEdit(
                community, community.deletingReading(reading, of: taskID),
                label: L.changeDeleteReading(task.title, reading.date))
        case .deleteChecklist(let id, let checklistID):
            guard let community = community(id: id),
                let checklist = community.checklists.first(where: { $0.id == checklistID })
            else { return nil }
            switch community.deletingChecklist(checklistID, by: actor) {
            case .success(let edited):
                return saveEdit(community, edited, label: L.changeDeleteChecklist(checklist.title))
            case .failure(let refusal):
                say(refusal.reasons.first ?? L.deleteCancelled, error: true)
                return []
            }
        case .deleteActivity(let id, let activityID):
            guard let community = community(id: id),
                let activity = community.activities.first(where: { $0.id == activityID })
            else { return nil }
            return saveEdit(
                community, community.deletingActivity(activityID), label: L.changeDeleteActivity(activity.title))
        case .vetoNotApplicable, .discardForm, .quitDiscardingForm, .endLockHolder, .submitChecklist:
            return nil
        }
    }

    /// Saves an edit of one community; deletions say how to undo them.
    func saveEdit(_ before: Community, _ after: Community, label: Localized, message: Localized? = nil) -> [Effect] {
        [
            .save(
                Change(before: before, after: after, label: label, message: message ?? L.deletedWithUndo(label)), .apply
            )
        ]
    }

    // MARK: Undo and redo

    mutating func undo() -> [Effect] {
        replay(history.nextUndo, .undo, nothing: L.nothingToUndo)
    }

    mutating func redo() -> [Effect] {
        replay(history.nextRedo, .redo, nothing: L.nothingToRedo)
    }

    /// Undo and redo are saves like any other: written onto the version
    /// their step left, or merged onto a newer one; when the file changed
    /// what the step would take back, the store refuses and the step is
    /// dropped from the history (`stepRefused`), never written over that edit.
    private mutating func replay(_ change: Change?, _ direction: ChangeDirection, nothing: Localized) -> [Effect] {
        if let why = reasonReadOnly {
            say(why, error: true)
            return []
        }
        guard let change else {
            say(nothing)
            return []
        }
        return [.save(change, direction)]
    }

    /// Takes in a change that is now on disk: the data, the history, the
    /// message, and the screens (a saved form closes; a page of a deleted
    /// community closes).
    private mutating func recordSaved(_ change: Change, _ direction: ChangeDirection) {
        for part in change.parts {
            if let before = part.before { communities.removeAll { $0.id == before.id } }
            if let after = part.after { communities.append(after) }
        }
        history.record(change, direction)
        if let id = (change.after ?? change.before)?.id { sync?.waiting.insert(id) }
        let name = (change.after ?? change.before)?.name ?? ""
        switch direction {
        case .apply where change.parts.contains { $0.combinedWith != nil }:
            let what = change.parts.compactMap(\.combinedWith)
            say(
                L.savedOnto(
                    name,
                    Localized(zh: what.map(\.zh).joined(separator: "；"), en: what.map(\.en).joined(separator: "; "))))
        case .apply: say(change.message ?? (change.after == nil ? L.deletedCommunity(name) : L.savedCommunity(name)))
        case .undo: say(L.undone(change.label))
        case .redo: say(L.redone(change.label))
        }
        if change.fromForm, direction == .apply, case .record = pages.last {
            pages.removeLast()
            selectLoggedActivity(change)
        }
        closePagesOfVanishedRecords()
        if let after = change.after { selectHomeRow(id: after.id) }
    }

    /// Closes the pages of a community, plan or task no longer there (deleted,
    /// or its file gone or unreadable when read again).
    private mutating func closePagesOfVanishedRecords() {
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
        case .plan: planPageMouse(mouse)
        case .checklist: checklistPageMouse(mouse)
        case .reviews: reviewsMouse(mouse)
        case .history: historyMouse(mouse)
        case .restore: restoreMouse(mouse)
        case .welcome, .task, .record, .attainment, .item: break
        }
        return []
    }
}
