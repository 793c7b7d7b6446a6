import ArgumentParser
import PlanSiteCore

struct SchemaCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "schema",
        abstract: "Print a JSON Schema of report.yml, for editors.",
        discussion: """
            Editors with YAML support (VS Code's YAML extension, any editor using
            yaml-language-server) complete keys and mark typos as you type when
            report.yml starts with a line that names the schema:

              # yaml-language-server: $schema=../report.schema.json

            `plansite init` writes both. To add them to an existing project:

              plansite schema > report.schema.json
              plansite schema plan > plan.schema.json     (several years: plan.yml)

            The schema checks keys and value types; `plansite check` checks the rest
            (ids, references to actors and statuses, dates, links).
            """
    )

    @Argument(help: "Which file: report (report.yml, also a year's file) or plan (plan.yml of a several-year project).")
    var file: File = .report

    enum File: String, ExpressibleByArgument, CaseIterable {
        case report
        case plan
    }

    func run() {
        print(file == .report ? JSONSchema.reportSchema() : JSONSchema.planSchema(), terminator: "")
    }
}
