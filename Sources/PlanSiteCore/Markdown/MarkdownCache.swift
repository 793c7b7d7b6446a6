import Foundation
import PlanSiteSupport

/// For the preview: renders a report's Markdown again after a save, reusing each policy's
/// rendering while its id, its Markdown texts, their positions and its narrative are the same. What a
/// text renders to depends only on those and on the link resolver (the asset paths and policy
/// ids), so a different resolver starts afresh. The result is what `MarkdownStage.render` gives.
public final class MarkdownCache: @unchecked Sendable {
    /// A policy's rendering with what it was rendered from.
    struct Entry {
        var policy: Policy
        var narrative: Narrative?
        var rendered: RenderedPolicy
        var diagnostics: [Diagnostic]

        /// Whether `policy` and `narrative` render the same: the same Markdown texts at the same
        /// places (walked in place: building keys cost more than the rest of the stage).
        func renders(_ policy: Policy, _ narrative: Narrative?) -> Bool {
            guard policy.id.value == self.policy.id.value, narrative?.text == self.narrative?.text,
                narrative?.file == self.narrative?.file,
                Self.same(policy.texts, self.policy.texts, Schema.policy),
                policy.objectives.count == self.policy.objectives.count
            else { return false }
            // By index, so that no action is copied.
            for o in policy.objectives.indices {
                guard policy.objectives[o].actions.count == self.policy.objectives[o].actions.count else { return false }
                for a in policy.objectives[o].actions.indices
                where !Self.same(policy.objectives[o].actions[a].texts, self.policy.objectives[o].actions[a].texts, Schema.action) {
                    return false
                }
            }
            return true
        }

        static func same(_ a: OptionalTexts, _ b: OptionalTexts, _ list: FieldList) -> Bool {
            for field in list.texts where field.kind == .markdown {
                let x = a[field.slot!]
                let y = b[field.slot!]
                guard x?.value == y?.value, x?.position == y?.position else { return false }
            }
            return true
        }
    }

    /// One report's renderings, with what they were rendered with.
    struct Kept {
        var assetPaths: Set<String>
        var policyIDs: Set<String>
        var folder: [String]
        var entries: [String: Entry]
    }

    private let lock = NSLock()
    private var kept: [String: Kept] = [:]
    /// Since `resetCounts`: how many policies were rendered, of how many.
    public private(set) var renderedPolicies = 0
    public private(set) var policies = 0

    public init() {}

    public func render(
        _ report: Report, narratives: [String: Narrative], renderer: MarkdownRenderer,
        reportFile: String
    ) -> (content: RenderedContent, diagnostics: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        let links = renderer.links
        var old = kept[reportFile]
        if let known = old, known.assetPaths != links.assetPaths || known.policyIDs != links.policyIDs || known.folder != links.folder {
            old = nil
        }
        let found: [Entry?] = report.policies.map { policy in
            let narrative = narratives[policy.id.value]
            return old?.entries[policy.id.value].flatMap { $0.renders(policy, narrative) ? $0 : nil }
        }
        let missing = found.indices.filter { found[$0] == nil }
        let made = Parallel.map(missing.count) { m in
            let p = missing[m]
            return MarkdownStage.render(
                report.policies[p], narrative: narratives[report.policies[p].id.value], renderer: renderer,
                reportFile: reportFile)
        }
        var entries = found
        for (m, p) in missing.enumerated() {
            entries[p] = Entry(
                policy: report.policies[p], narrative: narratives[report.policies[p].id.value], rendered: made[m].0,
                diagnostics: made[m].1)
        }
        var byID: [String: Entry] = [:]
        for entry in entries { byID[entry!.policy.id.value] = entry }
        kept[reportFile] = Kept(assetPaths: links.assetPaths, policyIDs: links.policyIDs, folder: links.folder, entries: byID)
        renderedPolicies += missing.count
        policies += report.policies.count
        return (RenderedContent(policies: entries.map { $0!.rendered }), entries.flatMap { $0!.diagnostics })
    }

    public func resetCounts() {
        lock.lock()
        defer { lock.unlock() }
        renderedPolicies = 0
        policies = 0
    }

    /// Forgets every report but these (a year removed from a plan).
    public func keep(only files: Set<String>) {
        lock.lock()
        defer { lock.unlock() }
        kept = kept.filter { files.contains($0.key) }
    }
}
