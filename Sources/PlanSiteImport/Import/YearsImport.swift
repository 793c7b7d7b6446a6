import Foundation
import PlanSiteCore

/// `plansite import` of a CSV whose first column is `fiscal_year` (the `data/actions.csv` of a
/// several-year site): one `Content/years/<YYYY>/report.yml` per year, and `Content/plan.yml`
/// when the project has none.
///
/// Each year's rows go through `SpreadsheetImporter` as a sheet of their own, so every rule and
/// message of a one-year import holds; problems name the row and column of the whole file. What
/// the sheet does not carry is kept from the year's file being replaced (with `force`), else taken
/// from plan.yml; what a year inherits from plan.yml is not written into it, and every action's id
/// is. Nothing is written while any year has an error; each file is written atomically.
public enum YearsImport {
    public struct Request: Sendable {
        public var csv: URL
        public var csvDisplay: String
        /// The content folder (`Content/`).
        public var content: URL
        public var force: Bool
        /// The plan's title, when plan.yml is written.
        public var title: String?

        public init(csv: URL, csvDisplay: String, content: URL, force: Bool = false, title: String? = nil) {
            self.csv = csv
            self.csvDisplay = csvDisplay
            self.content = content
            self.force = force
            self.title = title
        }
    }

    public struct Summary: Sendable {
        /// Each year written: its year, number of actions and file.
        public var years: [(year: Int, actionCount: Int, file: String)]
        public var encoding: TextEncodingDetector.Encoding
        /// The plan.yml written, if there was none.
        public var planWritten: String?
        public var warnings: [Diagnostic]
        public var notes: [String]
    }

    /// The title of a plan.yml written without `--title`.
    public static let placeholderTitle = "TODO 計画の名前を入力してください"

    /// Whether the file's header starts with `fiscal_year`: a sheet of several years.
    public static func isSeveralYears(_ csv: URL) -> Bool {
        guard let bytes = try? Data(contentsOf: csv), let decoded = try? TextEncodingDetector.decode(Array(bytes)) else {
            return false
        }
        let first = decoded.text.prefix { $0 != "," && $0 != "\r" && $0 != "\n" }
        return first.trimmingCharacters(in: CharacterSet(charactersIn: " \"\u{FEFF}")) == "fiscal_year"
    }

