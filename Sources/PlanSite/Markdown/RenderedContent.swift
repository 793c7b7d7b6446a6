/// Every Markdown text of a report, rendered once for each page style, in report order.
public struct RenderedContent: Sendable {
    public var policies: [RenderedPolicy]
}

public struct RenderedPolicy: Sendable {
    public var summary: RenderedMarkdown?
    public var narrative: RenderedMarkdown?
    /// The policy's actions, objective after objective.
    public var actions: [RenderedAction]
}

public struct RenderedAction: Sendable {
    public var plan: RenderedMarkdown?
    public var result: RenderedMarkdown?
    public var challenges: RenderedMarkdown?
    public var nextSteps: RenderedMarkdown?
    public var note: RenderedMarkdown?
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
    public static func render(_ report: Report, narratives: [String: Narrative], renderer: MarkdownRenderer,
                              reportFile: String) -> (content: RenderedContent, diagnostics: [Diagnostic]) {
        // Policy by policy on every core; diagnostics are joined in report order.
        let results = Parallel.map(report.policies.count) { p in
            render(report.policies[p], narrative: narratives[report.policies[p].id.value], renderer: renderer, reportFile: reportFile)
        }
        return (RenderedContent(policies: results.map(\.0)), results.flatMap(\.1))
    }

    static func render(_ policy: Policy, narrative: Narrative?, renderer: MarkdownRenderer,
                       reportFile: String) -> (RenderedPolicy, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        func field(_ value: Located<String>?) -> RenderedMarkdown? {
            guard let value else { return nil }
            return renderer.renderField(value.value, source: .init(file: reportFile, position: value.position, directory: [],
                                                                   isWholeFile: false), diagnostics: &diagnostics)
        }
        var rendered: RenderedMarkdown?
        if let narrative {
            rendered = renderer.renderNarrative(
                narrative.text, policyID: policy.id.value,
                source: .init(file: narrative.file, position: .start, directory: ["policies"], isWholeFile: true),
                diagnostics: &diagnostics)
        }
        let actions = policy.objectives.flatMap(\.actions).map { action in
            RenderedAction(plan: field(action.plan), result: field(action.result), challenges: field(action.challenges),
                           nextSteps: field(action.nextSteps), note: field(action.note))
        }
        return (RenderedPolicy(summary: field(policy.summary), narrative: rendered, actions: actions), diagnostics)
    }
}
