import PlanSiteRendering

/// `404.html`.
struct NotFoundBody: TemplateModel {
    static let fields: [String: @Sendable (NotFoundBody) -> TemplateValue] = [:]
    static let fieldTable = FieldTable(fields)
}
