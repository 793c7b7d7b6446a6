import Foundation
import PlanSiteCore
import PlanSiteRendering
import PlanSiteSupport

/// The build of a several-year plan without side effects: `plan.yml` and each year through the
/// one-year stages (with what the year inherits), then the pages across years and the data of
/// every year. Each year's pages live under `<YYYY>/`, so adding a year changes no address.
public enum PlanGenerator {
    public static func generate(
        _ input: consuming PlanInput, clock: () -> Double = { 0 }, progress: (String) -> Void = { _ in },
        cache: RebuildCache? = nil
    ) -> SiteGenerator.Result {
        var diagnostics = input.problems
        let start = clock()
        func failed() -> SiteGenerator.Result {
            SiteGenerator.Result(files: [], diagnostics: diagnostics.sortedByPlace(), pageCount: 0, actionCount: 0, timings: [])
        }
        progress("reading plan.yml")
        let planLoad =
            input.planBytes.isEmpty && !input.problems.isEmpty ? (plan: nil, diagnostics: []) : PlanLoader.load(input.planBytes, file: input.planFile)
        diagnostics += planLoad.diagnostics
        if planLoad.plan != nil { diagnostics += PlaceholderCheck.find(input.planBytes, file: input.planFile) }
        let plan = planLoad.plan ?? Plan(title: Located("", at: .start))
        if let period = plan.period, period.from.value <= period.to.value {  // a reversed period is reported by PlanLoader
            for year in input.years where !(period.from.value...period.to.value).contains(year.year) {
                diagnostics.append(
                    Diagnostic(
                        file: year.input.reportFile, position: .start,
                        message:
                            "the year \(year.year) is outside the plan's period \(period.from.value)–\(period.to.value) (\(input.planFile):\(period.position)); widen the period or move the folder"
                    ))
            }
        }

        // Each year through the one-year stages, the years at the same time (in year order after).
        progress("checking every year")
        var years: [(year: Int, report: Report)] = []
        var contents: [RenderedContent] = []
        let assetPaths = Set(input.assets.map(\.path))
        // As many years at once as there are cores; each year's bytes are let go once it is
        // loaded, so a plan of many years never holds every file and every model at once.
        let width = Parallel.isEnabled ? max(1, ProcessInfo.processInfo.activeProcessorCount) : 1
        var reportFiles: [String] = []  // of `years`
        var first = 0
        while first < input.years.count {
            let end = min(first + width, input.years.count)
            let chunk = Array(input.years[first..<end])
            let loaded = Parallel.map(chunk.count) { i in
                Self.loadYear(chunk[i], defaults: plan.defaults(forYear: chunk[i].year), assetPaths: assetPaths, cache: cache)
            }
            for (i, year) in loaded.enumerated() {
                diagnostics += year.diagnostics
                guard let report = year.report, let content = year.content else { continue }
                years.append((chunk[i].year, report))
                reportFiles.append(chunk[i].input.reportFile)
                contents.append(content)
            }
            for y in first..<end { input.years[y].input.reportBytes = [] }
            first = end
        }
        diagnostics += SiteGenerator.assetClashes(input.assets, theme: input.theme)
        diagnostics += PlanChecks.warnings(years, files: reportFiles)
        let compiled = PageRenderer.compile(input.theme)
        diagnostics += compiled.diagnostics
        guard !diagnostics.hasErrors, let renderer = compiled.renderer, !years.isEmpty else { return failed() }

        progress("rendering pages")
        func page(_ path: String, _ template: String, parallel: Bool = false, _ model: @escaping @Sendable () -> Page) -> OutputFile {
            OutputFile(path: path, contents: .stream { sink in renderer.render(model(), template: template, into: sink, parallel: parallel) })
        }
        let planPresenter = PlanPresenter(plan: plan, years: years)
        var files: [OutputFile] = [page("index.html", "plan-index") { planPresenter.overviewPage() }]
        for id in planPresenter.policyIDs {
            files.append(page("policies/\(id).html", "plan-policy") { planPresenter.policyPage(id) })
        }
        var actionCount = 0
        for (y, year) in years.enumerated() {
            var placed = SitePresenter(report: year.report, content: contents[y])
            placed.year = planPresenter.yearPages(y)
            let presenter = placed
            let folder = "\(year.year)/"
            files.append(page(folder + "index.html", "index") { presenter.overviewPage() })
            for p in year.report.policies.indices {
                files.append(page(folder + "policies/\(year.report.policies[p].id.value).html", "policy") { presenter.policyPage(p) })
            }
            files.append(page(folder + "print.html", "print", parallel: true) { presenter.printPage() })
            files.append(page(folder + "actions.html", "actions", parallel: true) { presenter.actionsPage() })
            files.append(
                OutputFile(path: folder + ReportStyleSheet.fileName, contents: .text(ReportStyleSheet.text(runningHeader: presenter.site.fullTitle))))
            actionCount += year.report.policies.reduce(0) { $0 + $1.actions.count }
        }
        files.append(page("404.html", "404") { planPresenter.notFoundPage() })
        let pageCount = files.count
        let reports = years.map(\.report)
        files.append(OutputFile(path: "data/report.json", contents: .stream { PlanJSON.encode(plan, reports, into: $0) }))
        files.append(
            OutputFile(
                path: "data/actions.csv",
                contents: .stream { sink in
                    for (y, report) in reports.enumerated() { ActionsCSV.encode(report, into: sink, yearColumn: true, header: y == 0) }
                }))
        if let baseURL = (plan[text: "base_url"] ?? reports.last?[text: "base_url"])?.value {
            files.append(
                OutputFile(
                    path: "sitemap.xml",
                    contents: .text(
                        Sitemap.encode(policyIDs: planPresenter.policyIDs, years: years, baseURL: baseURL))))
        }
        files.append(OutputFile(path: ReportStyleSheet.fileName, contents: .text(ReportStyleSheet.text(runningHeader: planPresenter.site.fullTitle))))
        for asset in input.theme.assets { files.append(OutputFile(path: asset.path, contents: .bytes(asset.bytes))) }
        for asset in input.assets { files.append(OutputFile(path: asset.path, contents: asset.contents)) }
        return SiteGenerator.Result(
            files: files, diagnostics: diagnostics.sortedByPlace(), pageCount: pageCount,
            actionCount: actionCount, timings: [("load, check and present", clock() - start)])
    }

