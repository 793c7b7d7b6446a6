import PlanSiteCore
import PlanSiteRendering
import PlanSiteSupport

/// The whole build without side effects: content in, site files or diagnostics out.
///
///     load → validate → Markdown → present → render → data files
public enum SiteGenerator {
    /// The result of a build: the files to write (empty when there are errors) and every problem found.
    public struct Result: Sendable {
        public var files: [OutputFile]
        public var diagnostics: [Diagnostic]
        public var pageCount: Int
        public var actionCount: Int
        public var timings: [(stage: String, seconds: Double)]
    }

    /// `progress` hears the name of each stage as it starts (for a terminal's progress line).
    /// Takes the input (`consuming`) so that the bytes of report.yml can go once they are read.
    /// `cache` (the preview's) keeps what the last build parsed and rendered, for the parts that did not change.
    public static func generate(
        _ input: consuming SiteInput, clock: () -> Double = { 0 }, progress: (String) -> Void = { _ in },
        cache: RebuildCache? = nil
    ) -> Result {
        var timings: [(String, Double)] = []
        var last = clock()
        func lap(_ stage: String, next: String? = nil) {
            let now = clock()
            timings.append((stage, now - last))
            last = now
            if let next { progress(next) }
        }
        progress("reading report.yml")
        var diagnostics: [Diagnostic] = input.problems
        func failed() -> Result {
            Result(files: [], diagnostics: CauseFolding.fold(diagnostics.sortedByPlace()), pageCount: 0, actionCount: 0, timings: timings)
        }

        // Load, validate and render the Markdown; the bytes of report.yml go once read.
        let bytes = input.reportBytes
        input.reportBytes = []
        let stages = ReportStages.run(
            consume bytes, file: input.reportFile, narratives: input.narratives, assetPaths: Set(input.assets.map(\.path)),
            cache: cache,
            lap: { stage in lap(stage, next: ["load": "checking", "validate": "rendering Markdown", "markdown": "rendering pages"][stage]) })
        diagnostics += stages.diagnostics
        guard let report = stages.report, let content = stages.content else { return failed() }
        diagnostics += assetClashes(input.assets, theme: input.theme)
        let compiled = PageRenderer.compile(input.theme)
        diagnostics += compiled.diagnostics
        guard !diagnostics.hasErrors, let renderer = compiled.renderer else { return failed() }

        // Present; the pages and data files are made as they are written (`OutputWriter` runs
        // them on every core), so a big report is never held in memory as a whole site.
        let presenter = SitePresenter(report: report, content: content)
        var files = ReportPages.files(presenter, renderer: renderer)
        files.append(renderer.file("404.html", "404") { presenter.notFoundPage() })
        let pageCount = files.count
        files.append(OutputFile(path: "data/report.json", contents: .stream { ReportJSON.encode(report, into: $0) }))
        files.append(OutputFile(path: "data/actions.csv", contents: .stream { ActionsCSV.encode(report, into: $0) }))
        if let baseURL = report[text: "base_url"]?.value {
            files.append(OutputFile(path: "sitemap.xml", contents: .text(Sitemap.encode(report, baseURL: baseURL))))
        }
        lap("present", next: "rendering and writing")
        files.append(OutputFile(path: ReportStyleSheet.fileName, contents: .text(ReportStyleSheet.text(runningHeader: presenter.site.fullTitle))))
        for asset in input.theme.assets { files.append(OutputFile(path: asset.path, contents: .bytes(asset.bytes))) }
        for asset in input.assets { files.append(OutputFile(path: asset.path, contents: asset.contents)) }

        let actionCount = report.policies.reduce(0) { $0 + $1.actions.count }
        return Result(
            files: files, diagnostics: CauseFolding.fold(diagnostics.sortedByPlace()), pageCount: pageCount, actionCount: actionCount,
            timings: timings)
    }

    /// Narratives by policy id; a file that matches no policy is an error naming the nearest id.
    static func readNarratives(_ files: [SiteInput.NarrativeFile], policyIDs: [String]) -> ([String: Narrative], [Diagnostic]) {
        var narratives: [String: Narrative] = [:]
        var diagnostics: [Diagnostic] = []
        let ids = Set(policyIDs)
        for file in files.sorted(by: { $0.name < $1.name }) {
            let id = String(file.name.dropLast(3))
            guard ids.contains(id) else {
                diagnostics.append(
                    Diagnostic(
                        file: file.displayPath, position: .start,
                        message: "no policy has the id \"\(id)\"; a narrative's file name must be a policy id"
                            + NearestMatch.hint(for: id, in: policyIDs)))
                continue
            }
            let bytes = ByteOrderMark.droppingUTF8(file.bytes)
            guard let text = String(validating: bytes, as: UTF8.self) else {
                diagnostics.append(
                    Diagnostic(
                        file: file.displayPath, position: EncodingDiagnosis.firstInvalidPosition(Array(bytes)),
                        message: EncodingDiagnosis.describe(Array(bytes))))
                continue
            }
            narratives[id] = Narrative(text: text, file: file.displayPath)
        }
        return (narratives, diagnostics)
    }

    /// A file of `Content/assets/` may not take the path of one of the theme's assets.
    static func assetClashes(_ assets: [SiteInput.AssetFile], theme: Theme) -> [Diagnostic] {
        let themePaths = Set(theme.assets.map(\.path))
        return assets.filter { themePaths.contains($0.path) }.map {
            Diagnostic(
                file: $0.displayPath, position: .start,
                message: "this file would replace the theme's \"\($0.path)\"; rename it or put it in a subfolder")
        }
    }
}
