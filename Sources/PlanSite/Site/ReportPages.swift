import PlanSiteCore
import PlanSiteRendering

/// The pages of one report: a one-year site's, or a year's of a plan under `<YYYY>/`.
enum ReportPages {
    /// The overview, a page per policy, the print document and the list of actions, each made
    /// as it is written; `folder` is `""` or `"2014/"`.
    static func files(_ presenter: SitePresenter, renderer: PageRenderer, folder: String = "") -> [OutputFile] {
        var files = [renderer.file(folder + "index.html", "index") { presenter.overviewPage() }]
        for p in presenter.report.policies.indices {
            files.append(renderer.file(folder + "policies/\(presenter.report.policies[p].id.value).html", "policy") { presenter.policyPage(p) })
        }
        files.append(renderer.file(folder + "print.html", "print", parallel: true) { presenter.printPage() })
        files.append(renderer.file(folder + "actions.html", "actions", parallel: true) { presenter.actionsPage() })
        return files
    }
}

extension PageRenderer {
    /// A page whose model is made, and rendered straight into the file, when the file is
    /// written (on every core, by `OutputWriter` or `StagedSite`), so a site is never held whole.
    /// `parallel`: a long page (print, the list) whose lists may be split over the cores.
    func file(_ path: String, _ template: String, parallel: Bool = false, _ model: @escaping @Sendable () -> Page) -> OutputFile {
        OutputFile(path: path, contents: .stream { sink in render(model(), template: template, into: sink, parallel: parallel) })
    }
}
