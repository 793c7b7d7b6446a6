import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// `plansite import`: the CSV reader and the cells it gives.
@Suite("Importing a spreadsheet: CSV")
struct ImportCSVTests {
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
        #expect(
            bad.diagnostics.map(\.cellDescription) == [
                "t.csv:1:B: text after the closing quote of a quoted cell; a quote inside a cell must be doubled (\"\")"
            ])
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
}
