import Foundation
import ShequDomain
import ShequText

/// The formats a summary is written in.
public enum ExportFormat: String, CaseIterable, Sendable {
    case txt, html, md, csv, json

    /// The summary in this format; `table` picks the CSV table and
    /// `ambiguousWide` how the text export counts “…” (by language when nil).
    public func render(
        _ summary: Summary, language: Language, table: CSVSummary.Table = .tasks, ambiguousWide: Bool? = nil
    ) throws -> Data {
        switch self {
        case .txt: Data(TextSummary.render(summary, language: language, ambiguousWide: ambiguousWide).utf8)
        case .html: Data(HTMLSummary.render(summary, language: language).utf8)
        case .md: Data(MarkdownSummary.render(summary, language: language).utf8)
        case .csv: try CSVSummary.render(summary, table: table, language: language)
        case .json: try JSONSummary.render(summary)
        }
    }
}
