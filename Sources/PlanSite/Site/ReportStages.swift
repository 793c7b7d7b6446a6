import PlanSiteCore
import PlanSiteRendering

/// The stages of one year's report, shared by a one-year build and each year of a plan:
///
///     load (with what the year inherits) → placeholders → validate → narratives → Markdown
///
/// Each stage reports what it finds and the next still runs, so that one run shows every problem;
/// only a report that could not be loaded stops here.
enum ReportStages {
    struct Outcome: Sendable {
        /// The validated report (every action id set), or nil when it could not be loaded.
        var report: Report?
        var content: RenderedContent?
        var diagnostics: [Diagnostic]
    }

    /// `bytes` are let go once loaded (a big report is mostly this file). `folder` is where the
    /// report sits under `Content/` (`["years", "2014"]`), for links in its Markdown. `lap` hears
    /// the name of each stage as it ends.
    static func run(
        _ bytes: consuming [UInt8], file: String, narratives: [SiteInput.NarrativeFile], assetPaths: Set<String>,
        defaults: ReportDefaults? = nil, folder: [String] = [], cache: RebuildCache? = nil, lap: (String) -> Void = { _ in }
    ) -> Outcome {
        var loaded = ReportLoader.load(bytes, file: file, defaults: defaults, cache: cache?.reports)
        var diagnostics = loaded.diagnostics
        if loaded.report != nil { diagnostics += PlaceholderCheck.find(bytes, file: file) }
        _ = consume bytes
        guard let report = loaded.report else { return Outcome(report: nil, content: nil, diagnostics: diagnostics) }
        loaded.report = nil  // the validator below must hold the only copy, so it can change it in place
        lap("load")

        let validated = ReportValidator.validate(report, file: file)
        diagnostics += validated.diagnostics
        let ids = validated.report.policies.map(\.id.value)
        let (texts, problems) = SiteGenerator.readNarratives(narratives, policyIDs: ids)
        diagnostics += problems
        lap("validate")

        let renderer = MarkdownRenderer(links: LinkResolver(assetPaths: assetPaths, policyIDs: Set(ids), folder: folder))
        let rendered =
            cache?.markdown.render(validated.report, narratives: texts, renderer: renderer, reportFile: file)
            ?? MarkdownStage.render(validated.report, narratives: texts, renderer: renderer, reportFile: file)
        diagnostics += rendered.diagnostics
        lap("markdown")
        return Outcome(report: validated.report, content: rendered.content, diagnostics: diagnostics)
    }
}
