import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// `plansite import`: every problem of a sheet reported at its row and column, nothing written.
@Suite("Importing a spreadsheet: problems, each at its cell")
struct ImportProblemTests {
    @Test("a sheet with many mistakes: every one at its row and column, nothing written")
    func mistakes() throws {
        let result = SpreadsheetImporter.convert(try ImportTests.fixture("mistakes.csv"), file: "mistakes.csv", options: ImportTests.options())
        #expect(result.yaml == nil)
        #expect(
            ImportTests.lines(result, file: "mistakes.csv") == [
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
        let result = SpreadsheetImporter.convert(try ImportTests.fixture("unknown-header.csv"), file: "sheet.csv", options: ImportTests.options())
        let lines = ImportTests.lines(result, file: "sheet.csv")
        #expect(lines.count == 1)
        #expect(
            lines.first?.hasPrefix(
                "sheet.csv:1:H: unknown column H \"担当者\" — expected one of 施策ID, 施策, 取組方針, ID, 主体, 項目, アクションプランの内容, 実施結果, 状況, 担当課,") == true)
        #expect(lines.first?.contains("or the columns of data/actions.csv (policy_id, policy_title, objective, id,") == true)
        #expect(lines.first?.hasSuffix("(did you mean \"担当課\"?)") == true)
    }

    @Test("missing columns, a policy split in two, a title that changes within a policy")
    func tableProblems() throws {
        #expect(
            ImportTests.lines(ImportTests.convert("施策,主体,実施結果\n施策1 題,★,結果\n")) == [
                "actions.csv:1: no column holds the actions' titles — expected a 項目 (title) column",
                "actions.csv:1: no column holds the actions' status — expected a 状況 (status) column with 実施, 一部実施 or 未実施",
            ])
        #expect(
            ImportTests.lines(ImportTests.convert("施策,項目,状況\r\n,,\r\n")) == [
                "actions.csv:1: the table has no rows below its header; is this the right file?"
            ])
        #expect(
            ImportTests.lines(ImportTests.convert("項目,状況\n取組,実施\n")) == [
                "actions.csv:1: no column names the policies — expected a 施策 (policy_title) or policy_id column, or name the column with --policy-column"
            ])
        #expect(
            ImportTests.lines(ImportTests.convert("施策,項目,状況\n,取組,実施\n")) == [
                "actions.csv:2:A: the first row of the table has no 施策 (policy_title); every row needs a policy, or the one of the row above"
            ])
        #expect(
            ImportTests.lines(ImportTests.convert("施策,項目,状況\nA,一,実施\nB,二,実施\nA,三,実施\n")) == [
                "actions.csv:4:A: 施策 (policy_title) \"A\" already ended before this row (it starts in row 2); keep the rows of a policy together"
            ])
        #expect(
            ImportTests.lines(ImportTests.convert("policy_id,policy_title,title,status\np,題,一,done\np,別の題,二,done\nq,,三,done\n")) == [
                "actions.csv:3:B: policy_title \"別の題\" differs from \"題\" in row 2 of the same policy; a policy has one title (a row without a policy_id belongs to the policy above: give a new policy its own policy_id)",
                "actions.csv:4:B: policy \"q\" has no title: fill in its policy_title cell in one of its rows",
            ])
        #expect(
            ImportTests.lines(ImportTests.convert("policy_id,policy_title,title,status\nq,,三,done\n")) == [
                "actions.csv:2:B: policy \"q\" has no title: fill in its policy_title cell in one of its rows"
            ])
    }

    @Test("files that are not CSV text get one clear error")
    func notText() throws {
        func message(_ bytes: [UInt8]) -> [String] {
            SpreadsheetImporter.convert(bytes, file: "x.csv", options: ImportTests.options()).diagnostics.map(\.cellDescription)
        }
        #expect(
            message(try ImportTests.fixture("not-text.csv")) == [
                "x.csv: the file is neither UTF-8 nor Shift_JIS (CP932) text (the first byte that is not UTF-8 is on line 1); save the sheet as \"CSV UTF-8 (comma delimited)\""
            ])
        let utf16: [UInt8] = [0xFF, 0xFE] + "施策,項目".utf16.flatMap { (unit: UInt16) -> [UInt8] in [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        #expect(message(utf16).first?.hasPrefix("x.csv: the file is UTF-16 (Excel's \"Unicode text\")") == true)
        #expect(message(Array("施策,項目,状況\n".utf8) + [0]).first?.contains("NUL bytes") == true)
        #expect(message([]) == ["x.csv: the file has no rows; expected a header row such as 施策,取組方針,主体,項目,アクションプランの内容,実施結果,状況"])
        #expect(
            message(Array("\"施策,項目".utf8)) == [
                "x.csv:1:A: this cell opens a quote (\") that is never closed; a quote inside a cell must be doubled (\"\")"
            ])
    }

    @Test("a bad --fiscal-year or a blank --title is an error; a missing one is a placeholder with a warning at its line")
    func header() throws {
        let csv = "施策,項目,状況\n施策1 題,取組,実施\n"
        #expect(
            ImportTests.lines(ImportTests.convert(csv, ImportTests.options(title: " ", fiscalYear: 99))) == [
                "actions.csv: --fiscal-year: expected the Western year the fiscal year starts in, such as 2013, found 99",
                "actions.csv: --title must not be blank",
            ])
        let placeholder = ImportTests.convert(csv, ImportTests.options(title: nil, fiscalYear: nil))
        #expect(
            ImportTests.lines(placeholder) == [
                "Content/report.yml:1:8: warning: no title was given: wrote a placeholder, which check and build refuse until it is replaced; edit it, or import again with --title \"…\"",
                "Content/report.yml:2:14: warning: no fiscal year was given: wrote 2030, the current one, which check and build refuse until it is confirmed; edit it, or import again with --fiscal-year",
            ])
        let yaml = try #require(placeholder.yaml)
        #expect(yaml.hasPrefix("title: TODO 報告書の表題を入力してください  # TODO plansite import: 表題を書いてください\nfiscal_year: 2030  # TODO"))
        _ = ImportTests.load(yaml)
        let inferred = ImportTests.convert(csv, ImportTests.options(title: "令和元年度 実施結果", fiscalYear: nil))
        #expect(inferred.report?.fiscalYear.value == 2019)
        #expect(inferred.diagnostics.isEmpty)
    }

    @Test(
        "fiscal years named in titles",
        arguments: [
            ("平成25年度 市民協働", 2013), ("令和元年度", 2019), ("令和 6 年度", 2024), ("２０２４年度 実施結果", 2024), ("昭和64年度", 1989),
        ])
    func fiscalYears(title: String, year: Int) {
        #expect(SpreadsheetImporter.fiscalYear(named: title) == year)
    }
}
