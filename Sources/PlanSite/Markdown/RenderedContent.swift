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
        var diagnostics: [Diagnostic] = []
        func field(_ value: Located<String>?) -> RenderedMarkdown? {
            guard let value else { return nil }
            return renderer.renderField(value.value, source: .init(file: reportFile, position: value.position, directory: [],
                                                                   isWholeFile: false), diagnostics: &diagnostics)
        }
        var policies: [RenderedPolicy] = []
        policies.reserveCapacity(report.policies.count)
        for policy in report.policies {
            var narrative: RenderedMarkdown?
            if let text = narratives[policy.id.value] {
                narrative = renderer.renderNarrative(
                    text.text, policyID: policy.id.value,
                    source: .init(file: text.file, position: .start, directory: ["policies"], isWholeFile: true),
                    diagnostics: &diagnostics)
            }
            let actions = policy.objectives.flatMap(\.actions).map { action in
                RenderedAction(plan: field(action.plan), result: field(action.result), challenges: field(action.challenges),
                               nextSteps: field(action.nextSteps), note: field(action.note))
            }
            policies.append(RenderedPolicy(summary: field(policy.summary), narrative: narrative, actions: actions))
        }
        return (RenderedContent(policies: policies), diagnostics)
    }
}
