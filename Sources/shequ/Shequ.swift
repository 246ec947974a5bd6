import ArgumentParser

/// The `shequ` command: the terminal UI by default, and the commands that
/// work without it.
@main
struct Shequ: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "shequ",
        abstract: "A terminal workbook for neighbourhood committees (社区工作台).",
        version: "0.1.0",
        subcommands: [
            OpenCommand.self, DemoCommand.self, ListCommand.self, CheckCommand.self, ThemesCommand.self,
            TemplatesCommand.self, ImportCommand.self, ExportCommand.self, ReviewersCommand.self, SyncCommand.self,
            LogCommand.self, MergeDriverCommand.self,
        ],
        defaultSubcommand: OpenCommand.self)
}
