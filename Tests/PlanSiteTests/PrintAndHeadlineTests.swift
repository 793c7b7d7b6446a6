import Testing

@testable import PlanSite
@testable import PlanSiteCore

/// The headline's explanation, the unfinished list by status, titles with the report's name and
/// the per-site stylesheet of print's running header.
@Suite("Headline and print")
struct PrintAndHeadlineTests {
    @Test func theRunningHeaderIsAQuotedCSSString() {
        #expect(ReportStyleSheet.quoted("平成25年度 報告") == "\"平成25年度 報告\"")
        #expect(ReportStyleSheet.quoted("a\"b") == "\"a\\\"b\"")
        #expect(ReportStyleSheet.quoted("a\\b") == "\"a\\\\b\"")
        #expect(ReportStyleSheet.quoted("a\nb\r\tc") == "\"a\\A b\\D \\9 c\"")
        #expect(
            ReportStyleSheet.quoted("\"; } body { display: none; } x { content: \"")
                == "\"\\\"; } body { display: none; } x { content: \\\"\"")
    }

    @Test func theGradesOfAnotherReportReadRight() throws {
        let yaml = TestSupport.report(
            actions: [
                "{ title: 一, status: A }", "{ title: 二, status: B }", "{ title: 三, status: X }",
                "{ title: 四, status: D }",
            ], extra: PresentationTests.grades)
        let built = TestSupport.build(TestSupport.input(yaml))
        let index = try #require(built.files["index.html"])
        #expect(index.contains("計画どおり＝1、おおむね計画どおり＝0.75、遅れている＝0.25、未着手＝0 として計算、評価不能は計算に含めない"))
        #expect(index.contains("計画どおりは4件中 1件（25%）"))
        // Not done, by status in the report's order; C has no action, X no weight: no group.
        #expect(index.components(separatedBy: "<h3 id=\"not-done-status-").count == 3)
        #expect(index.range(of: "not-done-status-B")!.lowerBound < index.range(of: "not-done-status-D")!.lowerBound)
        #expect(!index.contains("not-done-status-C") && !index.contains("not-done-status-X"))
        let css = try #require(built.files["report.css"])
        #expect(css.contains("@top-left { content: \""))
    }

    @Test func everyTitleNamesTheReportAndItsYear() throws {
        let yaml = TestSupport.report(actions: ["{ title: 一, status: done }"])
            .replacingOccurrences(of: "title: テスト報告", with: "title: '報告書 \"第2版\" \\ 案'")
        let built = TestSupport.build(TestSupport.input(yaml))
        let year = "2013年度（平成25年度）"
        let policy = try #require(built.files["policies/p.html"])
        #expect(policy.contains("<title>施策1 施策 — 報告書 &quot;第2版&quot; \\ 案 \(year)</title>"))
        #expect(try #require(built.files["index.html"]).contains("<title>報告書 &quot;第2版&quot; \\ 案 \(year)</title>"))
        let css = try #require(built.files["report.css"])
        #expect(css.contains("@top-left { content: \"報告書 \\\"第2版\\\" \\\\ 案 \(year)\"; }"))
    }
}
