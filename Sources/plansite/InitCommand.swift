import ArgumentParser
import Foundation
import PlanSite
import PlanSiteCore

struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create a new report project with sample content and a copy of the default templates.",
        discussion: """
            DIR must not exist yet or be empty. The sample builds at once.

            Example:
              plansite init ~/reports/2025
              plansite init --years ~/reports/plan    # a plan over several years
              cd ~/reports/2025 && plansite serve
            """
    )

    @Argument(help: "The folder to create.", completion: .directory)
    var directory: String

    @Flag(help: "A plan over several years: Content/plan.yml and Content/years/<YYYY>/ (two sample years).")
    var years = false

    @Option(
        help: ArgumentHelp(
            "Messages in ja (Japanese) or en (English) (default: ja when LC_ALL, LC_MESSAGES or LANG starts with ja).",
            valueName: "language"))
    var lang: String?

    func run() throws {
        let folder = URL(fileURLWithPath: directory)
        do {
            let files = try ProjectScaffold.create(at: folder, years: years)
            let sample = years ? "a sample plan over two years, 2023 and 2024" : "a sample report with two policies"
            Terminal.out(
                "Created \(ProjectPaths.display(folder))/ with \(files.count) files: Content/ (\(sample)), Templates/ (the default theme) and README.md."
            )
            Terminal.out("Next: cd \(ProjectPaths.display(folder)) && plansite serve")
        } catch {
            Terminal.error("error: \(error)")
            throw ExitStatus.ioFailure
        }
    }
}
