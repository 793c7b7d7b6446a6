import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

@Suite("Markdown")
struct MarkdownTests {
    let renderer = MarkdownRenderer(links: LinkResolver(assetPaths: ["assets/map.png", "assets/資料/地図.pdf"], policyIDs: ["p1", "p2"]))
    let narrativeSource = MarkdownRenderer.Source(file: "Content/policies/p1.md", position: .start, directory: ["policies"], isWholeFile: true)
    let fieldSource = MarkdownRenderer.Source(
        file: "Content/report.yml", position: SourcePosition(line: 9, column: 19), directory: [],
        isWholeFile: false)

    func field(_ text: String) -> (RenderedMarkdown, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let html = renderer.renderField(text, source: fieldSource, diagnostics: &diagnostics)
        return (html, diagnostics)
    }

    func narrative(_ text: String) -> (RenderedMarkdown, [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let html = renderer.renderNarrative(text, policyID: "p1", source: narrativeSource, diagnostics: &diagnostics)
        return (html, diagnostics)
    }

    @Test("All 652 CommonMark 0.30 spec examples pass through our Markdown layer")
    func commonMarkSpec() throws {
        let url = TestSupport.fixtures.appendingPathComponent("commonmark/commonmark-0.30-examples.json")
        let data = try Data(contentsOf: url)
        let examples = try #require(try JSONSerialization.jsonObject(with: data) as? [[String: Any]])
        #expect(examples.count == 652)
        var failures: [Int] = []
        for example in examples {
            let markdown = try #require(example["markdown"] as? String)
            let html = try #require(example["html"] as? String)
            if MarkdownRenderer.commonMarkHTML(markdown, unsafe: true) != html { failures.append(example["example"] as? Int ?? -1) }
        }
        #expect(failures.isEmpty, "failing examples: \(failures)")
    }

    @Test func rawHTMLIsOmittedAndScriptLinksEmptied() {
        let (html, _) = narrative(
            "<script>alert(1)</script>\n\n本文 <b onclick=\"x()\">太字</b>\n\n[危険](javascript:alert(1)) [v](vbscript:x) [d](data:text/html,<b>x</b>) ![i](javascript:alert(1))"
        )
        let page = html.html(for: .policyPage)
        #expect(!page.contains("<script"))
        #expect(!page.contains("onclick"))
        #expect(!page.contains("javascript:"))
        #expect(!page.contains("vbscript:"))
        #expect(!page.contains("data:text/html"))
        #expect(page.contains("<!-- raw HTML omitted -->"))
    }

    @Test func fieldsAreUnwrappedAndKeepLineBreaks() {
        let (one, _) = field("地域マネージャー制度による**協働**の取組を実施した。")
        #expect(one.html(for: .policyPage) == "地域マネージャー制度による<strong>協働</strong>の取組を実施した。")
        let (numbered, _) = field("① 地域マネージャースキル研修会の開催。\n② 先進的地域マネージャーの取組について発表の場の設定。")
        #expect(numbered.html(for: .policyPage) == "① 地域マネージャースキル研修会の開催。<br />\n② 先進的地域マネージャーの取組について発表の場の設定。")
        let (list, _) = field("- 一つ目\n- 二つ目")
        #expect(list.html(for: .policyPage) == "<ul>\n<li>一つ目</li>\n<li>二つ目</li>\n</ul>\n")
    }

    @Test func smartPunctuationIsNotApplied() {
        let (html, _) = field("市は\"子育て支援\"を'重点'とし…2013--2019年度")
        #expect(html.html(for: .overview) == "市は&quot;子育て支援&quot;を'重点'とし…2013--2019年度")
    }

    @Test func narrativeLinksAreRewrittenForEveryPage() {
        let (html, diagnostics) = narrative(
            "[地図](../assets/map.png) [施策2](p2.md#sec-1) [外部](https://example.jp/a?b=1&c=2) [頁内](#x) ![図](../assets/資料/地図.pdf)")
        #expect(diagnostics.isEmpty)
        let page = html.html(for: .policyPage)
        #expect(page.contains("href=\"../assets/map.png\""))
        #expect(page.contains("href=\"p2.html#sec-1\""))
        #expect(page.contains("href=\"https://example.jp/a?b=1&amp;c=2\""))
        #expect(page.contains("href=\"#x\""))
        #expect(page.contains("src=\"../assets/%E8%B3%87%E6%96%99/%E5%9C%B0%E5%9B%B3.pdf\""))
        let print = html.html(for: .printPage)
        #expect(print.contains("href=\"assets/map.png\""))
        #expect(print.contains("href=\"#policy-p2\""))
        let overview = html.html(for: .overview)
        #expect(overview.contains("href=\"policies/p2.html#sec-1\""))
    }

    @Test func fieldLinksAreRelativeToContent() {
        let (html, diagnostics) = field("[資料](assets/map.png)と[施策1](policies/p1.md)")
        #expect(diagnostics.isEmpty)
        #expect(html.html(for: .policyPage) == "<a href=\"../assets/map.png\">資料</a>と<a href=\"p1.html\">施策1</a>")
        #expect(html.html(for: .printPage) == "<a href=\"assets/map.png\">資料</a>と<a href=\"#policy-p1\">施策1</a>")
    }

    @Test func brokenLinksAreErrorsWithPositionsAndSuggestions() {
        let (_, diagnostics) = narrative("# 見出し\n\n本文です。\n\n詳しくは[施策](p3.md)と[地図](../assets/mapp.png)、[外](../../etc/passwd)。\n")
        #expect(
            diagnostics.map(\.description) == [
                "Content/policies/p1.md:5:5: link \"p3.md\" points to no file in Content/assets/ and no policy (did you mean \"p1.md\"?)",
                "Content/policies/p1.md:5:17: link \"../assets/mapp.png\" points to no file in Content/assets/ and no policy (did you mean \"../assets/map.png\"?)",
                "Content/policies/p1.md:5:42: link \"../../etc/passwd\" points outside Content/; link to a file in Content/assets/ or to another policy's .md file",
            ])
        let (_, fieldDiagnostics) = field("[x](missing.pdf)")
        #expect(
            fieldDiagnostics.map(\.description) == [
                "Content/report.yml:9:19: link \"missing.pdf\" points to no file in Content/assets/ and no policy"
            ])
    }

    @Test func headingsGetIdsAndShiftBelowThePageHeadings() {
        let (html, _) = narrative("# 取組方針\n\n本文\n\n## 詳細 `code`\n\n<h2>raw</h2>\n\n```\n<h2>in code</h2>\n```\n\n---\n")
        #expect(html.headings == [MarkdownHeading(level: 1, text: "取組方針", index: 1), MarkdownHeading(level: 2, text: "詳細 code", index: 2)])
        let page = html.html(for: .policyPage)
        #expect(page.contains("<h3 id=\"sec-1\">取組方針</h3>"))
        #expect(page.contains("<h4 id=\"sec-2\">詳細 <code>code</code></h4>"))
        #expect(page.contains("&lt;h2&gt;in code&lt;/h2&gt;"))
        #expect(page.contains("<hr />"))
        let print = html.html(for: .printPage)
        #expect(print.contains("<h4 id=\"p1-sec-1\">取組方針</h4>"))
        #expect(print.contains("<h5 id=\"p1-sec-2\">"))
    }
}

