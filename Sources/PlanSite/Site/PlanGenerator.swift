import Foundation
import PlanSiteCore
import PlanSiteRendering
import PlanSiteSupport

/// The build of a several-year plan without side effects but its output: `plan.yml`, then each
/// year in turn through the one-year stages (with what the year inherits), its pages and its part
/// of the data handed to the output as soon as the year is read; then the pages across years from
/// what was kept of each year (its `outline`). Each year's pages live under `<YYYY>/`, so adding
/// a year changes no address. Writing a year before the next is read keeps a plan of many years
/// within little more than one year's memory.
public enum PlanGenerator {
    /// The whole site kept in memory, its pages made when they are written or asked for (the
    /// preview, tests): every year's report and Markdown stay with the pages that need them.
    public static func generate(
        _ input: consuming PlanInput, clock: () -> Double = { 0 }, progress: (String) -> Void = { _ in },
        cache: RebuildCache? = nil
    ) -> SiteGenerator.Result {
        let held = HeldSite()
        var result = run(consume input, into: held, readAhead: Parallel.width, clock: clock, progress: progress, cache: cache)
        if !result.diagnostics.hasErrors { result.files = held.files }
        return result
    }

    /// The build into `output` (a staged site) a year at a time, or with `output` nil the checks
    /// alone (`check`: nothing is rendered). `files` of the result is empty: they are in `output`,
    /// which is complete only when the result has no errors.
    public static func build(
        _ input: consuming PlanInput, into output: (any SiteOutput)?, clock: () -> Double = { 0 },
        progress: (String) -> Void = { _ in }
    ) -> SiteGenerator.Result {
        // Writing, one year is read while the one before it is written; checking, as many as there are cores.
        run(consume input, into: output, readAhead: output == nil ? Parallel.width : 1, clock: clock, progress: progress, cache: nil)
    }

