import PlanSiteCore
import PlanSiteRendering

/// `policies/<id>.html`.
struct PolicyPageBody: TemplateModel {
    let policy: PolicyView
    let columns: ColumnSet

    static let fields: [String: @Sendable (PolicyPageBody) -> TemplateValue] = [
        "policy": { TemplateValue($0.policy) },
        "columns": { TemplateValue($0.columns) },
    ]
    static let fieldTable = FieldTable(fields)
}
