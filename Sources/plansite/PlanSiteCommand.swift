import ArgumentParser
import Foundation
import PlanSite
import PlanSiteCore

@main
struct PlanSiteCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plansite",
        abstract: "Turns an action plan's yearly results into a static website.",
        discussion: """
            A report project holds Content/report.yml, Content/policies/<id>.md and, optionally,
            Templates/ to restyle the built-in theme. `plansite build` writes the site to Output/.
            """,
        // The version, in this one place; CHANGELOG.md's newest release must name it (Scripts/repo-checks).
        version: "0.1.0",
        subcommands: [
            BuildCommand.self, CheckCommand.self, ServeCommand.self, InitCommand.self, ImportCommand.self, NextYearCommand.self, SchemaCommand.self,
        ]
    )
}

/// Exit statuses: 0 success, 1 the content has errors, 3 a file could not be read or written,
/// 75 (EX_TEMPFAIL) another build is writing the output folder and `--no-wait` was given.
enum ExitStatus {
    static let contentErrors = ExitCode(1)
    static let ioFailure = ExitCode(3)
    static let busy = ExitCode(75)
}

/// The options every command that reads a project shares.
struct ProjectOptions: ParsableArguments {
    @Argument(help: "The report project folder.", completion: .directory)
    var directory: String = "."

    @Option(help: ArgumentHelp("The content folder (default: DIR/Content).", valueName: "path"), completion: .directory)
    var content: String?

    @Option(
        help: ArgumentHelp(
            "Messages in ja (Japanese) or en (English) (default: ja when LC_ALL, LC_MESSAGES or LANG starts with ja).",
            valueName: "language"))
    var lang: String?

    func paths(templates: String? = nil, output: String? = nil) -> ProjectPaths {
        func url(_ path: String?) -> URL? { path.map { URL(fileURLWithPath: $0) } }
        return ProjectPaths(root: URL(fileURLWithPath: directory), content: url(content), templates: url(templates), output: url(output))
    }
}

enum Terminal {
    /// The language of every message (`--lang`, else the locale); read once, before any output.
    static let language = MessageLanguage.choose(arguments: CommandLine.arguments, environment: ProcessInfo.processInfo.environment)

    /// A line on standard output, written at once (also when the output is a pipe), in `language`.
    static func out(_ line: String) {
        FileHandle.standardOutput.write(Data((MessageCatalog.localized(line, language) + "\n").utf8))
    }

    /// A line on standard error, in `language`.
    static func error(_ line: String) {
        raw(MessageCatalog.localized(line, language))
    }

    /// A line on standard error as it is (already in `language`).
    static func raw(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }

    /// Diagnostics on standard error, every command alike, in the same words whether or not the
    /// output is a terminal (`Diagnostic.description`); a terminal only adds colour: the place
    /// bold and "warning" yellow (none when piped or when NO_COLOR is set).
    static func report(_ diagnostics: [Diagnostic]) {
        for diagnostic in diagnostics {
            guard colours else {
                raw(diagnostic.description(in: language))
                continue
            }
            let place = "\(diagnostic.file):\(diagnostic.position.line):\(diagnostic.position.column):"
            let word = language == .ja ? "警告:" : "warning:"
            let kind =
                diagnostic.severity == .warning
                ? " \u{1B}[33m\(word)\u{1B}[0m" : diagnostic.severity == .note ? " \(language == .ja ? "注記:" : "note:")" : ""
            raw("\u{1B}[1m\(place)\u{1B}[0m\(kind) \(MessageCatalog.localized(diagnostic.message, language))")
            for consequence in diagnostic.consequences { raw("  ↳ \(consequence.line(in: language))") }
        }
    }

    static let isTerminal = isatty(STDERR_FILENO) == 1
    static let colours =
        isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil
        && ProcessInfo.processInfo.environment["TERM"] != "dumb"

    /// A progress line that rewrites itself, shown only on a terminal and only once a build has
    /// taken longer than a moment (small reports finish before it would appear).
    final class Progress: @unchecked Sendable {
        private let start = Date()
        private var shown = false

        func update(_ stage: String) {
            guard Terminal.isTerminal, Date().timeIntervalSince(start) > 0.3 else { return }
            shown = true
            FileHandle.standardError.write(Data("\r\u{1B}[2Kbuilding: \(stage)…".utf8))
        }

        func finish() {
            if shown { FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8)) }
            shown = false
        }
    }
}
