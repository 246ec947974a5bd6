import Foundation
import PackagePlugin

/// Writes the git commit the program is built from into `BuildCommit.swift`
/// before every build, for `shequ --version` and `shequ doctor`; "unknown"
/// when built outside a git checkout. The file is rewritten only when the
/// commit changes, so an unchanged tree does not recompile.
@main
struct StampCommit: BuildToolPlugin {
    func createBuildCommands(context: PluginContext, target: Target) throws -> [Command] {
        let folder = context.pluginWorkDirectoryURL.appending(path: "stamp")
        let output = folder.appending(path: "BuildCommit.swift")
        let script = """
            commit=$(git -C "$1" rev-parse --short=12 HEAD 2>/dev/null || echo unknown)
            if [ -n "$(git -C "$1" status --porcelain --untracked-files=no 2>/dev/null)" ]; then commit="$commit+"; fi
            mkdir -p "$2"
            new="/// The git commit this build was made from (+: with uncommitted changes).
            enum BuildCommit { static let id = \\"$commit\\" }"
            [ "$(cat "$2/BuildCommit.swift" 2>/dev/null)" = "$new" ] || printf '%s\\n' "$new" > "$2/BuildCommit.swift"
            """
        return [
            .prebuildCommand(
                displayName: "Stamping the git commit",
                executable: URL(fileURLWithPath: "/bin/sh"),
                arguments: ["-c", script, "stamp", context.package.directoryURL.path, folder.path],
                outputFilesDirectory: folder)
        ]
    }
}
