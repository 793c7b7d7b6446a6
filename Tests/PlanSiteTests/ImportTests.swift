import Foundation
@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport
import Testing

/// `plansite import`: CSV and encodings, the two shapes of sheet, every problem at its cell, the
/// YAML written, and the round trip build → data/actions.csv → import.
@Suite("Importing a spreadsheet")
struct ImportTests {
    static let folder = TestSupport.fixtures.appendingPathComponent("import")

    static func fixture(_ name: String) throws -> [UInt8] {
        Array(try Data(contentsOf: folder.appendingPathComponent(name)))
    }

    static func options(title: String? = "テスト報告", fiscalYear: Int? = 2013, policyColumn: String? = nil,
                        base: Report? = nil) -> SpreadsheetImporter.Options {
        SpreadsheetImporter.Options(title: title, fiscalYear: fiscalYear, policyColumn: policyColumn, base: base,
                                    fallbackFiscalYear: 2030, outputFile: "Content/report.yml")
    }

    static func convert(_ csv: String, file: String = "actions.csv", _ options: SpreadsheetImporter.Options = options())
        -> SpreadsheetImporter.Result {
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
        #expect((loaded.diagnostics + validated.diagnostics).isEmpty, "\(loaded.diagnostics + validated.diagnostics)",
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
            Issue.record("\(before.count) fields before, \(after.count) after; first extra: \(before.count > after.count ? before[after.count] : after[before.count])",
                         sourceLocation: sourceLocation)
        }
    }

    // MARK: The round trip: build → data/actions.csv → import

    @Test("the seed: export, import, and the same report.yml comes back, byte for byte")
    func seedRoundTrip() throws {
        let seed = try Self.seed()
        let csv = ActionsCSV.encode(seed)
        let result = SpreadsheetImporter.convert(csv, file: "actions.csv", options: Self.options(
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
                    let indicator: Indicator? = k % 3 == 0 ? nil : Indicator(
                        name: text(next()), target: k % 2 == 0 ? Located(Double(k * 10), at: at) : nil,
                        actual: Located([0.5, -3, 1234567, 0.1234, 26][k % 5], at: at), baseline: nil,
                        unit: k % 4 == 0 ? nil : text(next()), position: at)
                    actions.append(Action(
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
            policies.append(Policy(id: text(p == 3 ? "p4" : ids[p]), number: Located(p + 1, at: at),
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
        let again = SpreadsheetImporter.convert(ActionsCSV.encode(reloaded), file: "actions.csv",
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
        let result = SpreadsheetImporter.convert(ActionsCSV.encode(original), file: "actions.csv",
                                                 options: Self.options(title: nil, fiscalYear: nil, base: original))
        #expect(result.diagnostics.isEmpty, "\(Self.lines(result))")
        let reloaded = try Self.loaded(result)
        Self.expectSame(Self.fields(original), Self.fields(reloaded))
    }

    // MARK: The sheet shape

    @Test("the seed as its published sheet (CP932, merged cells, ★●◎, 施策N): the seed's data, ids p1…p5")
    func seedSheet() throws {
        let result = SpreadsheetImporter.convert(try Self.fixture("seed-sheet-cp932.csv"), file: "seed.csv",
                                                 options: Self.options(title: nil, fiscalYear: nil))
        #expect(result.diagnostics.isEmpty, "\(Self.lines(result, file: "seed.csv"))")
        #expect(result.encoding == .shiftJIS)
        #expect(result.notes.contains { $0.contains("title taken from row 1") })
        #expect(result.notes.contains { $0.contains("fiscal_year 2013 taken from \"平成25年度\"") })
        let imported = try Self.loaded(result)
        #expect(imported.title.value == "平成25年度市民協働（共働）推進アクションプラン 【 実 施 結 果 】")
        #expect(imported.fiscalYear.value == 2013)
        #expect(imported.policies.map(\.id.value) == ["p1", "p2", "p3", "p4", "p5"])
        #expect(imported.policies.first?.actions.first?.id?.value == "p1-1")
        Self.expectSame(Self.fields(try Self.seed(), ids: false, header: false), Self.fields(imported, ids: false, header: false))
    }

    @Test("the sheet over the existing seed report: policies keep their ids by title, and all the data is the seed's")
    func seedSheetOverTheSeed() throws {
        let seed = try Self.seed()
        let result = SpreadsheetImporter.convert(try Self.fixture("seed-sheet-cp932.csv"), file: "seed.csv",
                                                 options: Self.options(title: nil, fiscalYear: nil, base: seed))
        #expect(result.diagnostics.isEmpty, "\(Self.lines(result, file: "seed.csv"))")
        let imported = try Self.loaded(result)
        Self.expectSame(Self.fields(seed), Self.fields(imported))
    }

    @Test("CP932's ① ㈱ № 髙 﨑 ～ － ∥ ￢ read the same from Shift_JIS, UTF-8 and UTF-8 with a BOM")
    func encodings() throws {
        var outputs: [String] = []
        for (name, encoding) in [("extended-cp932.csv", TextEncodingDetector.Encoding.shiftJIS), ("extended-utf8.csv", .utf8),
                                 ("extended-utf8-bom.csv", .utf8WithBOM)] {
            let result = SpreadsheetImporter.convert(try Self.fixture(name), file: name, options: Self.options())
            #expect(result.diagnostics.isEmpty, "\(name): \(Self.lines(result, file: name))")
            #expect(result.encoding == encoding, "\(name)")
            outputs.append(result.yaml ?? "")
        }
        #expect(Set(outputs).count == 1)
        let report = try #require(Self.load(outputs[0]))
        let action = try #require(report.policies.first?.actions.first)
        #expect(report.policies.first?.title.value == "㈱髙橋製作所との協働")
        #expect(action.title.value == "№1 髙﨑地区")
        #expect(action.plan?.value == "① 説明会の開催\n② 意見交換会～年2回")
        #expect(action.result?.value == "実施した－予定どおり")
        #expect(action.note?.value == "∥ ￢ ㈱")
        #expect(outputs[0].contains("plan: |-\n              ① 説明会の開催\n              ② 意見交換会～年2回\n"))
    }

    @Test("merged cells: an empty 施策 or 取組方針 repeats the row above; a new 施策 starts without an objective")
    func mergedCells() throws {
        let csv = """
            施策,取組方針,主体,項目,状況
            施策1 一つ目,方針A,★,取組1,実施
            ,,●,取組2,一部実施
            ,方針B,◎,取組3,未実施
            ,,市民と市が主体,取組4,done
            施策2 二つ目,,city,取組5,not_started
            ,方針C,,取組6,実施
            施策3 取組のない施策,,,,
            施策４：全角の番号,方針D,,,
            ,,,取組7,実施

            """
        let result = Self.convert(csv)
        #expect(result.diagnostics.isEmpty, "\(Self.lines(result))")
        let report = try Self.loaded(result)
        #expect(report.policies.map(\.id.value) == ["p1", "p2", "p3", "p4"])
        #expect(report.policies.map { $0.number?.value ?? 0 } == [1, 2, 3, 4])
        #expect(report.policies.map(\.title.value) == ["一つ目", "二つ目", "取組のない施策", "全角の番号"])
        #expect(report.policies[0].objectives.map { $0.title?.value } == ["方針A", "方針B"])
        #expect(report.policies[0].objectives.map { $0.actions.map(\.title.value) } == [["取組1", "取組2"], ["取組3", "取組4"]])
        #expect(report.policies[0].actions.map { $0.actor?.value } == ["citizen", "city", "joint", "joint"])
        #expect(report.policies[0].actions.map(\.status.value) == ["done", "partial", "not_started", "done"])
        #expect(report.policies[1].objectives.map { $0.title?.value } == [nil, "方針C"])
        #expect(report.policies[2].objectives.isEmpty)
        #expect(report.policies[3].objectives.map { $0.title?.value } == ["方針D"])
        #expect(report.policies[3].actions.map(\.title.value) == ["取組7"])
    }

    @Test("headers: width, spaces and case do not matter; variants such as 関係部署 and 次年度に向けた取組 are known")
    func headerVariants() throws {
        let csv = "ＩＤ,施策,項 目,実施状況,関係部署,課題,次年度に向けた取組,備考,指標名,目標値,実績値,単位,Policy ID\n"
            + "a1,施策1 題,取組,実施,市民協働課,課題文,次の取組,備考文,参加者,\"1,200\",９８０,人,one\n"
        let result = Self.convert(csv)
        #expect(result.diagnostics.isEmpty, "\(Self.lines(result))")
        let report = try Self.loaded(result)
        let action = try #require(report.policies.first?.actions.first)
        #expect(report.policies.first?.id.value == "one")
        #expect(report.policies.first?.title.value == "題")
        #expect(action.id?.value == "a1")
        #expect(action.department?.value == "市民協働課")
        #expect(action.challenges?.value == "課題文")
        #expect(action.nextSteps?.value == "次の取組")
        #expect(action.note?.value == "備考文")
        #expect(action.indicator?.target?.value == 1200)
        #expect(action.indicator?.actual?.value == 980)
        #expect(action.indicator?.unit?.value == "人")
    }

    @Test("--policy-column names the column of the policies by header or letters")
    func policyColumn() throws {
        let csv = "基本目標,項目,状況\n目標1 安全なまち,取組1,実施\n,取組2,実施\n目標2 元気なまち,取組3,未実施\n"
        let unplaced = Self.convert(csv)
        #expect(Self.lines(unplaced).first?.hasPrefix("actions.csv:1:A: unknown column A \"基本目標\"") == true)
        for column in ["基本目標", "a"] {
            let result = Self.convert(csv, Self.options(policyColumn: column))
            #expect(result.diagnostics.isEmpty, "\(Self.lines(result))")
            let report = try Self.loaded(result)
            #expect(report.policies.map(\.id.value) == ["p1", "p2"])
            #expect(report.policies.map(\.title.value) == ["目標1 安全なまち", "目標2 元気なまち"])
            #expect(report.policies.map { $0.actions.count } == [2, 1])
        }
        let wrong = Self.convert(csv, Self.options(policyColumn: "基本目票"))
        #expect(Self.lines(wrong) == [
            "actions.csv:1: --policy-column \"基本目票\": no column of the header row is called so; the columns are A \"基本目標\", B \"項目\", C \"状況\" (did you mean \"基本目標\"?)",
        ])
    }

    @Test("ids: a new row in the middle of actions.csv gets a free id; moved rows keep theirs; defaults are not written")
    func actionIDs() throws {
        let csv = """
            policy_id,policy_title,objective,id,title,status
            p,施策,方針,p-1,一,done
            p,施策,方針,,新しい行,done
            p,施策,方針,p-2,二,done
            p,施策,方針,p-3,三,done

            """
        let result = Self.convert(csv)
        #expect(!result.diagnostics.hasErrors, "\(Self.lines(result))")
        let yaml = try #require(result.yaml)
        let report = try #require(Self.load(yaml))
        #expect(report.policies[0].actions.map { $0.id?.value } == ["p-1", "p-5", "p-2", "p-3"])
        #expect(!yaml.contains("id: p-1"))
        #expect(result.notes.contains { $0.contains("row 3: the new action gets the id \"p-5\"") })
    }

    @Test("status_label alone is enough; a status and a label that disagree are an error")
    func statusLabel() throws {
        let ok = Self.convert("policy_id,policy_title,title,status,status_label\np,施策,一,,未実施\np,施策,二,partial,一部実施\n")
        #expect(ok.diagnostics.isEmpty, "\(Self.lines(ok))")
        #expect(ok.report?.policies.first?.actions.map(\.status.value) == ["not_started", "partial"])
        let bad = Self.convert("policy_id,policy_title,title,status,status_label\np,施策,一,done,未実施\n")
        #expect(Self.lines(bad) == [
            "actions.csv:2:E: status_label \"未実施\" does not match status \"done\"; change one of them, or clear the status cell to go by the label",
        ])
    }

    // MARK: Problems, each at its cell

    @Test("a sheet with many mistakes: every one at its row and column, nothing written")
    func mistakes() throws {
        let result = SpreadsheetImporter.convert(try Self.fixture("mistakes.csv"), file: "mistakes.csv", options: Self.options())
        #expect(result.yaml == nil)
        #expect(Self.lines(result, file: "mistakes.csv") == [
            "mistakes.csv:2:G: unknown status \"実施済\" — expected one of 実施, 一部実施, 未実施 (or done, partial, not_started) (did you mean \"実施\"?)",
            "mistakes.csv:3:C: unknown actor \"▲\" — expected one of ★ 市民が主体, ● 市が主体, ◎ 市民と市が主体 (or citizen, city, joint)",
            "mistakes.csv:4:D: missing 項目 (title): every action needs one",
            "mistakes.csv:5:I: 目標 (indicator_target): expected a number, found \"20件\" (the unit goes in its own column)",
            "mistakes.csv:6:H: an indicator needs a name in 指標 (indicator_name) when it has a 目標 (indicator_target)",
            "mistakes.csv:6:L: action id \"Bad_ID\" must be lowercase letters, digits and \"-\", starting with a letter or digit (or leave the cell empty for the default id)",
            "mistakes.csv:7:G: missing 状況 (status) — expected one of 実施, 一部実施, 未実施",
            "mistakes.csv:8:L: duplicate action id \"p1-9\" (first used in row 7); clear the cell of a new row to get a new id",
            "mistakes.csv:8:M: this cell is outside the table: column M has no header; give the column a header or clear the cell",
        ])
    }

    @Test("a header it cannot place names the column, lists what it expected and suggests the nearest")
    func unknownHeader() throws {
        let result = SpreadsheetImporter.convert(try Self.fixture("unknown-header.csv"), file: "sheet.csv", options: Self.options())
        let lines = Self.lines(result, file: "sheet.csv")
        #expect(lines.count == 1)
        #expect(lines.first?.hasPrefix("sheet.csv:1:H: unknown column H \"担当者\" — expected one of 施策ID, 施策, 取組方針, ID, 主体, 項目, アクションプランの内容, 実施結果, 状況, 担当課,") == true)
        #expect(lines.first?.contains("or the columns of data/actions.csv (policy_id, policy_title, objective, id,") == true)
        #expect(lines.first?.hasSuffix("(did you mean \"担当課\"?)") == true)
    }

    @Test("missing columns, a policy split in two, a title that changes within a policy")
    func tableProblems() throws {
        #expect(Self.lines(Self.convert("施策,主体,実施結果\n施策1 題,★,結果\n")) == [
            "actions.csv:1: no column holds the actions' titles — expected a 項目 (title) column",
            "actions.csv:1: no column holds the actions' status — expected a 状況 (status) column with 実施, 一部実施 or 未実施",
        ])
        #expect(Self.lines(Self.convert("施策,項目,状況\r\n,,\r\n")) == [
            "actions.csv:1: the table has no rows below its header; is this the right file?",
        ])
        #expect(Self.lines(Self.convert("項目,状況\n取組,実施\n")) == [
            "actions.csv:1: no column names the policies — expected a 施策 (policy_title) or policy_id column, or name the column with --policy-column",
        ])
        #expect(Self.lines(Self.convert("施策,項目,状況\n,取組,実施\n")) == [
            "actions.csv:2:A: the first row of the table has no 施策 (policy_title); every row needs a policy, or the one of the row above",
        ])
        #expect(Self.lines(Self.convert("施策,項目,状況\nA,一,実施\nB,二,実施\nA,三,実施\n")) == [
            "actions.csv:4:A: 施策 (policy_title) \"A\" already ended before this row (it starts in row 2); keep the rows of a policy together",
        ])
        #expect(Self.lines(Self.convert("policy_id,policy_title,title,status\np,題,一,done\np,別の題,二,done\nq,,三,done\n")) == [
            "actions.csv:3:B: policy_title \"別の題\" differs from \"題\" in row 2 of the same policy; a policy has one title (a row without a policy_id belongs to the policy above: give a new policy its own policy_id)",
            "actions.csv:4:B: policy \"q\" has no title: fill in its policy_title cell in one of its rows",
        ])
        #expect(Self.lines(Self.convert("policy_id,policy_title,title,status\nq,,三,done\n")) == [
            "actions.csv:2:B: policy \"q\" has no title: fill in its policy_title cell in one of its rows",
        ])
    }

    @Test("files that are not CSV text get one clear error")
    func notText() throws {
        func message(_ bytes: [UInt8]) -> [String] {
            SpreadsheetImporter.convert(bytes, file: "x.csv", options: Self.options()).diagnostics.map(\.cellDescription)
        }
        #expect(message(try Self.fixture("not-text.csv")) == [
            "x.csv: the file is neither UTF-8 nor Shift_JIS (CP932) text (the first byte that is not UTF-8 is on line 1); save the sheet as \"CSV UTF-8 (comma delimited)\"",
        ])
        let utf16: [UInt8] = [0xFF, 0xFE] + "施策,項目".utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(message(utf16).first?.hasPrefix("x.csv: the file is UTF-16 (Excel's \"Unicode text\")") == true)
        #expect(message(Array("施策,項目,状況\n".utf8) + [0]).first?.contains("NUL bytes") == true)
        #expect(message([]) == ["x.csv: the file has no rows; expected a header row such as 施策,取組方針,主体,項目,アクションプランの内容,実施結果,状況"])
        #expect(message(Array("\"施策,項目".utf8)) == [
            "x.csv:1:A: this cell opens a quote (\") that is never closed; a quote inside a cell must be doubled (\"\")",
        ])
    }

    @Test("a bad --fiscal-year or a blank --title is an error; a missing one is a placeholder with a warning at its line")
    func header() throws {
        let csv = "施策,項目,状況\n施策1 題,取組,実施\n"
        #expect(Self.lines(Self.convert(csv, Self.options(title: " ", fiscalYear: 99))) == [
            "actions.csv: --fiscal-year: expected the Western year the fiscal year starts in, such as 2013, found 99",
            "actions.csv: --title must not be blank",
        ])
        let placeholder = Self.convert(csv, Self.options(title: nil, fiscalYear: nil))
        #expect(Self.lines(placeholder) == [
            "Content/report.yml:1:8: warning: no title was given: wrote a placeholder; edit it, or import again with --title \"…\"",
            "Content/report.yml:2:14: warning: no fiscal year was given: wrote 2030, the current one; edit it, or import again with --fiscal-year",
        ])
        let yaml = try #require(placeholder.yaml)
        #expect(yaml.hasPrefix("title: TODO 報告書の表題を入力してください  # TODO plansite import: 表題を書いてください\nfiscal_year: 2030  # TODO"))
        _ = Self.load(yaml)
        let inferred = Self.convert(csv, Self.options(title: "令和元年度 実施結果", fiscalYear: nil))
        #expect(inferred.report?.fiscalYear.value == 2019)
        #expect(inferred.diagnostics.isEmpty)
    }

    @Test("fiscal years named in titles", arguments: [
        ("平成25年度 市民協働", 2013), ("令和元年度", 2019), ("令和 6 年度", 2024), ("２０２４年度 実施結果", 2024), ("昭和64年度", 1989),
    ])
    func fiscalYears(title: String, year: Int) {
        #expect(SpreadsheetImporter.fiscalYear(named: title) == year)
    }

    // MARK: CSV

    @Test("CSV: quoted cells with commas, doubled quotes and line breaks; CRLF, LF and CR rows; empty cells")
    func csvParsing() {
        let text = "a,\"b,c\",\"say \"\"hi\"\"\"\r\n\"multi\r\nline\",,\"lone\rcr\"\nlast,\"\"\rx,"
        let parsed = CSVParser.parse(text, file: "t.csv")
        #expect(parsed.diagnostics.isEmpty)
        #expect(parsed.rows == [["a", "b,c", "say \"hi\""], ["multi\nline", "", "lone\rcr"], ["last", ""], ["x", ""]])
        #expect(CSVParser.parse("a\r\n", file: "t").rows == [["a"]])
        #expect(CSVParser.parse("", file: "t").rows == [])
        #expect(CSVParser.parse("ab\"c,d", file: "t").rows == [["ab\"c", "d"]])
        let bad = CSVParser.parse("a,\"b\"c,d\n", file: "t.csv")
        #expect(bad.diagnostics.map(\.cellDescription) == ["t.csv:1:B: text after the closing quote of a quoted cell; a quote inside a cell must be doubled (\"\")"])
        #expect(bad.rows == [["a", "bc", "d"]])
    }

    @Test("column letters", arguments: [(1, "A"), (3, "C"), (26, "Z"), (27, "AA"), (52, "AZ"), (703, "AAA")])
    func columnLetters(number: Int, letters: String) {
        #expect(ColumnLetters.name(number) == letters)
        #expect(ColumnLetters.number(letters) == number)
    }

    @Test("only the ' that guards a formula is taken away")
    func formulaGuard() {
        #expect(SpreadsheetImporter.removingFormulaGuard("'=1+2") == "=1+2")
        #expect(SpreadsheetImporter.removingFormulaGuard("'-5") == "-5")
        #expect(SpreadsheetImporter.removingFormulaGuard("'@a") == "@a")
        #expect(SpreadsheetImporter.removingFormulaGuard("'+a") == "+a")
        #expect(SpreadsheetImporter.removingFormulaGuard("'\ta") == "\ta")
        #expect(SpreadsheetImporter.removingFormulaGuard("'quoted'") == "'quoted'")
        #expect(SpreadsheetImporter.removingFormulaGuard("=1") == "=1")
    }

    // MARK: YAML

    @Test("YAML: text any tool could misread is quoted, plain Japanese stays plain, line breaks become |- blocks")
    func yamlScalars() {
        let quoted = ["no", "No", "YES", "off", "y", "null", "~", "", "0123", "1.10", "2014-06-30", "12:30", ".inf", "+1", "-a", "#a",
                      "a #b", "a: b", "a:", "[a]", "{a}", "*a", "&a", "!a", "%a", "@a", "`a", "'a", "\"a", "|a", ">a", "?a",
                      " a", "a ", "　a", "a\tb", "<<", "="]
        for text in quoted {
            #expect(YAMLWriter.scalar(text, flow: false).hasPrefix("\""), "\(text)")
        }
        for text in ["協働（共働）の意識を高める！！", "4月に長崎県", "a#b", "a:b", "https://example.jp/a?b#c", "No.1", "①② ㈱", "100%達成"] {
            #expect(YAMLWriter.scalar(text, flow: false) == text)
        }
        #expect(YAMLWriter.scalar("a, b", flow: true) == "\"a, b\"")
        #expect(YAMLWriter.doubleQuoted("a\"b\\c\nd\te\u{85}\u{2028}\u{7}") == "\"a\\\"b\\\\c\\nd\\te\\x85\\u2028\\x07\"")
        #expect(YAMLWriter.blockStyle("a\nb") == "|-")
        #expect(YAMLWriter.blockStyle("a\nb\n") == "|")
        #expect(YAMLWriter.blockStyle("a\n\n") == "|+")
        #expect(YAMLWriter.blockStyle(" a\nb") == nil)
        #expect(YAMLWriter.blockStyle("a\r\nb") == nil)
        #expect(YAMLWriter.blockStyle("single") == nil)
    }

    @Test("YAML: every awkward text reads back exactly from every place it can be written", arguments: ImportTests.awkward)
    func yamlReadsBack(text: String) throws {
        let at = SourcePosition.start
        let action = Action(title: Located(text, at: at), plan: Located(text, at: at), status: Located("done", at: at), position: at)
        let report = Report(
            title: Located(text, at: at), fiscalYear: Located(2013, at: at), labels: ["plan": Located(text, at: at)],
            actors: [ActorDefinition(key: Located("no", at: at), mark: Located(text, at: at), label: Located(text, at: at))],
            statuses: [StatusDefinition(key: Located("done", at: at), label: Located(text, at: at), weight: Located(1, at: at),
                                        symbol: Located(text, at: at))],
            policies: [Policy(id: Located("p", at: at), title: Located(text, at: at),
                              objectives: [Objective(title: Located(text, at: at), actions: [action], position: at)], position: at)])
        let yaml = YAMLWriter.encode(report)
        let loaded = try #require(Self.load(yaml))
        #expect(loaded.title.value == text)
        #expect(loaded.labels["plan"]?.value == text)
        #expect(loaded.actors.first?.key.value == "no")
        #expect(loaded.actors.first?.mark.value == text)
        #expect(loaded.actors.first?.label.value == text)
        #expect(loaded.statuses.first?.label.value == text)
        #expect(loaded.statuses.first?.symbol?.value == text)
        #expect(loaded.policies.first?.title.value == text)
        #expect(loaded.policies.first?.objectives.first?.title?.value == text)
        #expect(loaded.policies.first?.actions.first?.title.value == text)
        #expect(loaded.policies.first?.actions.first?.plan?.value == text)
    }

    // MARK: Files

    @Test("files: an existing report.yml is kept without force, replaced with it (header kept), written atomically")
    func files() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv = folder.appendingPathComponent("sheet.csv")
        try Data("施策,項目,状況\n施策1 題,取組,実施\n".utf8).write(to: csv)
        let output = folder.appendingPathComponent("Content/report.yml")
        func request(force: Bool) -> ReportImport.Request {
            ReportImport.Request(csv: csv, csvDisplay: "sheet.csv", output: output, force: force, title: nil, fiscalYear: nil,
                                 fallbackFiscalYear: 2030)
        }
        let first = try ReportImport.run(request(force: false))
        #expect(first.actionCount == 1 && first.policyCount == 1)
        #expect(first.warnings.count == 2)
        try Data(try String(contentsOf: output, encoding: .utf8)
            .replacingOccurrences(of: "title: TODO 報告書の表題を入力してください", with: "title: 書き換えた表題")
            .replacingOccurrences(of: "fiscal_year: 2030", with: "fiscal_year: 2015").utf8).write(to: output)
        #expect(throws: ReportImport.Failure.self) { try ReportImport.run(request(force: false)) }
        let second = try ReportImport.run(request(force: true))
        #expect(second.warnings.isEmpty)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.hasPrefix("title: 書き換えた表題\nfiscal_year: 2015\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["report.yml"])

        // A sheet with an error writes nothing.
        try Data("施策,項目,状況\n施策1 題,取組,済\n".utf8).write(to: csv)
        do {
            _ = try ReportImport.run(request(force: true))
            Issue.record("expected content errors")
        } catch .content(let diagnostics) {
            #expect(diagnostics.map(\.cellDescription).first?.hasPrefix("sheet.csv:2:C: unknown status \"済\"") == true)
        } catch {
            Issue.record("\(error)")
        }
        #expect(try String(contentsOf: output, encoding: .utf8) == written)

        let missing = ReportImport.Request(csv: folder.appendingPathComponent("none.csv"), csvDisplay: "none.csv", output: nil,
                                           fallbackFiscalYear: 2030)
        do {
            _ = try ReportImport.run(missing)
            Issue.record("expected an I/O failure")
        } catch .io(let message) {
            #expect(message == "none.csv: not found")
        } catch {
            Issue.record("\(error)")
        }
    }
}
