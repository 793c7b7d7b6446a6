import Foundation
import PlanSiteCore
import PlanSiteSupport

/// Turns a spreadsheet saved as CSV into a `Report` and the text of its `report.yml`, without
/// touching the disk (`ReportImport` reads and writes the files).
///
/// It reads two shapes of table, told apart by their headers (see `SpreadsheetField`):
/// - `data/actions.csv` as `build` writes it: one row per action, one column per contract field.
///   Export, edit in Excel, import is a round trip.
/// - the sheets these reports are kept in: 施策, 取組方針, 主体, 項目, アクションプランの内容,
///   実施結果, 状況, … where an empty 施策 or 取組方針 cell repeats the row above (merged cells),
///   `施策1 協働（共働）の意識を高める！！` carries the policy's number, and ★ ● ◎ name the actors.
///
/// Rows keep their order. Consecutive rows with the same policy (and, within it, the same
/// objective) form one policy (objective); a row with a policy or objective but no action
/// declares one without actions. Every problem is reported at its row and column, all in one run.
public enum SpreadsheetImporter {
    public struct Options: Sendable {
        /// The report's title; else that of `base`, else the text above the table, else a placeholder.
        public var title: String?
        /// The report's fiscal year; else that of `base`, else read from the title (平成25年度 → 2013),
        /// else `fallbackFiscalYear` as a placeholder.
        public var fiscalYear: Int?
        /// The column that identifies the policies: a header, a field name or column letters.
        public var policyColumn: String?
        /// The report the import replaces. What the sheet does not carry is kept from it: the
        /// header (title, fiscal year, actors, statuses, labels, …), each policy's summary and
        /// number, and an indicator's baseline; policy ids are matched by title when the sheet has none.
        public var base: Report?
        /// The placeholder fiscal year when nothing else gives one (the current fiscal year).
        public var fallbackFiscalYear: Int
        /// The written file as messages name it.
        public var outputFile: String

        public init(
            title: String? = nil, fiscalYear: Int? = nil, policyColumn: String? = nil, base: Report? = nil,
            fallbackFiscalYear: Int, outputFile: String = "Content/report.yml"
        ) {
            self.title = title
            self.fiscalYear = fiscalYear
            self.policyColumn = policyColumn
            self.base = base
            self.fallbackFiscalYear = fallbackFiscalYear
            self.outputFile = outputFile
        }
    }

    public struct Result: Sendable {
        /// The report as imported, action ids as they will be written (`nil` for a default id);
        /// `nil` when there are errors.
        public var report: Report?
        /// The text of `report.yml`; `nil` when there are errors.
        public var yaml: String?
        /// Errors and warnings: those of the sheet at its rows and columns (see
        /// `Diagnostic.cellDescription`), those of the written file at its lines.
        public var diagnostics: [Diagnostic]
        /// What the import decided for the author, in words (where the title came from, …).
        public var notes: [String]
        public var encoding: TextEncodingDetector.Encoding?

        public var actionCount: Int { report?.policies.reduce(0) { $0 + $1.actions.count } ?? 0 }
    }

    /// The title written when none is given anywhere.
    public static let placeholderTitle = "TODO 報告書の表題を入力してください"

