import ShequText

/// How far the export running in the background has come: the scope it
/// writes, and how many of its communities are done. Shown on the message
/// line while the keyboard stays live.
public struct ExportProgress: Equatable, Sendable {
    public var scope: String
    public var done = 0
    public var total = 0

    /// "正在导出：崇川区 [####------] 34/109".
    var message: Localized {
        guard total > 0 else { return L.exportRunning(scope) }
        let width = 10
        let filled = min(width, done * width / total)
        let bar = "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
        return L.exportProgress(scope, bar: bar, done: done, total: total)
    }
}