@Suite("Plain fields skip the parser")
struct PlainFieldTests {
    /// Whatever the shortcut accepts must come out exactly as cmark renders it.
    @Test func theShortcutAgreesWithCmark() throws {
        var samples: [String] = []
        let input = try TestSupport.seedInput()
        let report = try #require(ReportLoader.load(input.reportBytes, file: "r").report)
        for action in report.policies.flatMap(\.actions) {
            samples += [action.title.value, action.plan?.value, action.result?.value].compactMap { $0 }
        }
        let pieces = [
            "市民", "\"引用\"", "'", "1", "a", " ", "。", "（", "）", "%", "Ｎｏ.", ":", ";", "/", "http://example.jp", "(", ")", "{", "}",
            "?", "@", "$", "^", ",", ".", "\u{3000}", "é", "①", "-", "*", "#", "&", "<", "\n", "\t", "\\", "_", "[", "]", "=", "+", "~",
        ]
        var rng = SplitMix(seed: 7)
        for _ in 0..<20_000 {
            var text = ""
            for _ in 0..<(1 + rng.next() % 8) { text += pieces[Int(rng.next() % UInt64(pieces.count))] }
            samples.append(text)
        }
        var accepted = 0
        for text in samples {
            guard let fast = MarkdownRenderer.plainParagraphHTML(text) else { continue }
            accepted += 1
            let cmark = MarkdownRenderer.commonMarkHTML(text)
            #expect("<p>" + fast + "</p>\n" == cmark, "\(text)")
        }
        #expect(accepted > 1000)
    }
}