    /// Converts the bytes of a CSV file, named `file` in messages.
    public static func convert(_ bytes: [UInt8], file: String, options: Options) -> Result {
        let log = DiagnosticLog(file: file)
        func failed(_ encoding: TextEncodingDetector.Encoding? = nil) -> Result {
            Result(report: nil, yaml: nil, diagnostics: log.diagnostics.sortedByPlace(), notes: [], encoding: encoding)
        }
        let wholeFile = SourcePosition(line: 0, column: 0)
        if let year = options.fiscalYear, !(1868...2200).contains(year) {
            log.error("--fiscal-year: expected the Western year the fiscal year starts in, such as 2013, found \(year)", at: wholeFile)
        }
        if let title = options.title, title.allSatisfy(\.isWhitespace) {
            log.error("--title must not be blank", at: wholeFile)
        }

        let text: String
        let encoding: TextEncodingDetector.Encoding
        do {
            (text, encoding) = try TextEncodingDetector.decode(bytes)
        } catch {
            log.error(error.description, at: wholeFile)
            return failed()
        }
        let parsed = CSVParser.parse(text, file: file)
        // A quoting mistake shifts every cell after it: go no further than reporting it.
        guard parsed.diagnostics.isEmpty else {
            return Result(
                report: nil, yaml: nil, diagnostics: (log.diagnostics + parsed.diagnostics).sortedByPlace(), notes: [],
                encoding: encoding)
        }
        guard let header = SheetHeader.read(parsed.rows, policyColumn: options.policyColumn, log: log) else { return failed(encoding) }

        let statuses = options.base?.statuses ?? StatusDefinition.defaults
        let actors = options.base?.actors ?? ActorDefinition.defaults
        var reader = SheetRowReader(header: header, statuses: statuses, actors: actors, log: log)
        for index in parsed.rows.indices where index > header.rowIndex {
            reader.read(parsed.rows[index], row: index + 1)
        }
        if reader.policies.isEmpty, !log.diagnostics.hasErrors {
            log.error("the table has no rows below its header; is this the right file?", at: SourcePosition(line: header.rowIndex + 1, column: 0))
        }
        var notes: [String] = []
        var policies = reader.finishPolicies(base: options.base, notes: &notes)
        guard !log.diagnostics.hasErrors else { return failed(encoding) }
        assignActionIDs(&policies, notes: &notes, file: file)
        if let base = options.base, header.columns[.indicatorBaseline] == nil { keepBaselines(&policies, from: base) }

        // The header of the report.
        var warnings: [(key: String, message: String)] = []
        var comments: [String: String] = [:]
        var report = options.base ?? Report(title: Located("", at: .start), fiscalYear: Located(0, at: .start), policies: [])
        report.policies = policies
        if let title = options.title {
            report.title = Located(title, at: .start)
        } else if options.base == nil {
            if let (text, row) = header.preambleTitle {
                report.title = Located(text, at: .start)
                notes.append("title taken from row \(row) of \(file): \"\(text)\" (use --title to give another)")
            } else {
                report.title = Located(placeholderTitle, at: .start)
                comments["title"] = "TODO plansite import: 表題を書いてください"
                warnings.append(
                    (
                        "title",
                        "no title was given: wrote a placeholder, which check and build refuse until it is replaced; edit it, or import again with --title \"…\""
                    ))
            }
        }
        if let year = options.fiscalYear {
            report.fiscalYear = Located(year, at: .start)
        } else if options.base == nil {
            if report.title.value != placeholderTitle, let (year, words) = inferFiscalYear(report.title.value) {
                report.fiscalYear = Located(year, at: .start)
                notes.append("fiscal_year \(year) taken from \"\(words)\" in the title (use --fiscal-year to give another)")
            } else {
                report.fiscalYear = Located(options.fallbackFiscalYear, at: .start)
                comments["fiscal_year"] = "TODO plansite import: 年度を確かめてください（年度が始まる西暦年。\(options.fallbackFiscalYear) は推測です）"
                warnings.append(
                    (
                        "fiscal_year",
                        "no fiscal year was given: wrote \(options.fallbackFiscalYear), the current one, which check and build refuse until it is confirmed; edit it, or import again with --fiscal-year"
                    ))
            }
        }

        // The checks of build itself, at the cells the values came from.
        let validation = ReportValidator.validate(report, file: file).diagnostics
        guard !validation.hasErrors else {
            return Result(report: nil, yaml: nil, diagnostics: (log.diagnostics + validation).sortedByPlace(), notes: [], encoding: encoding)
        }

        let yaml = YAMLWriter.encode(report, comments: comments)
        // What is written must load with plansite's own loader; if not, that is our bug, and
        // nothing is written.
        let reloaded = ReportLoader.load(Array(yaml.utf8), file: options.outputFile)
        var problems = reloaded.diagnostics
        if let loaded = reloaded.report { problems += ReportValidator.validate(loaded, file: options.outputFile).diagnostics }
        for problem in problems where problem.severity == .error {
            log.error(
                "plansite import made a report.yml that does not load (a bug in plansite; please report it): \(problem)",
                at: wholeFile)
        }
        guard !log.diagnostics.hasErrors else { return failed(encoding) }

        let lines = yaml.split(separator: "\n", omittingEmptySubsequences: false)
        var diagnostics = log.diagnostics.sortedByPlace()
        for (key, message) in warnings {
            let line = (lines.firstIndex { $0.hasPrefix(key + ":") } ?? 0) + 1
            diagnostics.append(
                Diagnostic(
                    file: options.outputFile, position: SourcePosition(line: line, column: key.count + 3),
                    message: message, severity: .warning))
        }
        return Result(report: report, yaml: yaml, diagnostics: diagnostics, notes: notes, encoding: encoding)
    }

    // MARK: Action ids

