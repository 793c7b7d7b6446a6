import PlanSiteSupport

/// Every Markdown text of a report, rendered once for each page style, in report order.
public struct RenderedContent: Sendable {
    public var policies: [RenderedPolicy]

    public init(policies: [RenderedPolicy]) {
        self.policies = policies
    }
}

public struct RenderedPolicy: Sendable {
    /// The policy's Markdown texts (`summary`), by the slots of `Schema.policy`; `nil` for
    /// absent and plain-text fields.
    public var texts: [RenderedMarkdown?]
    public var narrative: RenderedMarkdown?
    /// The policy's actions, objective after objective.
    public var actions: [RenderedAction]
}

/// An action's Markdown texts, by the slots of `Schema.action`; `nil` for absent and plain-text
/// fields.
public struct RenderedAction: Sendable {
    public var texts: [RenderedMarkdown?]
}

/// A policy narrative as read from `Content/policies/<id>.md`.
public struct Narrative: Sendable {
    public var text: String
    /// The file as the user knows it (`Content/policies/awareness.md`).
    public var file: String

    public init(text: String, file: String) {
        self.text = text
        self.file = file
    }
}

/// Renders all of a report's Markdown: narratives as blocks, fields inline.
public enum MarkdownStage {
    public static func render(
        _ report: Report, narratives: [String: Narrative], renderer: MarkdownRenderer,
        reportFile: String
    ) -> (content: RenderedContent, diagnostics: [Diagnostic]) {
        // Policy by policy on every core; diagnostics are joined in report order.
        let results = Parallel.map(report.policies.count) { p in
            render(report.policies[p], narrative: narratives[report.policies[p].id.value], renderer: renderer, reportFile: reportFile)
        }
        return (RenderedContent(policies: results.map(\.0)), results.flatMap(\.1))
    }

    static func render(
        _ policy: Policy, narrative: Narrative?, renderer: MarkdownRenderer,
        reportFile: String
    ) -> (RenderedPolicy, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func field(_ value: Located<String>?) -> RenderedMarkdown? {
            guard let value else { return nil }
            return renderer.renderField(
                value.value,
                source: .init(
                    file: reportFile, position: value.position, directory: [],
                    isWholeFile: false), diagnostics: &diagnostics)
        }
        var rendered: RenderedMarkdown?
        if let narrative {
            rendered = renderer.renderNarrative(
                narrative.text, policyID: policy.id.value,
                source: .init(file: narrative.file, position: .start, directory: ["policies"], isWholeFile: true),
                diagnostics: &diagnostics)
        }
        func fields(_ texts: OptionalTexts, _ list: FieldList) -> [RenderedMarkdown?] {
            list.texts.map { $0.kind == .markdown ? field(texts[$0.slot!]) : nil }
        }
        let actions = policy.objectives.flatMap(\.actions).map { RenderedAction(texts: fields($0.texts, Schema.action)) }
        return (RenderedPolicy(texts: fields(policy.texts, Schema.policy), narrative: rendered, actions: actions), diagnostics)
    }
}