    /// One year through the one-year stages: loading with what it inherits, validation, Markdown.
    static func loadYear(_ year: PlanInput.Year, defaults: ReportDefaults, assetPaths: Set<String>, cache: RebuildCache? = nil)
        -> (report: Report?, content: RenderedContent?, diagnostics: [Diagnostic])
    {
        let loaded = ReportLoader.load(year.input.reportBytes, file: year.input.reportFile, defaults: defaults, cache: cache?.reports)
        var diagnostics = loaded.diagnostics
        guard let report = loaded.report else { return (nil, nil, diagnostics) }
        diagnostics += PlaceholderCheck.find(year.input.reportBytes, file: year.input.reportFile)
        let validated = ReportValidator.validate(report, file: year.input.reportFile)
        diagnostics += validated.diagnostics
        let ids = validated.report.policies.map(\.id.value)
        let (narratives, problems) = SiteGenerator.readNarratives(year.input.narratives, policyIDs: ids)
        diagnostics += problems
        let resolver = LinkResolver(assetPaths: assetPaths, policyIDs: Set(ids), folder: ["years", String(year.year)])
        let rendered =
            cache?.markdown.render(
                validated.report, narratives: narratives, renderer: MarkdownRenderer(links: resolver),
                reportFile: year.input.reportFile)
            ?? MarkdownStage.render(
                validated.report, narratives: narratives, renderer: MarkdownRenderer(links: resolver),
                reportFile: year.input.reportFile)
        diagnostics += rendered.diagnostics
        // One cause, one error, within the year (a narrative orphaned by a duplicate id of its year).
        return (validated.report, rendered.content, CauseFolding.fold(diagnostics.sortedByPlace()))
    }
}
