import Foundation
import ShequDomain
import ShequStore
import ShequText

/// The whole state of a session: the data as loaded, which screen is open
/// and how it is scrolled, the undo history and the last message. `update`
/// is the only thing that changes it; `render` only reads it.
public struct AppState: Sendable {
    /// The screens above the Communities home screen, top last.
    public enum Page: Sendable {
        case welcome
        case community(CommunityPage)
        case plan(PlanPage)
        case task(TaskPage)
        case record(RecordForm)
        case checklist(ChecklistPage)
        case reviews(ReviewsPage)
        case attainment(AttainmentPage)
        case item(ItemPage)
        case history(HistoryPage)
        case restore(RestorePage)
    }

    /// A yes/no question on the message line, and what "yes" does.
    public enum Prompt: Equatable, Sendable {
        case deleteCommunity(String)
        case deletePlan(String, String)
        case deleteTask(String, String, String)
        case deleteActivity(String, String)
        /// A rate task's reading: community, task, the reading.
        case deleteReading(String, String, RateReading)
        case deleteChecklist(String, String)
        /// A veto item (一票否决) set to not applicable, which lifts its veto.
        case vetoNotApplicable(String, String, String)
        case discardForm
        case quitDiscardingForm
        /// A checklist to submit to the street office: community, checklist.
        case submitChecklist(String, String)
        /// This user's other session on this computer, which holds the data directory.
        case endLockHolder(LockHolder)
    }

    /// The last message, and whether it is an error.
    public struct Status: Equatable, Sendable {
        public var text: Localized
        public var isError: Bool
    }

    public var language: Language
    /// Who is at the keyboard: the role decides what they may do, the name
    /// goes into reviews and submissions.
    public var actor: Actor
    /// The clock and the identifier generator; nothing in `update` reads
    /// the system clock or makes up an identifier any other way.
    public var environment: Environment
    /// The checklist standards: built in and the user's.
    public var templates: [ChecklistTemplate] = BuiltInTemplates.all
    /// The street's trusted reviewers, whose signed approvals count.
    public var trusted = TrustedReviewers()
    public var size: Size
    public var access: StoreAccess
    /// True while read-only because another window holds the data
    /// directory, which `W` tries to take.
    public var lockedOut = false
    /// Who holds it, as its lock file says.
    public var lockHolder: LockHolder?
    public var dataDirectory: String
    public var communities: [Community] { didSet { communitiesVersion &+= 1 } }
    public var unreadable: [UnreadableFile] { didSet { communitiesVersion &+= 1 } }
    /// Counts every change of `communities` and `unreadable`, so that what
    /// is derived from them can be remembered until they change.
    private(set) var communitiesVersion = 0
    let homeRowsMemo = Memo<MemoKey, [HomeRow]>()
    let glanceCache = GlanceCache()
    let queuesMemo = Memo<MemoKey, [ReviewQueue.Queue: [ReviewQueue.Entry]]>()
    let filteredQueuesMemo = Memo<MemoKey, [ReviewQueue.Queue: [ReviewQueue.Entry]]>()
    let matrixMemo = Memo<MemoKey, AttainmentMatrix>()
    let checklistYearsMemo = Memo<MemoKey, [Int]>()
    let reviewRowsMemo = Memo<MemoKey, [[Table.Cell]]>()
    let ledgerMemo = Memo<MemoKey, [Activity]>()
    let ledgerAllMonthsMemo = Memo<MemoKey, [Activity]>()
    let ledgerCellsMemo = Memo<MemoKey, (rows: [[Table.Cell]], widths: [Int])>()
    let streetsMemo = Memo<Int, [String]>()
    public var newerSchema: Set<String>
    /// Communities held by their headline only (from the index): read in
    /// full before any key that needs more than their details.
    public var partial: Set<String>
    /// The glances of the communities held by headline (`partial`), from the index.
    var glances: [String: CommunityGlance]
    /// True once the communities held by headline were asked for in the
    /// background.
    var readingInBackground = false
    /// Set while the screen shows only the first screenful of the index
    /// (`CommunityStore.firstHeadlines`): how many communities the whole
    /// listing is expected to hold. Keys wait until it arrives (`listed`).
    public var unlistedTotal: Int?
    /// Sharing through git, when the data directory is set up for it.
    public var sync: SyncState?
    /// The export running in the background, while it runs.
    public var exporting: ExportProgress?
    public var home = CommunitiesHome()
    public var pages: [Page] = []
    public var showingHelp = false
    public var helpOffset = 0
    public var prompt: Prompt?
    public var status: Status?
    public var history = UndoHistory()
    public var isQuitting = false
    /// The folder the export dialog suggests.
    public var exportFolder = FileManager.default.currentDirectoryPath

