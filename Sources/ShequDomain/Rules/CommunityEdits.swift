/// The edits of a community's records that screens and commands share.
/// Each returns the edited community and leaves `self` as it was; forms
/// make their edits through their drafts.
extension Community {
    /// Without the plan; its tasks go with it, and the activities that
    /// counted for them stay in the ledger, unlinked from them.
    public func deletingPlan(_ planID: String) -> Community {
        var edited = self
        let taskIDs = Set(plans.first { $0.id == planID }?.tasks.map(\.id) ?? [])
        edited.plans.removeAll { $0.id == planID }
        edited.unlink(taskIDs)
        return edited
    }

    /// Without the task; the activities that counted for it stay in the
    /// ledger, unlinked. `unlinked` says how many there were.
    public func deletingTask(_ taskID: String) -> (community: Community, unlinked: Int) {
        var edited = self
        for index in edited.plans.indices { edited.plans[index].tasks.removeAll { $0.id == taskID } }
        let unlinked = activities.filter { $0.taskIDs.contains(taskID) }.count
        edited.unlink([taskID])
        return (edited, unlinked)
    }

    /// Without one reading of the task.
    public func deletingReading(_ reading: RateReading, of taskID: String) -> Community {
        var edited = self
        for p in edited.plans.indices {
            for t in edited.plans[p].tasks.indices where edited.plans[p].tasks[t].id == taskID {
                if let index = edited.plans[p].tasks[t].measurements.firstIndex(of: reading) {
                    edited.plans[p].tasks[t].measurements.remove(at: index)
                }
            }
        }
        return edited
    }

    /// Without the activity.
    public func deletingActivity(_ activityID: String) -> Community {
        var edited = self
        edited.activities.removeAll { $0.id == activityID }
        return edited
    }

    /// Without the checklist, when `actor` may delete it (a clerk, while it
    /// is a draft or returned).
    public func deletingChecklist(_ checklistID: String, by actor: Actor) -> Result<
        Community, ChecklistWorkflow.Refusal
    > {
        guard let checklist = checklists.first(where: { $0.id == checklistID }) else { return .success(self) }
        if let why = ChecklistWorkflow.refusal(.delete, checklist, by: actor) {
            return .failure(ChecklistWorkflow.Refusal([why]))
        }
        var edited = self
        edited.checklists.removeAll { $0.id == checklistID }
        return .success(edited)
    }

    /// With a done/not-done task's mark turned over; nil when the task's
    /// target is not of that kind.
    public func togglingDone(_ taskID: String) -> Community? {
        var edited = self
        var toggled = false
        for p in edited.plans.indices {
            for t in edited.plans[p].tasks.indices where edited.plans[p].tasks[t].id == taskID {
                guard edited.plans[p].tasks[t].target.kind.isMarkedByHand else { return nil }
                edited.plans[p].tasks[t].completed.toggle()
                toggled = true
            }
        }
        return toggled ? edited : nil
    }

    /// With `checklist` in place of the one with its id.
    public func replacing(_ checklist: Checklist) -> Community {
        var edited = self
        for index in edited.checklists.indices where edited.checklists[index].id == checklist.id {
            edited.checklists[index] = checklist
        }
        return edited
    }

    private mutating func unlink(_ taskIDs: Set<String>) {
        guard !taskIDs.isEmpty else { return }
        for index in activities.indices { activities[index].taskIDs.removeAll { taskIDs.contains($0) } }
    }
}
