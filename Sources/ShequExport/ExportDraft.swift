import Foundation
import ShequDomain
import ShequText

/// The export dialog: the scope it was opened on (shown, not edited), the
/// year, the format and the file; the extension follows the format.
public struct ExportDraft: FormDraft {
    public let base: ExportRequest
    public let scopeLabel: String
    /// The folder the file goes to unless another is typed; the file field starts with it.
    public let folder: String
    /// While the file is still the one proposed, it follows the year typed:
    /// 2023 is written to <scope>-2023, not to the year the dialog opened on.
    public var values: [FieldKey: String] {
        didSet {
            let (old, new) = (oldValue[.year] ?? "", values[.year] ?? "")
            if old != new && values[.file] == proposedFile(year: old) { values[.file] = proposedFile(year: new) }
        }
    }
    public let initialValues: [FieldKey: String]

    /// A dialog for `base`, writing by default to `folder`/<scope>-<year>.
    public init(base: ExportRequest, scopeLabel: String, folder: String) {
        self.base = base
        self.scopeLabel = scopeLabel
        self.folder = folder
        let file = Self.proposedFile(folder: folder, scope: scopeLabel, year: String(base.year))
        values = [
            .scope: scopeLabel, .year: String(base.year), .format: ExportFormat.html.rawValue,
            .table: CSVSummary.Table.tasks.rawValue, .file: file,
        ]
        initialValues = values
    }

    private func proposedFile(year: String) -> String {
        Self.proposedFile(folder: folder, scope: scopeLabel, year: year)
    }

    /// The file proposed for a year: the scope's name, made safe for a file name, and the year.
    private static func proposedFile(folder: String, scope: String, year: String) -> String {
        let safe = scope.map { "/\\:*?\"<>| ".contains($0) ? "-" : $0 }
        return folder + "/" + String(safe) + "-" + year.trimmed
    }

    public var title: Localized { L.exportScope(scopeLabel) }

    /// An export is about no one file; a reload leaves it as it is.
    public var fields: [FormField] {
        var fields = [
            FormField(.year, L.year, required: true),
            FormField(
                .format, L.format,
                .choice(
                    ExportFormat.allCases.map {
                        FormField.Option($0.rawValue, Localized($0.rawValue))
                    })),
        ]
        if self[.format] == ExportFormat.csv.rawValue {
            fields.append(
                FormField(
                    .table, L.csvTable,
                    .choice(
                        CSVSummary.Table.allCases.map {
                            FormField.Option($0.rawValue, Localized($0.rawValue))
                        })))
        }
        return fields + [FormField(.file, L.outputFile, required: true)]
    }

    /// The year and the file refused, with the reason.
    public func errors() -> [FieldKey: Localized] {
        var errors: [FieldKey: Localized] = [:]
        if let year = Int(self[.year].trimmed), (2000...2100).contains(year) {} else { errors[.year] = L.badYear }
        if self[.file].trimmed.isEmpty { errors[.file] = L.required }
        return errors
    }

    /// Export changes no community.
    public var request: (ExportRequest, String) {
        var request = base
        request.year = Int(self[.year].trimmed) ?? base.year
        request.format = ExportFormat(rawValue: self[.format]) ?? .html
        request.table = CSVSummary.Table(rawValue: self[.table]) ?? .tasks
        var path = ExportFolder.expandingTilde(self[.file].trimmed, home: ProcessInfo.processInfo.environment["HOME"])
        if (path as NSString).pathExtension.lowercased() != request.format.rawValue {
            path += "." + request.format.rawValue
        }
        return (request, path)
    }
}