    /// The smallest terminal the screens are laid out for.
    public static let minimumSize = Size(columns: 60, rows: 16)

    public init(
        language: Language, size: Size, access: StoreAccess, dataDirectory: String,
        snapshot: CommunityStore.Snapshot, isFirstRun: Bool, actor: Actor, environment: Environment
    ) {
        self.language = language
        self.actor = actor
        self.environment = environment
        self.size = size
        self.access = access
        self.dataDirectory = dataDirectory
        communities = snapshot.communities
        unreadable = snapshot.unreadable
        newerSchema = snapshot.newerSchema
        partial = snapshot.partial
        glances = snapshot.glances
        unlistedTotal = snapshot.unlistedTotal
        if isFirstRun && !access.isReadOnly {
            pages = [.welcome]
        } else if ChecklistWorkflow.refusal(.review, nil, by: actor) == nil {
            pages = [.reviews(ReviewsPage())]
        }
        if case .readOnly(let why) = access {
            status = Status(text: why, isError: false)
        } else {
            sayWhatTheFilesHold()
        }
    }

    /// Takes the whole listing in place of the first screenful.
    mutating func takeListing(_ snapshot: CommunityStore.Snapshot) {
        communities = snapshot.communities
        unreadable = snapshot.unreadable
        newerSchema = snapshot.newerSchema
        partial = snapshot.partial
        glances = snapshot.glances
        unlistedTotal = nil
        // The first screen's notice was made from part of the files; the whole listing may know worse.
        if status == nil || status == filesNotice { sayWhatTheFilesHold() }
    }

    /// The notice `sayWhatTheFilesHold` last gave, while it is still on the status line.
    private var filesNotice: Status?

    /// Says when some files cannot be read or hold values out of range.
    private mutating func sayWhatTheFilesHold() {
        if !unreadable.isEmpty {
            status = Status(text: L.unreadableFiles(unreadable.count), isError: true)
        } else if case let invalid = communities.filter({ !CommunityRules.invalid($0).isEmpty }), !invalid.isEmpty {
            status = Status(text: L.filesWithInvalidValues(invalid.count), isError: true)
        } else if role == .clerk {
            // A checklist the street office sent back is the first thing a clerk must hear of.
            let returned = communities.filter { glance(of: $0).returned > 0 }
            if let first = returned.first {
                status = Status(text: L.checklistsReturnedIn(returned.count, first: first.name), isError: true)
            }
        }
        filesNotice = status
    }

    /// The glance of a community: from the index while it is held by its
    /// headline, else worked out from the records.
    func glance(of community: Community) -> CommunityGlance {
        if partial.contains(community.id) {
            return glances[community.id]
                ?? CommunityGlance(
                    year: nil, plans: 0, tasks: 0, met: 0, percent: 0, drafts: 0, returned: 0, submitted: 0)
        }
        return glanceCache.glance(of: community)
    }

    var role: UserRole { actor.role }

    /// Today, asked of the clock each time, so that a session left open
    /// past midnight moves on.
    var today: LocalDate { environment.clock.today() }

    public var isTooSmall: Bool {
        size.columns < Self.minimumSize.columns || size.rows < Self.minimumSize.rows
    }

    /// Shows a message on the message line.
    public mutating func say(_ text: Localized, error: Bool = false) {
        status = Status(text: text, isError: error)
    }

    /// A problem found while starting (a theme, the settings, a key), said
    /// after the read-only notice rather than over it: a second window must
    /// still learn why it cannot change anything.
    public mutating func sayAtStart(_ problem: Localized) {
        if case .readOnly(let why) = access {
            status = Status(text: L.twoNotices(why, problem), isError: true)
        } else {
            say(problem, error: true)
        }
    }

    func community(id: String) -> Community? {
        communities.first { $0.id == id }
    }

    /// Why the community cannot be changed now, or nil when it can.
    func reasonNotEditable(id: String) -> Localized? {
        if case .readOnly(let why) = access { return why }
        if newerSchema.contains(id) { return L.newerSchemaNotEditable }
        return nil
    }

    /// True while the listing or the file of the community on screen is
    /// still being read: keys wait for it.
    public var isAwaitingFile: Bool {
        if unlistedTotal != nil { return true }
        guard case .community(let page) = pages.last else { return false }
        return partial.contains(page.communityID)
    }

    /// Why the records of community `id` (or, without one, a new
    /// community) cannot be changed by whoever is at the keyboard.
    func recordsRefusal(id: String?) -> Localized? {
        RecordKeeping.refusal(by: actor) ?? id.map { reasonNotEditable(id: $0) } ?? reasonReadOnly
    }

    /// Why nothing can be changed now, or nil when it can.
    var reasonReadOnly: Localized? {
        if case .readOnly(let why) = access { return why }
        return nil
    }
}
