import Foundation
import ShequDomain
import ShequText
import TOMLKit

/// The built-in standards plus the user's own from `<data-dir>/templates/`.
/// A bad file is reported with file, line and reason, and skipped.
public struct TemplateLibrary: Sendable {
    public var templates: [ChecklistTemplate]
    public var problems: [UnreadableFile]

    /// Reads the user templates in `folder` (files ending in .toml).
    public init(folder: URL) {
        templates = BuiltInTemplates.all
        problems = []
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []).filter {
            $0.hasSuffix(".toml")
        }.sorted()
        for name in names {
            let read = TextFile.text(at: folder.appendingPathComponent(name).path, limit: TextFile.settingsLimit)
            guard case .success(let text) = read else {
                let problem = if case .failure(.problem(let problem)) = read { problem } else { Self.vanished }
                problems.append(UnreadableFile(file: "templates/" + name, problem: problem))
                continue
            }
            switch Self.parse(text, file: "templates/" + name) {
            case .success(let template):
                if templates.contains(where: { $0.id == template.id }) {
                    problems.append(
                        UnreadableFile(
                            file: "templates/" + name,
                            problem: FileProblem(
                                location: "id", message: L.templateIDTaken(template.id))))
                } else {
                    templates.append(template)
                }
            case .failure(let problem):
                problems.append(problem)
            }
        }
    }

    private static let vanished = FileProblem(message: L.removedWhileRead)

    public func template(id: String) -> ChecklistTemplate? {
        templates.first { $0.id == id }
    }

    /// Parses one template file:
    ///
    ///     id = "sanitation"
    ///     title = "环境卫生检查表"
    ///     title_en = "Sanitation check"    # optional
    ///     scored = true                    # weights summing to 100; false: pass/fail
    ///     threshold = 80                   # points to pass (pass/fail: ignored)
    ///     [[items]]
    ///     group = "公共区域"
    ///     text = "楼道无堆物"
    ///     weight = 20                      # optional for pass/fail
    ///     veto = false                     # optional
    ///     restates = "activities"          # optional: the kind of plan target it repeats
    static func parse(_ text: String, file: String) -> Result<ChecklistTemplate, UnreadableFile> {
        func problem(_ line: Int?, _ message: Localized) -> Result<ChecklistTemplate, UnreadableFile> {
            .failure(
                UnreadableFile(
                    file: file,
                    problem: FileProblem(position: line.map { FileProblem.Position(line: $0) }, message: message)))
        }
        let table: TOMLTable
        do {
            table = try TOMLTable(string: text)
        } catch let error as TOMLParseError {
            return problem(error.source.begin.line, Localized(error.description))
        } catch {
            return problem(nil, Localized(String(describing: error)))
        }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        func line(of key: String, from start: Int = 0) -> Int? {
            lines.indices.dropFirst(start).first {
                lines[$0].trimmed.hasPrefix(key)
                    && String(lines[$0].trimmed.dropFirst(key.count)).trimmed.hasPrefix("=")
            }.map { $0 + 1 }
        }
        let itemLines = lines.indices.filter { lines[$0].trimmed.hasPrefix("[[items]]") }.map { $0 + 1 }
        guard let id = table["id"]?.string, RecordID.isValid(id) else {
            return problem(line(of: "id"), L.templateBadID)
        }
        guard let title = table["title"]?.string, !title.trimmed.isEmpty else {
            return problem(line(of: "title"), L.templateTitleRequired)
        }
        let scored = table["scored"]?.bool ?? false
        let threshold = table["threshold"].flatMap { $0.double ?? $0.int.map(Double.init) } ?? 100
        guard threshold.isFinite, (0...100).contains(threshold) else {
            return problem(line(of: "threshold"), L.templateBadThreshold)
        }
        guard let items = table["items"]?.array, !items.isEmpty else {
            return problem(nil, L.templateNoItems)
        }
        var parsed: [ChecklistTemplate.Item] = []
        for (index, value) in items.enumerated() {
            let at = index < itemLines.count ? itemLines[index] : nil
            guard let item = value.table, let group = item["group"]?.string, let itemText = item["text"]?.string,
                !itemText.trimmed.isEmpty
            else {
                return problem(at, L.templateItemText(index + 1))
            }
            let weight = item["weight"].flatMap { $0.double ?? $0.int.map(Double.init) } ?? 1
            guard weight.isFinite, weight > 0, weight <= 100 else {
                return problem(at, L.templateItemWeight(index + 1))
            }
            var restates: Target.Kind?
            if let kind = item["restates"]?.string {
                guard let known = Target.Kind(rawValue: kind) else {
                    let kinds = Target.Kind.allCases.map(\.rawValue).joined(separator: ", ")
                    return problem(at, L.templateItemRestates(index + 1, kinds))
                }
                restates = known
            }
            parsed.append(
                .init(
                    Localized(group), Localized(itemText), weight: weight, veto: item["veto"]?.bool ?? false,
                    restates: restates))
        }
        if scored {
            let total = parsed.reduce(0) { $0 + $1.weight }
            guard abs(total - 100) < 0.001 else {
                return problem(itemLines.first, L.templateWeightsTotal(Target.number(total)))
            }
        }
        let english = table["title_en"]?.string ?? title
        return .success(
            ChecklistTemplate(
                id: id, title: Localized(zh: title, en: english), scored: scored, threshold: scored ? threshold : 100,
                items: parsed, file: file))
    }
}
