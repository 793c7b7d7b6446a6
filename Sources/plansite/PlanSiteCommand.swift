import ArgumentParser
import Foundation
import PlanSite

@main
struct PlanSiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plansite",
        abstract: "Turns an action plan's yearly results into a static website.",
        discussion: """
            A report project holds Content/report.yml, Content/policies/<id>.md and, optionally,
            Templates/ to restyle the built-in theme. `plansite build` writes the site to Output/.
            """,
        subcommands: [BuildCommand.self, CheckCommand.self, ServeCommand.self, InitCommand.self]
    )
}

/// Exit statuses: 0 success, 1 the content has errors, 3 a file could not be read or written.
enum ExitStatus {
    static let contentErrors = ExitCode(1)
    static let ioFailure = ExitCode(3)
}

/// The options every command that reads a project shares.
struct ProjectOptions: ParsableArguments {
    @Argument(help: "The report project folder.", completion: .directory)
    var directory: String = "."

    @Option(help: ArgumentHelp("The content folder (default: DIR/Content).", valueName: "path"), completion: .directory)
    var content: String?

    func paths(templates: String? = nil, output: String? = nil) -> ProjectPaths {
        func url(_ path: String?) -> URL? { path.map { URL(fileURLWithPath: $0) } }
        return ProjectPaths(root: URL(fileURLWithPath: directory), content: url(content), templates: url(templates), output: url(output))
    }
}

enum Terminal {
    /// A line on standard output, written at once (also when the output is a pipe).
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((line + "\n").utf8))
    }

    static func error(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics { error(diagnostic.description) }
    }
}
