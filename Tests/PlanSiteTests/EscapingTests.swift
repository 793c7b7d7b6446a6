import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

@Suite("Escaping of every field")
struct EscapingTests {
    static let evil = "<script>alert(\"x\")</script>&'"

    /// A report whose every text field holds markup that must come out as text.
    var hostileReport: String {
        let e = "'\(Self.evil.replacingOccurrences(of: "'", with: "''"))'"
        return """
            title: \(e)
            subtitle: \(e)
            organization: \(e)
            fiscal_year: 2013
            published: 2014-06-30
            base_url: https://example.jp/a&b/
            labels: { plan: \(e), result: \(e) }
            actors:
              joint: { mark: \(e), label: \(e) }
            statuses:
              done: { label: \(e), weight: 1, symbol: \(e) }
              partial: { label: 一部, weight: 0.5 }
            policies:
              - id: p
                title: \(e)
                summary: \(e)
                objectives:
                  - title: \(e)
                    actions:
                      - actor: joint
                        title: \(e)
                        plan: \(e)
                        result: \(e)
                        status: done
                        department: \(e)
                        indicator: { name: \(e), target: 10, actual: 5, unit: \(e) }
                        challenges: \(e)
                        next_steps: \(e)
                        note: \(e)
                      - title: "=HYPERLINK(\\"http://evil\\")"
                        plan: "+1"
                        result: "-2"
                        note: "@SUM(A1)"
                        status: partial
            """
    }

    @Test func htmlPagesNeverCarryMarkupFromTheData() throws {
        let built = TestSupport.build(TestSupport.input(hostileReport))
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        for path in ["index.html", "policies/p.html", "print.html", "404.html"] {
            let page = try #require(built.files[path])
            #expect(!page.contains("<script"), "\(path) contains <script")
            #expect(!page.contains("alert(\"x\")"), "\(path) has an unescaped quote")
            #expect(page.contains("&lt;script&gt;") || page.contains("<!-- raw HTML omitted -->"), "\(path)")
        }
        let policy = try #require(built.files["policies/p.html"])
        // Plain text fields are escaped by the template; Markdown fields lose the raw HTML.
        #expect(policy.contains("&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;&amp;&#39;"))
    }

    @Test func jsonEscapesQuotesAndMarkup() throws {
        let built = TestSupport.build(TestSupport.input(hostileReport))
        let json = try #require(built.files["data/report.json"])
        #expect(json.contains(#""title": "\u003cscript\u003ealert(\"x\")\u003c/script\u003e\u0026'""#))
        let parsed = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        #expect(parsed?["title"] as? String == Self.evil)
    }

    @Test func csvNeutralisesFormulasAndQuotesCells() throws {
        let result = SiteGenerator.generate(TestSupport.input(hostileReport))
        let csvFile = try #require(result.files.first { $0.path == "data/actions.csv" })
        let bytes = Array(try csvFile.data())
        #expect(bytes.starts(with: [0xEF, 0xBB, 0xBF]))
        let csv = String(decoding: bytes.dropFirst(3), as: UTF8.self)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == ActionsCSV.columns.joined(separator: ","))
        #expect(lines[2].hasPrefix("p,"))
        #expect(lines[2].contains(#""'=HYPERLINK(""http://evil"")""#))
        #expect(lines[2].contains(",'+1,'-2,"))
        #expect(lines[2].hasSuffix(",'@SUM(A1)"))
        #expect(ActionsCSV.cell("\tx") == "'\tx")
        #expect(ActionsCSV.cell("a\r\nb") == "\"a\r\nb\"")
        #expect(ActionsCSV.cell("普通の文") == "普通の文")
    }

    @Test func canonicalAndOpenGraphTagsFollowBaseURL() throws {
        let built = TestSupport.build(TestSupport.input(hostileReport))
        let policy = try #require(built.files["policies/p.html"])
        #expect(policy.contains("<link rel=\"canonical\" href=\"https://example.jp/a&amp;b/policies/p.html\">"))
        #expect(policy.contains("<meta property=\"og:url\" content=\"https://example.jp/a&amp;b/policies/p.html\">"))
        #expect(try #require(built.files["404.html"]).contains("rel=\"canonical\"") == false)
        let plain = TestSupport.build(TestSupport.input(TestSupport.report(actions: ["{ title: a, status: done }"])))
        #expect(try #require(plain.files["index.html"]).contains("rel=\"canonical\"") == false)
    }

    @Test func sitemapEscapesTheBaseURL() throws {
        let built = TestSupport.build(TestSupport.input(hostileReport))
        let sitemap = try #require(built.files["sitemap.xml"])
        #expect(sitemap.contains("<loc>https://example.jp/a&amp;b/policies/p.html</loc>"))
        #expect(TestSupport.build(TestSupport.input(TestSupport.report(actions: ["{ title: a, status: done }"]))).files["sitemap.xml"] == nil)
    }

    @Test func templatesUseRawOutputOnlyForRenderedMarkdown() throws {
        for (name, file) in Theme.builtIn.templates {
            let text = String(decoding: file.bytes, as: UTF8.self)
            for tag in TemplateNames.tags(in: text) where tag.isRaw {
                #expect(tag.name.hasSuffix("_html"), "\(name).mustache outputs \(tag.name) unescaped")
            }
        }
    }
}

@Suite("Content-Security-Policy")
struct ContentSecurityPolicyTests {
    @Test func everyPageForbidsScriptsAndHasNoInlineHandlers() throws {
        let built = TestSupport.build(try TestSupport.seedInput())
        let pages = built.files.filter { $0.key.hasSuffix(".html") }
        #expect(pages.count == 9)
        let handler = try Regex(#"\son[a-z]+\s*="#)
        for (path, html) in pages {
            #expect(html.contains("<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'"), "\(path)")
            // actions.html alone loads the theme's search script (ActionsPageTests); never inline.
            #expect(html.contains(path == "actions.html" ? "script-src 'self'" : "script-src 'none'"), "\(path)")
            #expect(html.components(separatedBy: "<script").count - 1 == (path == "actions.html" ? 1 : 0), "\(path)")
            #expect(!html.contains("<script>"), "\(path)")
            #expect(!html.contains(" style=\""), "\(path): inline styles are blocked by the policy")
            #expect(html.firstMatch(of: handler) == nil, "\(path) has an inline event handler")
        }
    }
}
