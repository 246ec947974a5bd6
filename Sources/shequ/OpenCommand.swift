import ArgumentParser
import Foundation
import ShequDomain
import ShequExport
import ShequStore
import ShequSync
import ShequTUI
import ShequText

/// `shequ` with no command: the terminal UI.
struct OpenCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "open", abstract: "Open the terminal UI (the default).")

    @OptionGroup var options: DataOptions

    @Option(help: "Colour theme (see `shequ themes`).")
    var theme: String?

    @Option(help: "clerk or supervisor.")
    var role: UserRole?

    @Flag(
        name: .customLong("no-mouse"),
        help: "Leave the mouse to the terminal, to select and copy text (also: mouse = false in config.toml).")
    var noMouse = false

    @Flag(name: .customLong("read-only"), help: "Open without changing anything.")
    var readOnly = false

    func run() throws {
        let (config, configProblem) = options.config
        let language = options.resolvedLanguage(config: config)
        guard isatty(STDIN_FILENO) == 1, isatty(STDOUT_FILENO) == 1 else {
            printError(language(L.needsTerminal))
            throw ExitCode(2)
        }
        if let charset = LocaleCharset.current {
            printError(charset.refusal)
            throw ExitCode(2)
        }
        let clock = try options.clock(language: language)
        let store = try options.openStore(readOnly: readOnly, language: language)
        let isFirstRun = store.isEmpty
        let library = ThemeLibrary.standard(
            environment: options.environment,
            configFolder: DataLocation.configDirectory(environment: options.environment))
        let terminal: CursesTerminal
        do {
            let probe = TerminalProbe(
                askBackground: (config.background ?? .auto) == .auto,
                askAmbiguousWidth: (config.ambiguous ?? .auto) == .auto)
            terminal = try CursesTerminal(mouse: !noMouse && config.mouse != false, probe: probe)
        } catch .unknown(let name) {
            printError(language(L.terminalUnknown(name)))
            throw ExitCode(2)
        } catch .cannotMoveCursor(let name) {
            printError(language(L.terminalTooSimple(name)))
            throw ExitCode(2)
        } catch {
            printError(language(L.needsTerminal))
            throw ExitCode(2)
        }
        let noColor = !(options.environment["NO_COLOR"] ?? "").isEmpty || terminal.colorCount == 0
        let (chosen, themeProblem) = library.load(noColor ? "monochrome" : (theme ?? config.theme ?? "default"))
        terminal.apply(chosen, on: background(config: config, answers: terminal.answers))
        switch config.ambiguous ?? .auto {
        case .narrow: AmbiguousWidth.onScreen = false
        case .wide: AmbiguousWidth.onScreen = true
        case .auto: AmbiguousWidth.onScreen = terminal.answers.ambiguousWide ?? false
        }
        let chosenRole = role ?? config.role ?? .clerk
        var actor = Actor(role: chosenRole, name: config.name ?? Actor.defaultName(for: chosenRole))
        var keyProblem: Localized?
        if chosenRole == .supervisor {
            let keyFile = DataLocation.signingKeyFile(environment: options.environment)
            switch ReviewSigner.loadOrCreate(at: keyFile) {
            case .success(let signer): actor.signer = signer
            case .failure(let problem): keyProblem = L.signingKeyProblem(keyFile.path, problem.message)
            }
        }
        // Start from the head of the headline index: the first screen needs nothing more. The runner lists the
        // rest once it shows, and Reviews reads the files in the background, filling in as they arrive.
        let snapshot = store.firstScreen(rows: AppState.firstScreenRows(in: terminal.size, for: actor))
        var state = AppState(
            language: language, size: terminal.size, access: store.access, dataDirectory: options.dataURL.path,
            snapshot: snapshot, isFirstRun: isFirstRun, actor: actor, environment: Environment(clock: clock))
        let templateLibrary = TemplateLibrary(folder: store.root.appendingPathComponent("templates"))
        state.templates = templateLibrary.templates
        state.exportFolder = ExportFolder.standard(
            environment: options.environment, currentDirectory: FileManager.default.currentDirectoryPath)
        state.trusted = store.trustedReviewers()
        state.lockedOut = store.isLockedOut
        state.lockHolder = store.lockHolder
        if GitRepository(root: store.root).isRepository { state.sync = SyncState() }
        if let keyProblem {
            state.sayAtStart(keyProblem)
        } else if let themeProblem {
            state.sayAtStart(L.themeProblem(themeProblem.shortDescription(language), chosen.name))
        } else if let configProblem {
            state.sayAtStart(L.settingsProblem(configProblem))
        } else if let problem = state.trusted.problems.first {
            state.sayAtStart(L.trustProblem(problem.line(language), state.trusted.problems.count))
        } else if let problem = templateLibrary.problems.first {
            state.sayAtStart(L.templateProblem(problem.line(language), templateLibrary.problems.count))
        }
        let runner = AppRunner(
            state: state, terminal: terminal, store: store,
            syncSeconds: config.syncTimeout ?? SyncBudget.standardSeconds)
        runner.run()
        terminal.restore()
    }

    /// The terminal's background: as the settings say, else as the terminal
    /// answered, else as `COLORFGBG` says; nil when nothing tells.
    private func background(config: Config, answers: TerminalProbe.Answers) -> TerminalBackground? {
        switch config.background ?? .auto {
        case .dark: .dark
        case .light: .light
        case .auto: answers.background ?? options.environment["COLORFGBG"].flatMap(TerminalBackground.fromColorFGBG)
        }
    }
}
