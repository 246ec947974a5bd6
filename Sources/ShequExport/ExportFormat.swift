import Foundation
import ShequCore

/// The formats a summary is written in.
public enum ExportFormat: String, CaseIterable, Sendable {
    case txt, html, md, csv, json

    /// The summary in this format; `table` picks the CSV table.
    public func render(_ summary: Summary, language: Language, table: CSVSummary.Table = .tasks) throws -> Data {
        switch self {
        case .txt: Data(TextSummary.render(summary, language: language).utf8)
        case .html: Data(HTMLSummary.render(summary, language: language).utf8)
        case .md: Data(MarkdownSummary.render(summary, language: language).utf8)
        case .csv: try CSVSummary.render(summary, table: table, language: language)
        case .json: try JSONSummary.render(summary)
        }
    }
}

/// Words every format shares.
enum SummaryText {
    static func title(_ name: String, _ year: Int, _ language: Language) -> String {
        language(Localized(zh: "\(name)\(year)年度工作总结", en: "\(name): work summary \(year)"))
    }

    static func rollupTitle(_ scope: String, _ year: Int, _ language: Language) -> String {
        language(Localized(zh: "\(scope)\(year)年度工作汇总", en: "\(scope): summary of \(year)"))
    }

    static func facts(_ c: Summary.CommunityReport, _ language: Language) -> String {
        [
            language(L.street) + (language == .zh ? "：" : ": ") + c.street,
            language(L.district) + (language == .zh ? "：" : ": ") + c.district,
            language(L.population) + (language == .zh ? "：" : ": ") + (c.population.map(String.init) ?? "-"),
            language(L.households) + (language == .zh ? "：" : ": ") + (c.households.map(String.init) ?? "-"),
        ].joined(separator: "  ")
    }

    static func section(_ n: Int, _ language: Language) -> String {
        let zh = ["一、工作计划完成情况", "二、活动开展情况", "三、检查考评情况", "四、工作小结", "五、存在问题与下步打算"]
        let en = [
            "1. Plans and targets", "2. Activities", "3. Inspections and evaluations", "4. Summary", "5. What remains",
        ]
        return language == .zh ? zh[n - 1] : en[n - 1]
    }

    static func signatures(_ language: Language) -> String {
        language(
            Localized(
                zh: "填报人：____________    审核人：____________    日期：____________",
                en: "Prepared by: __________    Reviewed by: __________    Date: __________"))
    }

    static func score(_ c: Summary.ChecklistReport) -> String {
        ChecklistEvaluation.scoreText(c.score, scored: c.scored)
    }

    static func checklistState(_ c: Summary.ChecklistReport, _ language: Language) -> String {
        var text = c.stateText
        if c.vetoFailed { text += language == .zh ? "，一票否决" : ", vetoed" }
        if c.changedSinceApproval { text += language == .zh ? "，审核后已被改动" : ", changed since approval" }
        return text
    }
}