    /// `readAhead`: how many years are being read at once, ahead of the one being written.
    static func run(
        _ input: consuming PlanInput, into output: (any SiteOutput)?, readAhead: Int, clock: () -> Double, progress: (String) -> Void,
        cache: RebuildCache?
    ) -> SiteGenerator.Result {
        var diagnostics = input.problems
        var timings: [(stage: String, seconds: Double)] = []
        var last = clock()
        func lap(_ stage: String) {
            let now = clock()
            timings.append((stage, now - last))
            last = now
        }
        func failed() -> SiteGenerator.Result {
            SiteGenerator.Result(files: [], diagnostics: diagnostics.sortedByPlace(), pageCount: 0, actionCount: 0, timings: timings)
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
        diagnostics += SiteGenerator.assetClashes(input.assets, theme: input.theme)
        let compiled = PageRenderer.compile(input.theme)
        diagnostics += compiled.diagnostics
        let renderer = compiled.renderer
        let language = SiteLanguage.of(plan: plan.texts)
        let yearList = input.years.map(\.year)
        let assetPaths = Set(input.assets.map(\.path))

        /// The site is made only while there is an output and no error (after one, the years are
        /// still read and checked, to report every problem at once).
        func writing() -> (any SiteOutput)? {
            guard let output, renderer != nil, !diagnostics.hasErrors else { return nil }
            return output
        }

        // Each year in turn: read, checked, its pages and its part of the data made; then only its outline is kept.
        var outlines: [(year: Int, report: Report)] = []
        var history = StatusHistory()
        var reportFiles: [String] = []  // of `outlines`
        var pageCount = 0
        var actionCount = 0
        if let output = writing() {
            let plan = plan
            output.add([], parts: [FilePart("data/report.json") { PlanJSON.head(plan, years: yearList, into: $0) }])
        }
        // The latest year's files, written with the pages across years (on every core at once).
        var latest: (files: [OutputFile], parts: [FilePart]) = ([], [])
        // Years being read on threads of their own, in year order, each handed its files' bytes
        // (the only copy, let go once the year is loaded).
        var reading: [Parallel.Pending<ReportStages.Outcome>] = []
        var unread = 0
        func readMore() {
            while unread < input.years.count && reading.count < max(1, readAhead) {
                let (year, defaults) = (input.years[unread], plan.defaults(forYear: input.years[unread].year))
                input.years[unread].input.reportBytes = []
                input.years[unread].input.narratives = []
                reading.append(Parallel.Pending(handing: year) { Self.loadYear($0, defaults: defaults, assetPaths: assetPaths, cache: cache) })
                unread += 1
            }
        }
        readMore()
        for y in input.years.indices {
            let year = input.years[y].year
            progress("reading \(input.years[y].input.reportFile)")
            let loaded = reading.removeFirst().value
            readMore()
            diagnostics += loaded.diagnostics
            guard let report = loaded.report, let content = loaded.content else { continue }
            outlines.append((year, report.outline))
            history.append(outlines[outlines.count - 1].report)
            reportFiles.append(input.years[y].input.reportFile)
            actionCount += report.policies.reduce(0) { $0 + $1.actions.count }
            guard let output = writing(), let renderer else { continue }
            // No error so far: every earlier year was read, so `y` is also the index in `outlines`.
            var placed = SitePresenter(report: report, content: content)
            placed.year = YearPages(year: year, yearIndex: y, years: yearList, history: history, language: language)
            let presenter = placed
            let folder = "\(year)/"
            var files = ReportPages.files(presenter, renderer: renderer, folder: folder)
            pageCount += files.count
            files.append(
                OutputFile(path: folder + ReportStyleSheet.fileName, contents: .text(ReportStyleSheet.text(runningHeader: presenter.site.fullTitle))))
            let parts = [
                FilePart("data/report.json") { PlanJSON.year(report, index: y, into: $0) },
                FilePart("data/actions.csv") { ActionsCSV.encode(report, into: $0, yearColumn: true, header: y == 0) },
            ]
            if y == input.years.count - 1 {
                latest = (files, parts)
            } else {
                output.add(files, parts: parts)
            }
        }
        diagnostics += PlanChecks.warnings(outlines, files: reportFiles)
        lap("read, check and write the years")
        guard !diagnostics.hasErrors, let renderer, !outlines.isEmpty else { return failed() }
        guard let output else {
            return SiteGenerator.Result(
                files: [], diagnostics: diagnostics.sortedByPlace(), pageCount: 0, actionCount: actionCount, timings: timings)
        }

        // The pages across years, and each year's page of a policy it lacks, with the latest year's.
        progress("writing the pages across years")
        let across = pagesAcrossYears(plan, outlines, history: history, language: language, input: input, renderer: renderer)
        pageCount += across.pageCount
        output.add(latest.files + across.files, parts: latest.parts)
        output.add([], parts: [FilePart("data/report.json") { PlanJSON.tail(into: $0) }])
        lap("the latest year and the pages across years")
        return SiteGenerator.Result(
            files: [], diagnostics: diagnostics.sortedByPlace(), pageCount: pageCount, actionCount: actionCount, timings: timings)
    }

    /// The files of the site as a whole once every year is written: the overview and a page per
    /// policy across years, each year's page of a policy its report lacks, the 404 page, the
    /// sitemap, the stylesheet of print and the assets. `pageCount`: the pages among them.
    static func pagesAcrossYears(
        _ plan: Plan, _ outlines: [(year: Int, report: Report)], history: StatusHistory, language: SiteLanguage,
        input: borrowing PlanInput, renderer: PageRenderer
    ) -> (files: [OutputFile], pageCount: Int) {
        let years = outlines.map(\.year)
        let planPresenter = PlanPresenter(plan: plan, years: outlines)
        var files = [renderer.file("index.html", "plan-index") { planPresenter.overviewPage() }]
        for id in planPresenter.policyIDs {
            files.append(renderer.file("policies/\(id).html", "plan-policy") { planPresenter.policyPage(id) })
        }
        let noContent = RenderedContent(policies: [])
        for absent in planPresenter.absentPolicies {
            let outline = outlines[absent.yearIndex]
            var placed = SitePresenter(report: outline.report, content: noContent)
            placed.year = YearPages(year: outline.year, yearIndex: absent.yearIndex, years: years, history: history, language: language)
            let (presenter, heading) = (placed, planPresenter.heading(of: absent.id))
            files.append(
                renderer.file("\(outline.year)/policies/\(absent.id).html", "policy-absent") {
                    presenter.absentPolicyPage(absent.id, heading: heading)
                })
        }
        files.append(renderer.file("404.html", "404") { planPresenter.notFoundPage() })
        let pageCount = files.count
        if let baseURL = (plan[text: "base_url"] ?? outlines.last?.report[text: "base_url"])?.value {
            files.append(
                OutputFile(
                    path: "sitemap.xml",
                    contents: .text(Sitemap.encode(policyIDs: planPresenter.policyIDs, years: outlines, baseURL: baseURL))))
        }
        files.append(OutputFile(path: ReportStyleSheet.fileName, contents: .text(ReportStyleSheet.text(runningHeader: planPresenter.site.fullTitle))))
        for asset in input.theme.assets { files.append(OutputFile(path: asset.path, contents: .bytes(asset.bytes))) }
        for asset in input.assets { files.append(OutputFile(path: asset.path, contents: asset.contents)) }
        return (files, pageCount)
    }

    /// One year through the one-year stages, with what it inherits; one error per cause within the
    /// year (a narrative orphaned by a duplicate id of its year).
    static func loadYear(_ year: consuming PlanInput.Year, defaults: ReportDefaults, assetPaths: Set<String>, cache: RebuildCache? = nil)
        -> ReportStages.Outcome
    {
        let bytes = year.input.reportBytes
        year.input.reportBytes = []
        var stages = ReportStages.run(
            consume bytes, file: year.input.reportFile, narratives: year.input.narratives, assetPaths: assetPaths,
            defaults: defaults, folder: ["years", String(year.year)], cache: cache)
        stages.diagnostics = CauseFolding.fold(stages.diagnostics.sortedByPlace())
        return stages
    }
}
