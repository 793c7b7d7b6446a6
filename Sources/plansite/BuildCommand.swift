import ArgumentParser
import Foundation
import PlanSite
import PlanSiteCore

struct BuildCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "build",
        abstract: "Build the site into Output/.",
        discussion: """
            Reads DIR/Content (and DIR/Templates over the built-in theme) and replaces DIR/Output
            with the new site only when the whole build succeeded.

            Example:
              plansite build                 # the project in the current folder
              plansite build ~/reports/2013 --output /tmp/site
            """
    )

    @OptionGroup var project: ProjectOptions

    @Option(
        help: ArgumentHelp(
            "A templates folder whose files override the built-in theme (default: DIR/Templates).",
            valueName: "path"), completion: .directory)
    var templates: String?

    @Option(help: ArgumentHelp("Where to write the site (default: DIR/Output).", valueName: "path"), completion: .directory)
    var output: String?

    @Flag(help: "Also print the time each stage took.")
    var timings = false

    @Flag(help: "Replace an output folder that plansite did not write (never one that holds the content).")
    var force = false

    @Flag(help: "When another build is writing the same output folder, exit (status 75) instead of waiting for it.")
    var noWait = false

    func run() throws {
        let paths = project.paths(templates: templates, output: output)
        let progress = Terminal.Progress()
        defer { progress.finish() }
        // A file size limit (ulimit -f) must fail the write with EFBIG, not kill the build.
        signal(SIGXFSZ, SIG_IGN)
        let shown = ProjectPaths.display(paths.output)
        let waiting = { (pid: Int32?) in
            Terminal.error("waiting for another build writing \(shown)/\(pid.map { " (pid \($0))" } ?? "")…")
        }
        do {
            let summary = try SiteBuilder.build(paths, force: force, wait: !noWait, waiting: waiting, progress: progress.update)
            progress.finish()
            Terminal.report(summary.warnings)
            let output = ProjectPaths.display(paths.output)
            Terminal.out(
                "Built \(summary.pageCount) pages, \(summary.actionCount) actions, \(summary.fileCount) files in \(summary.milliseconds) ms → \(output)/ (open \(output)/index.html)"
            )
            if timings {
                print(summary.timings.map { "\($0.stage) \(String(format: "%.1f", $0.seconds * 1000)) ms" }.joined(separator: " · "))
            }
        } catch .content(let diagnostics) {
            progress.finish()
            Terminal.report(diagnostics)
            let count = diagnostics.filter { $0.severity == .error }.count
            Terminal.error("Build failed: \(count) error\(count == 1 ? "" : "s"); \(ProjectPaths.display(paths.output))/ was left unchanged.")
            throw ExitStatus.contentErrors
        } catch .io(let message) {
            Terminal.error("error: \(message)")
            throw ExitStatus.ioFailure
        } catch .busy(let message) {
            Terminal.error("error: \(message)")
            throw ExitStatus.busy
        }
    }
}
