import ArgumentParser
import Foundation
import PlanSiteCore
import PlanSiteImport

struct NextYearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "next-year",
        abstract: "Start the next fiscal year: Content/years/<YYYY>/ from the latest year.",
        discussion: """
            Writes Content/years/<latest+1>/report.yml from the latest year: every action's id
            written out (an action keeps its identity when rows move), results and statuses kept
            for you to update, the policies' narratives copied.

            A one-year project (Content/report.yml) is first turned into a several-year one:
            Content/plan.yml from the report's header (title, subtitle, organization, contact,
            base_url, labels, actors, statuses), the year's report.yml and policies/ moved to
            Content/years/<YYYY>/. The new content is prepared beside Content/ and put in its
            place with one rename: if anything fails, nothing has moved.

            Example:
              plansite next-year             # the project in the current folder
              plansite next-year ~/reports/plan
            """
    )

    @OptionGroup var project: ProjectOptions

    func run() throws {
        let paths = project.paths()
        do {
            let summary = try NextYear.run(content: paths.content)
            if summary.converted {
                Terminal.out(
                    "Converted \(ProjectPaths.display(paths.content))/ to a plan over several years: plan.yml and years/\(summary.previousYear)/.")
            }
            Terminal.out(
                "Wrote \(ProjectPaths.display(summary.folder))/report.yml (\(summary.actionCount) actions from \(summary.previousYear), \(summary.narrativeCount) narratives copied); update each action's result and status."
            )
        } catch .content(let diagnostics) {
            Terminal.report(diagnostics)
            Terminal.error("next-year: the content has errors; nothing was changed.")
            throw ExitStatus.contentErrors
        } catch .io(let message) {
            Terminal.error("error: \(message)")
            throw ExitStatus.ioFailure
        }
    }
}
