import Foundation
import PackagePlugin

/// Builds the shipped themes (`themes/*.toml` at the top of the package,
/// which stay their only source) into the program, so that a binary copied
/// anywhere has them without a folder beside it.
@main
struct EmbedThemes: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.package.directoryURL.appending(path: "themes")
        let files = try FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)
            .filter { $0.pathExtension == "toml" }
            .sorted { $0.lastPathComponent < $1.lastPathComponent }
        let output = context.pluginWorkDirectoryURL.appending(path: "ShippedThemes.swift")
        return [
            .buildCommand(
                displayName: "Embedding \(files.count) shipped themes",
                executable: try context.tool(named: "shequ-embed-themes").url,
                arguments: [output.path] + files.map(\.path),
                inputFiles: files,
                outputFiles: [output])
        ]
    }
}
