import Foundation

/// A fresh temporary folder for one test, removed when the test ends.
final class TestDirectory {
    let url: URL

    init() {
        url = FileManager.default.temporaryDirectory.appendingPathComponent("shequ-test-" + UUID().uuidString)
    }

    func write(_ text: String, to relativePath: String) {
        let file = url.appendingPathComponent(relativePath)
        try? FileManager.default.createDirectory(
            at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        FileManager.default.createFile(atPath: file.path, contents: Data(text.utf8))
    }

    func contents(_ relativePath: String) -> Data? {
        FileManager.default.contents(atPath: url.appendingPathComponent(relativePath).path)
    }

    func names(in folder: String) -> [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: url.appendingPathComponent(folder).path)) ?? []).sorted()
    }

    deinit {
        try? FileManager.default.removeItem(at: url)
    }
}