    public static func run(_ request: Request) throws(ReportImport.Failure) -> Summary {
        let fm = FileManager.default
        let content = request.content
        let reportURL = content.appendingPathComponent("report.yml")
        if fm.fileExists(atPath: reportURL.path) {
            throw .io(
                "\(ProjectPaths.display(reportURL)) holds one year, and \(request.csvDisplay) has several: run plansite next-year to make the project one of several years, then import again with --force"
            )
        }
        let bytes: [UInt8]
        do { bytes = Array(try Data(contentsOf: request.csv)) } catch {
            throw .io(
                "\(request.csvDisplay): \(fm.fileExists(atPath: request.csv.path) ? "cannot read: \(error.localizedDescription)" : "not found")")
        }
        let text: String
        let encoding: TextEncodingDetector.Encoding
        do { (text, encoding) = try TextEncodingDetector.decode(bytes) } catch {
            throw .content([Diagnostic(file: request.csvDisplay, position: SourcePosition(line: 0, column: 0), message: error.description)])
        }
        let parsed = CSVParser.parse(text, file: request.csvDisplay)
        guard parsed.diagnostics.isEmpty else { throw .content(parsed.diagnostics) }
        guard let header = parsed.rows.first, header.first?.trimmingCharacters(in: .whitespaces) == "fiscal_year" else {
            throw .content([
                Diagnostic(
                    file: request.csvDisplay, position: SourcePosition(line: 1, column: 1),
                    message: "the first column of a sheet of several years is fiscal_year")
            ])
        }

        // The rows of each year, in the order the years first appear; each row's number in the file.
        var order: [Int] = []
        var rowsOfYear: [Int: [(row: Int, cells: [String])]] = [:]
        var problems: [Diagnostic] = []
        for (index, cells) in parsed.rows.enumerated().dropFirst() where !cells.allSatisfy({ $0.trimmingCharacters(in: .whitespaces).isEmpty }) {
            let cell = cells.first?.trimmingCharacters(in: .whitespaces) ?? ""
            guard let year = Int(cell), (1868...2200).contains(year) else {
                problems.append(
                    Diagnostic(
                        file: request.csvDisplay, position: SourcePosition(line: index + 1, column: 1),
                        message: "fiscal_year: expected the Western year a fiscal year starts in, such as 2013, found \"\(cell)\""))
                continue
            }
            if rowsOfYear[year] == nil { order.append(year) }
            rowsOfYear[year, default: []].append((index + 1, Array(cells.dropFirst())))
        }
        if order.isEmpty, problems.isEmpty {
            problems.append(
                Diagnostic(
                    file: request.csvDisplay, position: SourcePosition(line: 1, column: 0),
                    message: "the table has no rows below its header; is this the right file?"))
        }
        guard problems.isEmpty else { throw .content(problems) }

        // The plan every year inherits: plan.yml, else one written from the options.
        let planURL = content.appendingPathComponent("plan.yml")
        var plan: Plan
        var planText: String?
        var warnings: [Diagnostic] = []
        if fm.fileExists(atPath: planURL.path) {
            do { plan = try NextYear.loadPlan(planURL) } catch NextYear.Failure.content(let diagnostics) { throw .content(diagnostics) } catch {
                throw .io("\(error)")
            }
        } else {
            plan = Plan(title: Located(request.title ?? placeholderTitle, at: .start))
            planText = YAMLWriter.encode(plan)
            if request.title == nil {
                warnings.append(
                    Diagnostic(
                        file: ProjectPaths.display(planURL), position: SourcePosition(line: 1, column: 8),
                        message: "no title was given: wrote a placeholder; edit it, or import again with --title \"…\"",
                        severity: .warning))
            }
        }

        var written: [(year: Int, url: URL, yaml: String, actions: Int)] = []
        var notes: [String] = []
        for year in order {
            let url = content.appendingPathComponent("years/\(year)/report.yml")
            let display = ProjectPaths.display(url)
            var base = Report(title: plan.title, fiscalYear: Located(year, at: .start), policies: [])
            let inherited = plan.defaults(forYear: year)
            base.texts = inherited.texts
            base.labels = inherited.labels
            base.actors = inherited.actors ?? ActorDefinition.defaults
            base.statuses = inherited.statuses ?? StatusDefinition.defaults
            if fm.fileExists(atPath: url.path) {
                guard request.force else {
                    throw .io(
                        "\(display) already exists; import again with --force to replace every year's file (what the sheet does not carry is kept from it)"
                    )
                }
                do { base = try NextYear.loadReport(url, defaults: inherited) } catch {
                    notes.append("\(display) has errors (plansite check lists them); it is replaced wholly, nothing is kept from it")
                }
            }
            let rows = rowsOfYear[year]!
            let sheet =
                ([(row: 1, cells: Array(header.dropFirst()))] + rows).map { line in
                    line.cells.map { "\"" + $0.replacingOccurrences(of: "\"", with: "\"\"") + "\"" }.joined(separator: ",")
                }.joined(separator: "\r\n") + "\r\n"
            let result = SpreadsheetImporter.convert(
                Array(sheet.utf8), file: request.csvDisplay,
                options: .init(
                    fiscalYear: year, base: base, fallbackFiscalYear: year, outputFile: display))
            // Back to the rows and columns of the whole file.
            let lines = [1] + rows.map(\.row)
            let placed = result.diagnostics.map { diagnostic -> Diagnostic in
                guard diagnostic.file == request.csvDisplay, diagnostic.position.line > 0 else { return diagnostic }
                var moved = diagnostic
                let line = Int(diagnostic.position.line)
                moved.position = SourcePosition(
                    line: line <= lines.count ? lines[line - 1] : line,
                    column: diagnostic.position.column > 0 ? Int(diagnostic.position.column) + 1 : 0)
                return moved
            }
            guard let report = result.report else {
                problems += placed
                continue
            }
            warnings += placed
            notes += result.notes.filter { !$0.hasPrefix("kept from") }
            // Every action's id written out: identity across years.
            let filled = ReportValidator.validate(report, file: display).report
            written.append((year, url, NextYear.yearYAML(filled, plan: plan), filled.policies.reduce(0) { $0 + $1.actions.count }))
        }
        guard !problems.contains(where: { $0.severity == .error }) else { throw .content(problems.sortedByPlace()) }

        do {
            if let planText { try ReportImport.writeAtomically(Data(planText.utf8), to: planURL) }
            for year in written { try ReportImport.writeAtomically(Data(year.yaml.utf8), to: year.url) }
        } catch {
            throw .io("\(error)")
        }
        return Summary(
            years: written.map { ($0.year, $0.actions, ProjectPaths.display($0.url)) }, encoding: encoding,
            planWritten: planText == nil ? nil : ProjectPaths.display(planURL), warnings: warnings, notes: notes)
    }
}
