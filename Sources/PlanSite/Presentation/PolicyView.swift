/// A policy as its page and the print document show it.
struct PolicyView: TemplateModel {
    let id: String
    let numberLabel: String
    let title: String
    let summaryHTML: String?
    let narrativeHTML: String?
    let toc: [TocEntry]
    let progress: ProgressView
    let objectives: [ObjectiveView]
    let previous: PolicyLink?
    let next: PolicyLink?

    static let fields: [String: @Sendable (PolicyView) -> Any?] = [
        "id": { $0.id },
        "anchor": { "policy-\($0.id)" },
        "number_label": { $0.numberLabel },
        "title": { $0.title },
        "summary_html": { $0.summaryHTML },
        "narrative_html": { $0.narrativeHTML },
        "toc": { $0.toc },
        "has_toc": { $0.toc.count >= 2 },
        "progress": { $0.progress },
        "objectives": { $0.objectives },
        "has_actions": { $0.progress.summary.total > 0 },
        "previous": { $0.previous },
        "next": { $0.next },
    ]
}

/// A heading of a narrative in its table of contents.
struct TocEntry: TemplateModel {
    let text: String
    let href: String
    let level: Int

    static let fields: [String: @Sendable (TocEntry) -> Any?] = [
        "text": { $0.text },
        "href": { $0.href },
        "is_sub": { $0.level > 1 },
    ]
}

/// One 取組方針 with its table of actions.
struct ObjectiveView: TemplateModel {
    let title: String?
    let caption: String
    let actions: [ActionRow]

    static let fields: [String: @Sendable (ObjectiveView) -> Any?] = [
        "title": { $0.title },
        "has_title": { $0.title != nil },
        "caption": { $0.caption },
        "actions": { $0.actions },
    ]
}

/// A link to the previous or next policy page.
struct PolicyLink: TemplateModel {
    let href: String
    let numberLabel: String
    let title: String

    static let fields: [String: @Sendable (PolicyLink) -> Any?] = [
        "href": { $0.href },
        "number_label": { $0.numberLabel },
        "title": { $0.title },
    ]
}
