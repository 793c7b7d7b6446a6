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

            The schema checks keys and value types; `plansite check` checks the rest
            (ids, references to actors and statuses, dates, links).
            """
    )

    func run() {
        print(JSONSchema.reportSchema(), terminator: "")
    }
}