    /// Writes an id only where it is not the default `<policy id>-<n>`, so that ids stay what
    /// they were (they are the anchors of links) and a report without ids stays without them.
    /// A new row (no id) whose default id another action already holds gets the next free id.
    static func assignActionIDs(_ policies: inout [Policy], notes: inout [String], file: String) {
        var kept: [String: SourcePosition] = [:]
        var defaults: Set<String> = []
        for policy in policies {
            for (n, action) in policy.actions.enumerated() {
                let standard = "\(policy.id.value)-\(n + 1)"
                defaults.insert(standard)
                if let id = action.id, id.value != standard { kept[id.value] = id.position }
            }
        }
        for p in policies.indices {
            var n = 0
            let count = policies[p].actions.count
            var next = count + 1
            for o in policies[p].objectives.indices {
                for a in policies[p].objectives[o].actions.indices {
                    n += 1
                    let policyID = policies[p].id.value
                    let standard = "\(policyID)-\(n)"
                    var action = policies[p].objectives[o].actions[a]
                    if let id = action.id {
                        if id.value == standard { action.id = nil }
                    } else if let holder = kept[standard] {
                        while kept["\(policyID)-\(next)"] != nil || defaults.contains("\(policyID)-\(next)") { next += 1 }
                        let fresh = "\(policyID)-\(next)"
                        kept[fresh] = action.position
                        action.id = Located(fresh, at: action.position)
                        notes.append(
                            "\(file) row \(action.position.line): the new action gets the id \"\(fresh)\", as \"\(standard)\" is the id of the action in row \(holder.line)"
                        )
                    }
                    policies[p].objectives[o].actions[a] = action
                }
            }
        }
    }

    /// An indicator's baseline is not a column of `data/actions.csv`: keep it from the report
    /// being replaced, for the action of the same id and an indicator of the same name.
    static func keepBaselines(_ policies: inout [Policy], from base: Report) {
        let validatedBase = ReportValidator.validate(base, file: "").report
        var baselines: [String: (name: String, baseline: Located<Double>)] = [:]
        for action in validatedBase.policies.flatMap(\.actions) {
            if let id = action.id?.value, let indicator = action.indicator, let baseline = indicator.baseline {
                baselines[id] = (indicator.name.value, baseline)
            }
        }
        guard !baselines.isEmpty else { return }
        for p in policies.indices {
            var n = 0
            for o in policies[p].objectives.indices {
                for a in policies[p].objectives[o].actions.indices {
                    n += 1
                    let id = policies[p].objectives[o].actions[a].id?.value ?? "\(policies[p].id.value)-\(n)"
                    if let kept = baselines[id], let indicator = policies[p].objectives[o].actions[a].indicator,
                        indicator.name.value == kept.name, indicator.baseline == nil
                    {
                        policies[p].objectives[o].actions[a].indicator?.baseline = kept.baseline
                    }
                }
            }
        }
    }

    // MARK: Cells

    /// `data/actions.csv` puts `'` before a cell a spreadsheet would run as a formula; exactly
    /// that `'` is taken away again.
    static func removingFormulaGuard(_ text: String) -> String {
        guard text.hasPrefix("'"), let second = text.unicodeScalars.dropFirst().first,
            ["=", "+", "-", "@", "\t", "\r"].contains(second)
        else { return text }
        return String(text.dropFirst())
    }

    /// The fiscal year `text` names (`平成25年度`, `令和元年度`, `2013年度`), or `nil`.
    public static func fiscalYear(named text: String) -> Int? {
        inferFiscalYear(text)?.year
    }

    /// The fiscal year a title names, with the words it was read from: `平成25年度` → 2013,
    /// `令和元年度` → 2019, `2024年度` → 2024 (full-width digits too).
    static func inferFiscalYear(_ title: String) -> (year: Int, words: String)? {
        let text = title.precomposedStringWithCompatibilityMapping
        let eraPattern = /(明治|大正|昭和|平成|令和)\s*(元|[0-9]{1,2})\s*年度/
        if let match = text.firstMatch(of: eraPattern),
            let start = FiscalYear.eras.first(where: { $0.name == String(match.1) })?.start
        {
            let n = match.2 == "元" ? 1 : Int(match.2) ?? 1
            return (start + n - 1, String(match.0))
        }
        if let match = text.firstMatch(of: /([0-9]{4})\s*年度/), let year = Int(match.1), (1868...2200).contains(year) {
            return (year, String(match.0))
        }
        return nil
    }
}
