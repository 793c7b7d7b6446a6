import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// `plansite import`: the report.yml import writes: safe for every YAML tool, read back exactly.
@Suite("Importing a spreadsheet: the report.yml written")
struct ImportYAMLTests {
    @Test("YAML: text any tool could misread is quoted, plain Japanese stays plain, line breaks become |- blocks")
    func yamlScalars() {
        let quoted = [
            "no", "No", "YES", "off", "y", "null", "~", "", "0123", "1.10", "2014-06-30", "12:30", ".inf", "+1", "-a", "#a",
            "a #b", "a: b", "a:", "[a]", "{a}", "*a", "&a", "!a", "%a", "@a", "`a", "'a", "\"a", "|a", ">a", "?a",
            " a", "a ", "　a", "a\tb", "<<", "=",
        ]
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
            statuses: [
                StatusDefinition(
                    key: Located("done", at: at), label: Located(text, at: at), weight: Located(1, at: at),
                    symbol: Located(text, at: at))
            ],
            policies: [
                Policy(
                    id: Located("p", at: at), title: Located(text, at: at),
                    objectives: [Objective(title: Located(text, at: at), actions: [action], position: at)], position: at)
            ])
        let yaml = YAMLWriter.encode(report)
        let loaded = try #require(ImportTests.load(yaml))
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
}
