import ArgumentParser

/// The `shequ` command: the terminal UI by default, and the commands that
/// work without it.
@main
struct Shequ: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shequ",
        abstract: "Shequ, a terminal workbook for neighbourhood committees.",
        version: Shequ.version + " (commit " + BuildCommit.id + ")",
        subcommands: [
            OpenCommand.self, DemoCommand.self, ListCommand.self, CheckCommand.self, ThemesCommand.self,
            TemplatesCommand.self, ImportCommand.self, ExportCommand.self, ReviewersCommand.self, RosterCommand.self,
            RestoreCommand.self, SyncCommand.self, LogCommand.self, MergeDriverCommand.self, GateCommand.self,
            DoctorCommand.self,
        ],
        defaultSubcommand: OpenCommand.self)

    /// The release this build belongs to.
    static let version = "0.1.0"

    /// Runs the command line, the shared options allowed before a command's name.
    static func main() {
        let commands = Set(configuration.subcommands.map { $0._commandName })
        main(LeadingOptions.moved(Array(CommandLine.arguments.dropFirst()), commands: commands))
    }
}
