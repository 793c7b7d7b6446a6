import Foundation
import PlanSiteCore

extension SiteBuilder {
    /// For the preview: the site `build` would write, kept in memory instead, its pages made when
    /// they are asked for (`OutputFile.data()`). `cache` keeps what this build parsed and rendered
    /// for the next one. Nothing is written, so no output folder is locked.
    public static func preview(_ paths: ProjectPaths, cache: RebuildCache) throws(Failure) -> (result: SiteGenerator.Result, summary: Summary) {
        let start = monotonicSeconds()
        let project: ProjectInput
        cache.files.begin()
        do {
            project = try ProjectReader.$files.withValue(cache.files) { try ProjectReader.readProject(paths) }
        } catch {
            throw .io("\(error)")
        }
        let read = monotonicSeconds()
        let result: SiteGenerator.Result
        switch consume project {
        case .oneYear(let input):
            cache.begin(keeping: [input.reportFile])
            result = SiteGenerator.generate(input, clock: monotonicSeconds, cache: cache)
        case .severalYears(let input):
            cache.begin(keeping: Set(input.years.map(\.input.reportFile)))
            result = PlanGenerator.generate(input, clock: monotonicSeconds, cache: cache)
        }
        if result.diagnostics.hasErrors { throw .content(result.diagnostics) }
        let end = monotonicSeconds()
        let summary = Summary(
            pageCount: result.pageCount, actionCount: result.actionCount, fileCount: result.files.count,
            milliseconds: Int(((end - start) * 1000).rounded()),
            timings: [("read", read - start)] + result.timings,
            warnings: result.diagnostics.filter { $0.severity == .warning })
        return (result, summary)
    }
}
