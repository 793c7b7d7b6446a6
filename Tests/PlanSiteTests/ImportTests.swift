import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// `plansite import`: CSV and encodings, the two shapes of sheet, every problem at its cell, the
/// YAML written, and the round trip build → data/actions.csv → import.
@Suite("Importing a spreadsheet")
struct ImportTests {
    static let folder = TestSupport.fixtures.appendingPathComponent("import")

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func options(
        title: String? = "テスト報告", fiscalYear: Int? = 2013, policyColumn: String? = nil,
        base: Report? = nil
    ) -> SpreadsheetImporter.Options {
        SpreadsheetImporter.Options(
            title: title, fiscalYear: fiscalYear, policyColumn: policyColumn, base: base,
            fallbackFiscalYear: 2030, outputFile: "Content/report.yml")
    }

    static func convert(_ csv: String, file: String = "actions.csv", _ options: SpreadsheetImporter.Options = options())
        -> SpreadsheetImporter.Result
    {
        SpreadsheetImporter.convert(Array(csv.utf8), file: file, options: options)
    }

    /// The lines `plansite import` prints for the result's problems.
    static func lines(_ result: SpreadsheetImporter.Result, file: String = "actions.csv") -> [String] {
        result.diagnostics.map { $0.file == file ? $0.cellDescription : $0.description }
    }

