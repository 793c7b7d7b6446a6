import PlanSiteCore
import PlanSiteRendering

/// The actions not (fully) done that share one status, under that status's heading: the
/// overview and the print document list 一部実施 and 未実施 apart, each with its policy.
struct NotDoneStatusGroup: TemplateModel {
    let status: StatusStyle
    let unit: String
    var rows: [NotDoneRow]
    var language: SiteLanguage = .ja

    static let fields: [String: @Sendable (NotDoneStatusGroup) -> TemplateValue] = [
        "anchor": { TemplateValue("not-done-status-\($0.status.key)") },
        "key": { TemplateValue($0.status.key) },
        "label": { TemplateValue($0.status.label) },
        "symbol": { TemplateValue($0.status.symbol) },
        "tone": { TemplateValue($0.status.tone) },
        "shade": { TemplateValue(String($0.status.shade)) },
        "count_label": { TemplateValue($0.language.count($0.rows.count, $0.unit)) },
        "rows": { TemplateValue($0.rows) },
    ]
    static let fieldTable = FieldTable(fields)

    /// `rows` by status, in the report's order of statuses; a status with no row has no group.
    static func groups(_ rows: [NotDoneRow], styles: [StatusStyle], unit: String, language: SiteLanguage = .ja) -> [NotDoneStatusGroup] {
        var seen = Set<String>()
        return styles.compactMap { style in
            guard seen.insert(style.key).inserted else { return nil }
            let mine = rows.filter { $0.action.status.key == style.key }
            return mine.isEmpty ? nil : NotDoneStatusGroup(status: style, unit: unit, rows: mine, language: language)
        }
    }
}
