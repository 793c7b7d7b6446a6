import Foundation
import Mustache
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// plansite renders templates with its own `TemplateSet`; swift-mustache 2.1.1 is the reference
/// it must agree with, byte for byte, on every page of several sites.
@Suite("Template engine")
struct TemplateEngineTests {
    /// A report that uses every optional field, a null-weight status and other words.
    static let fullReport = """
        title: 全部入りの報告
        subtitle: 副題
        organization: 〇〇市
        fiscal_year: 2019
        published: 2020-06-30
        base_url: https://example.jp/r/
        labels: { plan: 計画, result: 結果 }
        actors:
          a: { mark: "▲", label: 事業者が主体 }
          b: { label: 記号なし }
        statuses:
          on_track: { label: 計画通り, weight: 1 }
          late: { label: 遅れている, weight: 0.5, symbol: "！" }
          stopped: { label: 未着手, weight: 0 }
          na: { label: 評価不能, weight: null }
        policies:
          - id: one
            title: 一つ目
            summary: 要約は**太字**も
            objectives:
              - title: 方針A
                actions:
                  - { actor: a, title: 取組1, plan: 計画1, result: 結果1, status: on_track, department: 企画課,
                      indicator: { name: 件数, target: 20, actual: 26, unit: 件, baseline: 3 }, challenges: 課題1, next_steps: 次1, note: 備考1 }
                  - { actor: b, title: 取組2, status: late, indicator: { name: 率, target: 0.5, actual: 0.25 } }
              - actions:
                  - { title: 取組3, status: na }
          - id: two
            title: 二つ目
            objectives: []
          - id: three
            number: 9
            title: 三つ目
            objectives:
              - title: 方針C
                actions:
                  - { actor: a, title: "<取組>&'\\"", status: stopped, note: "[リンク](policies/one.md)" }
        """

    func sites() throws -> [(String, SiteInput)] {
        let scaffold = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-engine-\(getpid())")
        try? FileManager.default.removeItem(at: scaffold)
        try ProjectScaffold.create(at: scaffold)
        defer { try? FileManager.default.removeItem(at: scaffold) }
        var sample = try ProjectReader.read(ProjectPaths(root: scaffold, templates: URL(fileURLWithPath: "/nonexistent")))
        sample.reportFile = "Content/report.yml"
        return [
            ("seed", try TestSupport.seedInput()),
            ("full", TestSupport.input(Self.fullReport, narratives: ["one.md": "# 見出し\n\n本文\n\n## 二つ目\n\n[三](three.md)"])),
            ("sample", sample),
        ]
    }

