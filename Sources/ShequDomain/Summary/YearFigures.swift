import ShequText

/// What one year of a community's records adds up to: its activities with
/// their sessions, participants, households and money, and its plans' tasks
/// met; what the summary compares with the year before.
struct YearFigures {
    var activities: Int, sessions: Int, participants: Int, households: Int, amount: Double
    var tasksMet: Int, tasks: Int

    init(activities: [Activity], plans: [Narrative.PlanYear]) {
        self.activities = activities.count
        sessions = activities.total(\.sessions)
        participants = activities.total(\.participants)
        households = activities.total { $0.households ?? 0 }
        amount = activities.totalAmount
        tasks = plans.reduce(0) { $0 + $1.plan.tasks.count }
        tasksMet = plans.reduce(0) { $0 + $1.progress.met }
    }

    /// Whether the year holds anything to compare with.
    var hasRecords: Bool { activities > 0 || tasks > 0 }

    /// The year's activities in one sentence, with last year's beside it
    /// when there is one: coverage is the households reached of the
    /// community's households.
    func overview(lastYear: YearFigures?, households all: Int?, language: Language) -> String {
        let coverage = all.flatMap { $0 > 0 && households > 0 ? Percentage.text(households, of: $0) : nil }
        var sentence = language(
            L.yearOverview(
                activities: language.figure(activities), sessions: language.figure(sessions),
                people: language.figure(participants), households: households > 0 ? language.figure(households) : nil,
                coverage: coverage, amount: amount > 0 ? language.figure(amount) : nil))
        if let lastYear, lastYear.hasRecords {
            let differences = [
                (activities - lastYear.activities, L.activitiesUnit),
                (participants - lastYear.participants, L.participantsUnit),
            ]
            let figure = { (difference: Int, unit: Localized) in
                L.figureWithUnit(language.figure(abs(difference)), unit)
            }
            var also: [Localized] = []
            if tasks > 0, lastYear.tasks > 0 {
                also.append(
                    L.metRateAgainstLastYear(
                        Percentage.text(tasksMet, of: tasks), Percentage.text(lastYear.tasksMet, of: lastYear.tasks)))
            }
            sentence += language(
                L.againstLastYear(
                    more: differences.filter { $0.0 > 0 }.map(figure),
                    fewer: differences.filter { $0.0 < 0 }.map(figure),
                    also: also))
        }
        return sentence + language.fullStop
    }
}
