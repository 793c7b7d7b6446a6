import Foundation
import PlanSiteSupport

/// For the preview: renders a report's Markdown again after a save, reusing each policy's
/// rendering while its Markdown texts, their positions and its narrative are the same. What a
/// text renders to depends only on those and on the link resolver (the asset paths and policy
/// ids), so a different resolver starts afresh. The result is what `MarkdownStage.render` gives.
public final class MarkdownCache: @unchecked Sendable {
    /// Everything a policy's rendering depends on, besides the resolver.
    struct Key: Equatable {
        var id: String
        var texts: [String?]
        var positions: [SourcePosition]
        var narrative: String?
        var narrativeFile: String?

        init(_ policy: Policy, narrative: Narrative?) {
            id = policy.id.value
            texts = []
            positions = []
            func add(_ texts: OptionalTexts, _ list: FieldList) {
                for field in list.texts where field.kind == .markdown {
                    let value = texts[field.slot!]
                    self.texts.append(value?.value)
                    positions.append(value?.position ?? .start)
                }
            }
            add(policy.texts, Schema.policy)
            for objective in policy.objectives {
                for action in objective.actions { add(action.texts, Schema.action) }
            }
            self.narrative = narrative?.text
            narrativeFile = narrative?.file
        }
    }

    struct Entry {
        var key: Key
        var rendered: RenderedPolicy
        var diagnostics: [Diagnostic]
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

    public func render(_ report: Report, narratives: [String: Narrative], renderer: MarkdownRenderer,
                       reportFile: String) -> (content: RenderedContent, diagnostics: [Diagnostic]) {
        lock.lock()
        defer { lock.unlock() }
        let links = renderer.links
        var old = kept[reportFile]
        if let known = old, known.assetPaths != links.assetPaths || known.policyIDs != links.policyIDs || known.folder != links.folder {
            old = nil
        }
        let keys = report.policies.map { Key($0, narrative: narratives[$0.id.value]) }
        let found: [Entry?] = keys.map { key in old?.entries[key.id].flatMap { $0.key == key ? $0 : nil } }
        let missing = found.indices.filter { found[$0] == nil }
        let made = Parallel.map(missing.count) { m in
            let p = missing[m]
            return MarkdownStage.render(report.policies[p], narrative: narratives[report.policies[p].id.value], renderer: renderer,
                                        reportFile: reportFile)
        }
        var entries = found
        for (m, p) in missing.enumerated() { entries[p] = Entry(key: keys[p], rendered: made[m].0, diagnostics: made[m].1) }
        var byID: [String: Entry] = [:]
        for entry in entries { byID[entry!.key.id] = entry }
        kept[reportFile] = Kept(assetPaths: links.assetPaths, policyIDs: links.policyIDs, folder: links.folder, entries: byID)
        renderedPolicies += missing.count
        policies += keys.count
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
