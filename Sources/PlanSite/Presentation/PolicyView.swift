import PlanSiteCore
import PlanSiteRendering

/// A policy as its page and the print document show it.
struct PolicyView: TemplateModel {
    let id: String
    let numberLabel: String
    let title: String
    /// `summary`, `contact` … as shown, by the slots of `Schema.policy`.
    let texts: [String?]
    let narrativeHTML: String?
    let toc: [TocEntry]
    let progress: ProgressView
    let objectives: [ObjectiveView]
    let previous: PolicyLink?
    let next: PolicyLink?

    static let fields: [String: @Sendable (PolicyView) -> TemplateValue] = SchemaTemplateNames.merged(
        [
            "id": { TemplateValue($0.id) },
            "anchor": { TemplateValue("policy-\($0.id)") },
            "number_label": { TemplateValue($0.numberLabel) },
            "title": { TemplateValue($0.title) },
            // For the action tables, where `title` is the objective's: print repeats it on every page.
            "policy_title": { TemplateValue($0.title) },
            "narrative_html": { TemplateValue($0.narrativeHTML) },
            "toc": { TemplateValue($0.toc) },
            "has_toc": { TemplateValue($0.toc.count >= 2) },
            "progress": { TemplateValue($0.progress) },
            "objectives": { TemplateValue($0.objectives) },
            "has_actions": { TemplateValue($0.progress.summary.total > 0) },
            "previous": { TemplateValue($0.previous) },
            "next": { TemplateValue($0.next) },
        ], SchemaTemplateNames.entries(Schema.policy) { $0.texts })
    static let fieldTable = FieldTable(fields)
}

/// A heading of a narrative in its table of contents.
struct TocEntry: TemplateModel {
    let text: String
    let href: String
    let level: Int

    static let fields: [String: @Sendable (TocEntry) -> TemplateValue] = [
        "text": { TemplateValue($0.text) },
        "href": { TemplateValue($0.href) },
        "is_sub": { TemplateValue($0.level > 1) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// One 取組方針 with its table of actions.
struct ObjectiveView: TemplateModel {
    let title: String?
    let caption: String
    let actions: [ActionRow]

    static let fields: [String: @Sendable (ObjectiveView) -> TemplateValue] = [
        "title": { TemplateValue($0.title) },
        "has_title": { TemplateValue($0.title != nil) },
        "caption": { TemplateValue($0.caption) },
        "actions": { TemplateValue($0.actions) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// A link to the previous or next policy page.
struct PolicyLink: TemplateModel {
    let href: String
    let numberLabel: String
    let title: String

    static let fields: [String: @Sendable (PolicyLink) -> TemplateValue] = [
        "href": { TemplateValue($0.href) },
        "number_label": { TemplateValue($0.numberLabel) },
        "title": { TemplateValue($0.title) },
    ]
    static let fieldTable = FieldTable(fields)
}
