import ArgumentParser
import Foundation
import PlanSite
import PlanSiteCore

struct CheckCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "check",
        abstract: "Check the content without writing anything.",
        discussion: """
            Lists every problem as file:line:column: message and exits with 1 if there is any error.

            Example:
              plansite check
              plansite check ~/reports/2013 --content ~/reports/2013/Content
            """
    )

    @OptionGroup var project: ProjectOptions

    func run() throws {
        let paths = project.paths()
        let diagnostics: [Diagnostic]
        do {
            diagnostics = try SiteBuilder.check(paths)
        } catch .io(let message), .busy(let message) {
            Terminal.error("error: \(message)")
            throw ExitStatus.ioFailure
        } catch .content(let found) {
            diagnostics = found
        }
        Terminal.report(diagnostics)
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.filter { $0.severity == .warning }.count
        if errors > 0 {
            Terminal.error("\(errors) error\(errors == 1 ? "" : "s"), \(warnings) warning\(warnings == 1 ? "" : "s").")
            throw ExitStatus.contentErrors
        }
        Terminal.out(
            "No problems found\(warnings > 0 ? " (\(warnings) warning\(warnings == 1 ? "" : "s"))" : "") in \(ProjectPaths.display(paths.content)).")
    }
}
