import ArgumentParser
import Foundation
import PlanSite
import PlanSiteCore
import PlanSiteImport
import PlanSiteSupport

struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Turn a spreadsheet saved as CSV into Content/report.yml.",
        discussion: """
            Reads a CSV file saved from Excel, as "CSV UTF-8" or as "CSV"
            (Shift_JIS/CP932; the encoding is found out), in one of two shapes:

            • data/actions.csv of a built site (the columns \(ActionsCSV.columns.first!) …
              \(ActionsCSV.columns.last!), as the README lists them):
              build, edit in Excel, import gives the same report back.
              With a first column fiscal_year (a site of several years), one
              Content/years/<YYYY>/report.yml per year is written (and
              Content/plan.yml when missing); --output names the content folder.
            • the results sheet, with headers such as 施策, 取組方針,
              主体, 項目, アクションプランの内容, 実施結果, 状況,
              担当課 (also 関係部署, 課題, 次年度へ向けた取組, 備考,
              指標, 目標, 実績, 単位, ID). An empty 施策 or 取組方針
              cell means "the same as the row above" (merged cells).
              ★ ● ◎, 市民が主体 … or citizen, city, joint name the actor;
              状況 is 実施, 一部実施, 未実施 or done, partial, not_started.
              "施策1 協働（共働）の意識を高める！！" gives number 1, id p1.

            Rows above the header are passed over; the first is the title.
            With no title or fiscal year from the options, the title or the
            file being replaced, a placeholder is written and a warning says
            where to edit it.

            An existing report.yml is replaced only with --force; what the
            sheet has no column for (title, fiscal year, actors, statuses,
            labels, policy summaries) is then kept from it. Every problem is
            listed as FILE:ROW:COLUMN: message, and nothing is written while
            there is one. Exit status: 0 written, 1 the sheet has errors,
            3 a file could not be read or written (or exists, without --force).

            Examples:
              plansite import 実施結果.csv --fiscal-year 2013 \\
                --title "平成25年度 市民協働（共働）推進アクションプラン 実施結果"
              plansite build   # then copy Output/data/actions.csv, edit it in Excel
              plansite import actions.csv --force
              plansite import sheet.csv --policy-column 基本目標 --output -
            """
    )

    @Argument(help: ArgumentHelp("The CSV file to read.", valueName: "file.csv"), completion: .file(extensions: ["csv"]))
    var file: String

    @Option(
        help: ArgumentHelp(
            "Where to write (default: Content/report.yml under the current folder; - for standard output).",
            valueName: "path"), completion: .file())
    var output: String?

    @Flag(help: "Replace an existing report.yml.")
    var force = false

    @Option(help: ArgumentHelp("The report's title, when the sheet has none.", valueName: "text"))
    var title: String?

    @Option(
        name: .customLong("fiscal-year"),
        help: ArgumentHelp("The fiscal year, as the Western year it starts (2013) or in its era (平成25年度).", valueName: "year"))
    var fiscalYear: String?

    @Option(
        name: .customLong("policy-column"),
        help: ArgumentHelp(
            "The column that identifies the policies, by its header or its letters (default: policy_id, else 施策).",
            valueName: "column"))
    var policyColumn: String?

    @Option(
        help: ArgumentHelp(
            "Messages in ja (Japanese) or en (English) (default: ja when LC_ALL, LC_MESSAGES or LANG starts with ja).",
            valueName: "language"))
    var lang: String?

    func validate() throws {
        if let fiscalYear, Self.year(fiscalYear).map({ !(1868...2200).contains($0) }) ?? true {
            throw ValidationError(
                "--fiscal-year: expected the Western year the fiscal year starts in (2013) or its era (平成25年度), found \"\(fiscalYear)\"")
        }
    }

    func run() throws {
        if YearsImport.isSeveralYears(URL(fileURLWithPath: file)) { return try runYears() }
        let toStandardOutput = output == "-"
        let request = ReportImport.Request(
            csv: URL(fileURLWithPath: file), csvDisplay: file,
            output: toStandardOutput ? nil : URL(fileURLWithPath: output ?? "Content/report.yml"),
            force: force, title: title, fiscalYear: fiscalYear.flatMap(Self.year), policyColumn: policyColumn,
            fallbackFiscalYear: Self.currentFiscalYear())
        do {
            let summary = try ReportImport.run(request)
            for note in summary.notes { Terminal.error("note: \(note)") }
            for warning in summary.warnings { Terminal.raw(line(warning)) }
            let line =
                "Imported \(summary.actionCount) action\(summary.actionCount == 1 ? "" : "s") in \(summary.policyCount) polic\(summary.policyCount == 1 ? "y" : "ies") from \(file) (\(summary.encoding.rawValue))"
            if toStandardOutput {
                FileHandle.standardOutput.write(Data(summary.yaml.utf8))
                Terminal.error(line)
            } else {
                Terminal.out("\(line) → \(request.output.map(ProjectPaths.display) ?? "")")
            }
        } catch .content(let diagnostics) {
            throw failed(diagnostics)
        } catch .io(let message) {
            Terminal.error("error: \(message)")
            throw ExitStatus.ioFailure
        }
    }

    /// Every problem of a failed import, then how many errors: nothing was written.
    func failed(_ diagnostics: [Diagnostic]) -> ExitCode {
        for diagnostic in diagnostics { Terminal.raw(line(diagnostic)) }
        let count = diagnostics.filter { $0.severity == .error }.count
        Terminal.error("Import failed: \(count) error\(count == 1 ? "" : "s"); nothing was written.")
        return ExitStatus.contentErrors
    }

    /// A sheet of several years (its first column fiscal_year): one report.yml per year under the
    /// content folder, `--output` (default Content).
    func runYears() throws {
        guard output != "-", fiscalYear == nil, policyColumn == nil else {
            throw ValidationError(
                "\(file) has a fiscal_year column: it is written to Content/years/<YYYY>/report.yml, one file per year; --output names the content folder, and --fiscal-year and --policy-column do not apply"
            )
        }
        let request = YearsImport.Request(
            csv: URL(fileURLWithPath: file), csvDisplay: file,
            content: URL(fileURLWithPath: output ?? "Content"), force: force, title: title)
        do {
            let summary = try YearsImport.run(request)
            for note in summary.notes { Terminal.error("note: \(note)") }
            for warning in summary.warnings { Terminal.error(line(warning)) }
            if let plan = summary.planWritten { Terminal.out("Wrote \(plan)") }
            for year in summary.years {
                Terminal.out(
                    "Imported \(year.actionCount) action\(year.actionCount == 1 ? "" : "s") of \(year.year) from \(file) (\(summary.encoding.rawValue)) → \(year.file)"
                )
            }
        } catch .content(let diagnostics) {
            throw failed(diagnostics)
        } catch .io(let message) {
            Terminal.error("error: \(message)")
            throw ExitStatus.ioFailure
        }
    }

    /// Problems of the sheet name their cell (`actions.csv:12:C`), those of report.yml their line.
    func line(_ diagnostic: Diagnostic) -> String {
        diagnostic.file == file ? diagnostic.cellDescription(in: Terminal.language) : diagnostic.description(in: Terminal.language)
    }

    /// `2013`, `2013年度`, `平成25年度`, `平成25`, `H25`, `令和元年度`: what `fiscal_year` accepts.
    static func year(_ text: String) -> Int? {
        if let year = FiscalYear.parse(text) { return year }
        let plain = text.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces)
        if let year = Int(plain.hasSuffix("年度") ? String(plain.dropLast(2)) : plain) { return year }
        return SpreadsheetImporter.fiscalYear(named: plain.hasSuffix("年度") ? plain : plain + "年度")
    }

    /// The fiscal year of today in Japan: it starts on 1 April.
    static func currentFiscalYear() -> Int {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Asia/Tokyo") ?? .current
        let parts = calendar.dateComponents([.year, .month], from: Date())
        return (parts.year ?? 2000) - ((parts.month ?? 4) < 4 ? 1 : 0)
    }
}
