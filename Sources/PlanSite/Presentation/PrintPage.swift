import PlanSiteCore
import PlanSiteRendering

/// `print.html`: cover, contents and every policy in one document.
struct PrintBody: TemplateModel {
    let overall: ProgressView
    let policies: [PolicyView]
    let columns: ColumnSet
    var departments: [DepartmentRow] = []
    /// The overview's summaries, for the end of the document: by actor, and what is not done.
    var summary: OverviewBody? = nil

    static let fields: [String: @Sendable (PrintBody) -> TemplateValue] = [
        "overall": { TemplateValue($0.overall) },
        "summary": { TemplateValue($0.summary) },
        "policies": { TemplateValue($0.policies) },
        "columns": { TemplateValue($0.columns) },
        "departments": { TemplateValue($0.departments) },
        "has_departments": { TemplateValue(!$0.departments.isEmpty) },
    ]
    static let fieldTable = FieldTable(fields)
}