    @Test func rendersExactlyAsSwiftMustacheDoes() throws {
        var library = MustacheLibrary()
        for (name, file) in Theme.builtIn.templates {
            try library.register(String(decoding: file.bytes, as: UTF8.self), named: name)
        }
        for (name, input) in try sites() {
            let loaded = ReportLoader.load(input.reportBytes, file: input.reportFile)
            let validated = ReportValidator.validate(try #require(loaded.report), file: input.reportFile)
            #expect(validated.diagnostics.isEmpty, "\(name): \(validated.diagnostics)")
            let resolver = LinkResolver(assetPaths: [], policyIDs: Set(validated.report.policies.map(\.id.value)))
            var narratives: [String: Narrative] = [:]
            for file in input.narratives {
                narratives[String(file.name.dropLast(3))] = Narrative(text: String(decoding: file.bytes, as: UTF8.self), file: file.displayPath)
            }
            let content = MarkdownStage.render(
                validated.report, narratives: narratives, renderer: MarkdownRenderer(links: resolver),
                reportFile: input.reportFile
            ).content
            let presenter = SitePresenter(report: validated.report, content: content)
            let renderer = try #require(PageRenderer.compile(Theme.builtIn).renderer)
            var pages: [(String, Page, String)] = [
                ("index", presenter.overviewPage(), "index"), ("print", presenter.printPage(), "print"),
                ("actions", presenter.actionsPage(), "actions"),
                ("404", presenter.notFoundPage(), "404"),
            ]
            for p in validated.report.policies.indices { pages.append(("policy \(p)", presenter.policyPage(p), "policy")) }
            for (label, page, template) in pages {
                let ours = renderer.render(page, template: template)
                let reference = library.render(MustachePage(page: page), withTemplate: template) ?? "(none)"
                #expect(ours == reference, "\(name) \(label) differs from swift-mustache")
                if ours != reference {
                    let a = ours.split(separator: "\n", omittingEmptySubsequences: false)
                    let b = reference.split(separator: "\n", omittingEmptySubsequences: false)
                    if let line = (0..<min(a.count, b.count)).first(where: { a[$0] != b[$0] }) {
                        Issue.record("line \(line + 1):\n ours: \(a[line])\n  ref: \(b[line])")
                    }
                }
            }
        }
    }

    @Test(
        "Mustache semantics",
        arguments: [
            ("a{{! comment }}b", "ab"),
            ("{{#items}}\n  <li>{{name}}</li>\n{{/items}}\n", "  <li>x</li>\n  <li>y</li>\n"),
            ("{{^none}}empty{{/none}}", "empty"),
            ("<{{html}}|{{{html}}}|{{&html}}>", "<&lt;b&gt;&amp;&quot;&#39;|<b>&\"'|<b>&\"'>"),
            ("{{#flag}}yes{{/flag}}{{^flag}}no{{/flag}}", "yes"),
            ("{{#items}}{{outer}}{{/items}}", "OO"),
            ("{{#nested.flag}}deep{{/nested.flag}}{{nested.name}}", "deepinner"),
            ("{{missing}}|{{#missing}}x{{/missing}}", "|"),
            ("{{#items}}{{#absent}}?{{/absent}}{{/items}}", ""),
            ("  {{>part}}\n", "  P1\n  P2\n"),
            ("{{<parent}}{{$slot}}filled{{/slot}}{{/parent}}", "[filled]"),
            ("{{<parent}}{{/parent}}", "[default]"),
            // A name found outside a list is remembered by the renderer, but never past a frame that has it.
            ("{{#items}}{{title}}{{#nested}}{{title}}{{/nested}}{{title}}{{/items}}", "BSBBSB"),
            ("{{#items}}{{html}}|{{{html}}}|{{/items}}", "&lt;b&gt;&amp;&quot;&#39;|<b>&\"'|&lt;b&gt;&amp;&quot;&#39;|<b>&\"'|"),
            ("{{#items}}{{#nested}}{{#items}}{{outer}}{{name}}{{/items}}{{/nested}}{{/items}}", "OxOyOxOy"),
        ])
    func semantics(template: String, expected: String) throws {
        let sources: [(name: String, text: String, origin: String)] = [
            ("t", template, "t"), ("part", "P1\nP2\n", "part"), ("parent", "[{{$slot}}default{{/slot}}]", "parent"),
        ]
        let compiled = TemplateSet.compile(sources)
        #expect(compiled.diagnostics.isEmpty, "\(compiled.diagnostics)")
        let page = Page(
            body: Fixture(),
            common: PageCommon(
                site: SiteView(
                    title: "", fiscalYear: 2013,
                    texts: Schema.report.texts.map { _ in nil },
                    actors: [], statuses: []),
                labels: [:], root: "", pageTitle: "", kind: .overview))
        #expect(compiled.set.render(page, template: "t") == expected)
    }

    /// Escaping looks at eight bytes at a time before going byte by byte: each special character
    /// at every position of texts up to 24 bytes (ASCII and Japanese around it) is escaped, and
    /// nothing else changes.
    @Test func escapesAtEveryPosition() throws {
        let compiled = TemplateSet.compile([("t", "{{#items}}{{name}}|{{/items}}", "t")])
        let specials: [(Character, String)] = [("&", "&amp;"), ("<", "&lt;"), (">", "&gt;"), ("\"", "&quot;"), ("'", "&#39;")]
        var items: [Item] = []
        var expected = ""
        for filler in ["a", "漢"] {
            for length in 0...24 {
                let plain = String(repeating: filler, count: length)
                items.append(Item(name: plain))
                expected += plain + "|"
                for position in 0..<length {
                    for (special, escaped) in specials {
                        var text = Array(plain)
                        text[position] = special
                        items.append(Item(name: String(text)))
                        expected += String(text).replacingOccurrences(of: String(special), with: escaped) + "|"
                    }
                }
            }
        }
        let list = items
        let page = Page(body: ListFixture(items: list), common: ListFixture(items: []))
        #expect(compiled.set.render(page, template: "t") == expected)
    }

    @Test(
        "Template errors name their place",
        arguments: [
            ("<p>\n  {{#a}}x{{/b}}", "2:10: template error: {{/b}} closes {{#a}} (opened at 2:3); close it with {{/a}}"),
            ("{{#a}}x", "1:1: template error: {{#a}} is never closed with {{/a}}"),
            ("x {{name", "1:3: template error: a tag is not closed with }}"),
            ("{{/a}}", "1:1: template error: {{/a}} closes a section that was never opened"),
            (
                "{{plusone(index())}}",
                "1:1: template error: \"plusone(index())\": transforms such as f(x) are not supported; the page models provide the value"
            ),
            ("{{=<% %>=}}", "1:1: template error: changing the delimiters ({{=…=}}) is not supported"),
            ("{{>partials/nope}}", "1:1: template error: {{>partials/nope}} or {{<partials/nope}} names no template"),
        ])
    func errors(template: String, expected: String) {
        let compiled = TemplateSet.compile([("t", template, "Templates/t.mustache")])
        #expect(compiled.diagnostics.map(\.description) == ["Templates/t.mustache:" + expected])
    }
}

/// A page body for the semantics tests.
struct Fixture: TemplateModel {
    static let fields: [String: @Sendable (Fixture) -> TemplateValue] = [
        "items": { _ in TemplateValue([Item(name: "x"), Item(name: "y")]) },
        "none": { _ in TemplateValue([Item]()) },
        "html": { _ in TemplateValue("<b>&\"'") },
        "flag": { _ in TemplateValue(true) },
        "outer": { _ in TemplateValue("O") },
        "title": { _ in TemplateValue("B") },
        "nested": { _ in TemplateValue(Nested()) },
        "absent": { _ in .null },
    ]
    static let fieldTable = FieldTable(fields)
}

/// A page body whose `items` are given.
struct ListFixture: TemplateModel {
    let items: [Item]
    static let fields: [String: @Sendable (ListFixture) -> TemplateValue] = ["items": { TemplateValue($0.items) }]
    static let fieldTable = FieldTable(fields)
}

struct Item: TemplateModel {
    let name: String
    static let fields: [String: @Sendable (Item) -> TemplateValue] = ["name": { TemplateValue($0.name) }, "absent": { _ in .null }]
    static let fieldTable = FieldTable(fields)
}

struct Nested: TemplateModel {
    static let fields: [String: @Sendable (Nested) -> TemplateValue] = [
        "flag": { _ in TemplateValue(true) }, "name": { _ in TemplateValue("inner") },
        "title": { _ in TemplateValue("S") },
    ]
    static let fieldTable = FieldTable(fields)
}
