import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// `plansite import`: the results sheet as municipalities keep it, read into a report.
@Suite("Importing a spreadsheet: the sheet shape: merged cells, headers, ids, encodings")
struct ImportSheetTests {
    @Test("the seed as its published sheet (CP932, merged cells, ★●◎, 施策N): the seed's data, ids p1…p5")
    func seedSheet() throws {
        let result = SpreadsheetImporter.convert(
            try ImportTests.fixture("seed-sheet-cp932.csv"), file: "seed.csv",
            options: ImportTests.options(title: nil, fiscalYear: nil))
        #expect(result.diagnostics.isEmpty, "\(ImportTests.lines(result, file: "seed.csv"))")
        #expect(result.encoding == .shiftJIS)
        #expect(result.notes.contains { $0.contains("title taken from row 1") })
        #expect(result.notes.contains { $0.contains("fiscal_year 2013 taken from \"平成25年度\"") })
        let imported = try ImportTests.loaded(result)
        #expect(imported.title.value == "平成25年度市民協働（共働）推進アクションプラン 【 実 施 結 果 】")
        #expect(imported.fiscalYear.value == 2013)
        #expect(imported.policies.map(\.id.value) == ["p1", "p2", "p3", "p4", "p5"])
        #expect(imported.policies.first?.actions.first?.id?.value == "p1-1")
        ImportTests.expectSame(
            ImportTests.fields(try ImportTests.seed(), ids: false, header: false), ImportTests.fields(imported, ids: false, header: false))
    }

    @Test("the sheet over the existing seed report: policies keep their ids by title, and all the data is the seed's")
    func seedSheetOverTheSeed() throws {
        let seed = try ImportTests.seed()
        let result = SpreadsheetImporter.convert(
            try ImportTests.fixture("seed-sheet-cp932.csv"), file: "seed.csv",
            options: ImportTests.options(title: nil, fiscalYear: nil, base: seed))
        #expect(result.diagnostics.isEmpty, "\(ImportTests.lines(result, file: "seed.csv"))")
        let imported = try ImportTests.loaded(result)
        ImportTests.expectSame(ImportTests.fields(seed), ImportTests.fields(imported))
    }

    @Test("CP932's ① ㈱ № 髙 﨑 ～ － ∥ ￢ read the same from Shift_JIS, UTF-8 and UTF-8 with a BOM")
    func encodings() throws {
        var outputs: [String] = []
        for (name, encoding) in [
            ("extended-cp932.csv", TextEncodingDetector.Encoding.shiftJIS), ("extended-utf8.csv", .utf8),
            ("extended-utf8-bom.csv", .utf8WithBOM),
        ] {
            let result = SpreadsheetImporter.convert(try ImportTests.fixture(name), file: name, options: ImportTests.options())
            #expect(result.diagnostics.isEmpty, "\(name): \(ImportTests.lines(result, file: name))")
            #expect(result.encoding == encoding, "\(name)")
            outputs.append(result.yaml ?? "")
        }
        #expect(Set(outputs).count == 1)
        let report = try #require(ImportTests.load(outputs[0]))
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
        let result = ImportTests.convert(csv)
        #expect(result.diagnostics.isEmpty, "\(ImportTests.lines(result))")
        let report = try ImportTests.loaded(result)
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
        let csv =
            "ＩＤ,施策,項 目,実施状況,関係部署,課題,次年度に向けた取組,備考,指標名,目標値,実績値,単位,Policy ID\n"
            + "a1,施策1 題,取組,実施,市民協働課,課題文,次の取組,備考文,参加者,\"1,200\",９８０,人,one\n"
        let result = ImportTests.convert(csv)
        #expect(result.diagnostics.isEmpty, "\(ImportTests.lines(result))")
        let report = try ImportTests.loaded(result)
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
        let unplaced = ImportTests.convert(csv)
        #expect(ImportTests.lines(unplaced).first?.hasPrefix("actions.csv:1:A: unknown column A \"基本目標\"") == true)
        for column in ["基本目標", "a"] {
            let result = ImportTests.convert(csv, ImportTests.options(policyColumn: column))
            #expect(result.diagnostics.isEmpty, "\(ImportTests.lines(result))")
            let report = try ImportTests.loaded(result)
            #expect(report.policies.map(\.id.value) == ["p1", "p2"])
            #expect(report.policies.map(\.title.value) == ["目標1 安全なまち", "目標2 元気なまち"])
            #expect(report.policies.map { $0.actions.count } == [2, 1])
        }
        let wrong = ImportTests.convert(csv, ImportTests.options(policyColumn: "基本目票"))
        #expect(
            ImportTests.lines(wrong) == [
                "actions.csv:1: --policy-column \"基本目票\": no column of the header row is called so; the columns are A \"基本目標\", B \"項目\", C \"状況\" (did you mean \"基本目標\"?)"
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
        let result = ImportTests.convert(csv)
        #expect(!result.diagnostics.hasErrors, "\(ImportTests.lines(result))")
        let yaml = try #require(result.yaml)
        let report = try #require(ImportTests.load(yaml))
        #expect(report.policies[0].actions.map { $0.id?.value } == ["p-1", "p-5", "p-2", "p-3"])
        #expect(!yaml.contains("id: p-1"))
        #expect(result.notes.contains { $0.contains("row 3: the new action gets the id \"p-5\"") })
    }

    @Test("status_label alone is enough; a status and a label that disagree are an error")
    func statusLabel() throws {
        let ok = ImportTests.convert("policy_id,policy_title,title,status,status_label\np,施策,一,,未実施\np,施策,二,partial,一部実施\n")
        #expect(ok.diagnostics.isEmpty, "\(ImportTests.lines(ok))")
        #expect(ok.report?.policies.first?.actions.map(\.status.value) == ["not_started", "partial"])
        let bad = ImportTests.convert("policy_id,policy_title,title,status,status_label\np,施策,一,done,未実施\n")
        #expect(
            ImportTests.lines(bad) == [
                "actions.csv:2:E: status_label \"未実施\" does not match status \"done\"; change one of them, or clear the status cell to go by the label"
            ])
    }
}
