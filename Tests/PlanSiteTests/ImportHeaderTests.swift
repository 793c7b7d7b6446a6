import Foundation
import Testing

@testable import PlanSiteCore
@testable import PlanSiteImport

/// The column names sheets give: the common ones understood, `実績` by its neighbours, and every
/// unknown column reported with the nearest known one.
@Suite("Importing a spreadsheet: the headings sheets use")
struct ImportHeaderTests {
    @Test("内容, 実績, 評価, 主担当課, 備考 … fill plan, result, status, department and note")
    func commonHeadings() throws {
        let result = ImportTests.convert("施策,取組項目,内容,実績,評価,主担当課,備考\n意識,学習会,計画,やった,実施,市民課,なし\n")
        let action = try #require(try ImportTests.loaded(result).policies.first?.actions.first)
        #expect(action.title.value == "学習会")
        #expect(action[text: "plan"]?.value == "計画")
        #expect(action[text: "result"]?.value == "やった")
        #expect(action.status.value == "done")
        #expect(action[text: "department"]?.value == "市民課")
        #expect(action[text: "note"]?.value == "なし")
        #expect(action.indicator == nil)
    }

    /// 実績 beside 指標 or 目標 is the indicator's actual figure; alone, the action's result.
    @Test("実績 is the indicator's actual beside 指標, the result without it")
    func actualOrResult() throws {
        let withIndicator = ImportTests.convert("施策,項目,指標,実績,状況\n意識,学習会,参加者,30,実施\n")
        let action = try #require(try ImportTests.loaded(withIndicator).policies.first?.actions.first)
        #expect(action.indicator?.actual?.value == 30)
        #expect(action[text: "result"] == nil)
        let texts = ["施策", "項目", "実績", "状況"]
        #expect(HeaderChoice.field(forHeader: "実績", in: texts)?.rawValue == "result")
        #expect(HeaderChoice.field(forHeader: "実績", in: texts + ["実施結果"])?.rawValue == "indicator_actual")
        #expect(HeaderChoice.field(forHeader: "実績値", in: texts)?.rawValue == "indicator_actual")
    }

    @Test("Every unknown column is reported, each with the nearest known heading")
    func everyUnknownColumn() {
        let result = ImportTests.convert("施策,項目,状況,担当者,メモ欄,進み具合\n意識,学習会,実施,a,b,c\n")
        let lines = ImportTests.lines(result)
        #expect(lines.count == 3)
        #expect(lines.first { $0.hasPrefix("actions.csv:1:D: unknown column D \"担当者\"") }?.hasSuffix("(did you mean \"担当課\"?)") == true)
        #expect(lines.first { $0.hasPrefix("actions.csv:1:E: unknown column E \"メモ欄\"") }?.hasSuffix("(the nearest: 備考欄 (note))") == true)
        #expect(lines.first { $0.hasPrefix("actions.csv:1:F: unknown column F \"進み具合\"") }?.contains("(the nearest: ") == true)
        #expect(result.yaml == nil)
    }
}