    /// Loads and validates report.yml text as `build` does; fails the test on any problem.
    static func load(_ yaml: String, sourceLocation: SourceLocation = #_sourceLocation) -> Report? {
        let loaded = ReportLoader.load(Array(yaml.utf8), file: "Content/report.yml")
        guard let report = loaded.report else {
            Issue.record("does not load: \(loaded.diagnostics)", sourceLocation: sourceLocation)
            return nil
        }
        let validated = ReportValidator.validate(report, file: "Content/report.yml")
        #expect(
            (loaded.diagnostics + validated.diagnostics).isEmpty, "\(loaded.diagnostics + validated.diagnostics)",
            sourceLocation: sourceLocation)
        return validated.report
    }

    /// The report an import wrote, loaded back; fails the test when there is none.
    static func loaded(_ result: SpreadsheetImporter.Result, sourceLocation: SourceLocation = #_sourceLocation) throws -> Report {
        let yaml = try #require(result.yaml, "no report.yml: \(lines(result))", sourceLocation: sourceLocation)
        return try #require(load(yaml, sourceLocation: sourceLocation), sourceLocation: sourceLocation)
    }

    /// The seed report, loaded and validated (every action id filled in), as `build` sees it.
    static func seed() throws -> Report {
        let bytes = Array(try Data(contentsOf: TestSupport.repository.appendingPathComponent("Content/report.yml")))
        let loaded = ReportLoader.load(bytes, file: "Content/report.yml")
        let report = try #require(loaded.report)
        #expect(loaded.diagnostics.isEmpty)
        return ReportValidator.validate(report, file: "Content/report.yml").report
    }

    /// Every field of a validated report as `path = value` lines: two reports hold the same data
    /// when their lines are equal. A policy's number is as shown (the position when not written).
    static func fields(_ report: Report, ids: Bool = true, header: Bool = true) -> [String] {
        var out: [String] = []
        func put(_ path: String, _ value: String?) { out.append("\(path) = \(value.map { "\"\($0)\"" } ?? "nil")") }
        func number(_ value: Double?) -> String? { value.map { String($0) } }
        if header {
            put("title", report.title.value)
            put("subtitle", report.subtitle?.value)
            put("organization", report.organization?.value)
            put("fiscal_year", String(report.fiscalYear.value))
            put("published", report.published?.value)
            put("base_url", report.baseURL?.value)
            for key in report.labels.keys.sorted() { put("labels.\(key)", report.labels[key]?.value) }
        }
        for actor in report.actors { put("actors.\(actor.key.value)", "\(actor.mark.value) \(actor.label.value)") }
        for status in report.statuses {
            put("statuses.\(status.key.value)", "\(status.label.value) \(number(status.weight.value) ?? "null") \(status.symbol?.value ?? "-")")
        }
        for (p, policy) in report.policies.enumerated() {
            let at = "policies[\(p)]"
            if ids { put("\(at).id", policy.id.value) }
            put("\(at).number", String(policy.number?.value ?? p + 1))
            put("\(at).title", policy.title.value)
            put("\(at).summary", policy.summary?.value)
            for (o, objective) in policy.objectives.enumerated() {
                let oat = "\(at).objectives[\(o)]"
                put("\(oat).title", objective.title?.value)
                for (a, action) in objective.actions.enumerated() {
                    let aat = "\(oat).actions[\(a)]"
                    if ids { put("\(aat).id", action.id?.value) }
                    put("\(aat).actor", action.actor?.value)
                    put("\(aat).title", action.title.value)
                    put("\(aat).plan", action.plan?.value)
                    put("\(aat).result", action.result?.value)
                    put("\(aat).status", action.status.value)
                    put("\(aat).department", action.department?.value)
                    if let indicator = action.indicator {
                        put("\(aat).indicator.name", indicator.name.value)
                        put("\(aat).indicator.target", number(indicator.target?.value))
                        put("\(aat).indicator.actual", number(indicator.actual?.value))
                        put("\(aat).indicator.baseline", number(indicator.baseline?.value))
                        put("\(aat).indicator.unit", indicator.unit?.value)
                    } else {
                        put("\(aat).indicator", nil)
                    }
                    put("\(aat).challenges", action.challenges?.value)
                    put("\(aat).next_steps", action.nextSteps?.value)
                    put("\(aat).note", action.note?.value)
                }
            }
        }
        return out
    }

    /// Records the first field where the two reports differ.
    static func expectSame(_ before: [String], _ after: [String], sourceLocation: SourceLocation = #_sourceLocation) {
        if let i = zip(before, after).enumerated().first(where: { $0.element.0 != $0.element.1 })?.offset {
            Issue.record("differs at field \(i):\n- \(before[i])\n+ \(after[i])", sourceLocation: sourceLocation)
        } else if before.count != after.count {
            Issue.record(
                "\(before.count) fields before, \(after.count) after; first extra: \(before.count > after.count ? before[after.count] : after[before.count])",
                sourceLocation: sourceLocation)
        }
    }

    // MARK: The round trip: build → data/actions.csv → import

    @Test("the seed: export, import, and the same report.yml comes back, byte for byte")
    func seedRoundTrip() throws {
        let seed = try Self.seed()
        let csv = ActionsCSV.encode(seed)
        let result = SpreadsheetImporter.convert(
            csv, file: "actions.csv",
            options: Self.options(
                title: "平成25年度 市民協働（共働）推進アクションプラン 実施結果", fiscalYear: 2013))
        #expect(result.diagnostics.isEmpty, "\(Self.lines(result))")
        #expect(result.encoding == .utf8WithBOM)
        let yaml = try #require(result.yaml)
        let original = try String(contentsOf: TestSupport.repository.appendingPathComponent("Content/report.yml"), encoding: .utf8)
        #expect(yaml == original)
        let reloaded = try #require(Self.load(yaml))
        Self.expectSame(Self.fields(seed), Self.fields(reloaded))
        #expect(reloaded.policies.flatMap(\.actions).count == 19)
    }

    /// Text that tests every rule of CSV quoting, formula guards and YAML quoting.
    static let awkward: [String] = [
        "=SUM(A1:A3)", "+81 90-1234-5678", "-5℃でした", "@担当", "\tタブで始まる", "\r復帰で始まる",
        "a, b, c", "彼は\"はい\"と言った", "\"全体が引用\"", "① 一\n② 二", "一行目\n\n三行目", "末尾に改行\n", "末尾に改行二つ\n\n",
        "\n空行で始まる", "  字下げ\n二行目", " 前に空白", "後ろに空白 ", "　全角空白で始まる", "全角空白で終わる　",
        "#見出し", "a #b", "key: value", "終わりがコロン:", "no", "No", "yes", "off", "null", "~", "0123", "1.10", "2014-06-30",
        "1e3", ".inf", "12:30", "- ダッシュ", "? 問い", "| 縦棒", "> 大なり", "[角括弧]", "{波括弧}", "*星", "&amp", "!タグ",
        "%割合", "`逆引用`", "\\バックスラッシュ", "タブ\t途中", "復帰\r途中", "NEL\u{85}途中", "行区切り\u{2028}途中", "絵文字😀",
        "'単引用で始まる", "4月に長崎県", "https://www.city.example.jp/a?b=c#d",
    ]

    /// A report with every optional field, awkward text in every text field, custom ids and
    /// objectives with and without titles.
    static func generatedReport() -> Report {
        let at = SourcePosition.start
        func text(_ value: String) -> Located<String> { Located(value, at: at) }
        var policies: [Policy] = []
        var n = 0
        func next() -> String {
            defer { n += 1 }
            return awkward[n % awkward.count]
        }
        let statuses = ["done", "partial", "not_started"]
        let actors = ["citizen", "city", "joint", nil]
        for p in 0..<4 {
            var objectives: [Objective] = []
            for o in 0..<3 {
                var actions: [Action] = []
                for a in 0..<4 {
                    let k = p * 12 + o * 4 + a
                    let indicator: Indicator? =
                        k % 3 == 0
                        ? nil
                        : Indicator(
                            name: text(next()), target: k % 2 == 0 ? Located(Double(k * 10), at: at) : nil,
                            actual: Located([0.5, -3, 1_234_567, 0.1234, 26][k % 5], at: at), baseline: nil,
                            unit: k % 4 == 0 ? nil : text(next()), position: at)
                    actions.append(
                        Action(
                            id: k % 5 == 0 ? text("custom-\(k)") : nil, actor: actors[k % 4].map(text), title: text("取組\(k) " + next()),
                            plan: text(next()), result: k % 6 == 0 ? nil : text(next()), status: text(statuses[k % 3]),
                            department: k % 2 == 0 ? text(next()) : nil, indicator: indicator,
                            challenges: k % 3 == 1 ? text(next()) : nil, nextSteps: k % 4 == 1 ? text(next()) : nil,
                            note: text(next()), position: at))
                }
                // The middle objective has no title; its neighbours have.
                objectives.append(Objective(title: o == 1 ? nil : text(next()), actions: actions, position: at))
            }
            let ids = ["awareness", "p-2", "x", "numbered"]
            policies.append(
                Policy(
                    id: text(p == 3 ? "p4" : ids[p]), number: Located(p + 1, at: at),
                    title: text(p == 3 ? "施策9 番号に見える題" : next()), objectives: objectives, position: at))
        }
        return Report(title: text("no"), fiscalYear: Located(2024, at: at), policies: policies)
    }

    @Test("a generated report: indicators, departments, notes, line breaks, commas, quotes, = + - @ survive the round trip")
    func generatedRoundTrip() throws {
        let original = ReportValidator.validate(Self.generatedReport(), file: "x").report
        let csv = ActionsCSV.encode(original)
        let result = SpreadsheetImporter.convert(csv, file: "actions.csv", options: Self.options(title: "no", fiscalYear: 2024))
        #expect(!result.diagnostics.hasErrors, "\(Self.lines(result))")
        let yaml = try #require(result.yaml)
        let reloaded = try #require(Self.load(yaml))
        Self.expectSame(Self.fields(original), Self.fields(reloaded))
        // And again: importing what the imported report exports gives the same file.
        let again = SpreadsheetImporter.convert(
            ActionsCSV.encode(reloaded), file: "actions.csv",
            options: Self.options(title: "no", fiscalYear: 2024))
        #expect(again.yaml == yaml)
    }

    @Test("replacing a report keeps what the CSV has no column for: header, custom statuses and actors, summaries, baselines")
    func roundTripOverAnExistingReport() throws {
        let yaml = """
            title: 令和6年度 実施状況
            subtitle: "副題: あり"
            organization: 〇〇市
            fiscal_year: 2024
            published: 2025-06-30
            base_url: https://www.city.example.jp/plan/
            labels: { plan: 計画, result: 結果 }
            actors:
              no: { mark: "◆", label: 事業者 }
              city: { mark: "●", label: 市 }
            statuses:
              a: { label: 計画通り, weight: 1 }
              b: { label: 遅れ, weight: 0.5 }
              na: { label: 評価不能, weight: null, symbol: "－" }
            policies:
              - id: first
                number: 7
                title: 一つ目
                summary: 要約は **Markdown**
                objectives:
                  - title: 方針
                    actions:
                      - actor: no
                        title: 取組
                        status: na
                        indicator: { name: 件数, target: 10, actual: 8, baseline: 2, unit: 件 }
                      - actor: city
                        title: 取組2
                        status: b
            """
        let original = try #require(Self.load(yaml))
        let result = SpreadsheetImporter.convert(
            ActionsCSV.encode(original), file: "actions.csv",
            options: Self.options(title: nil, fiscalYear: nil, base: original))
        #expect(result.diagnostics.isEmpty, "\(Self.lines(result))")
        let reloaded = try Self.loaded(result)
        Self.expectSame(Self.fields(original), Self.fields(reloaded))
    }
}
