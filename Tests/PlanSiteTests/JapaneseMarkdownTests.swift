import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

@Suite("Markdown that suits Japanese")
struct JapaneseMarkdownTests {
    func html(_ text: String) -> String { MarkdownRenderer.commonMarkHTML(text) }

    @Test(
        "Emphasis next to Japanese punctuation is bold",
        arguments: [
            ("**「重要」**です", "<p><strong>「重要」</strong>です</p>\n"),
            ("達成率は**80%**でした", "<p>達成率は<strong>80%</strong>でした</p>\n"),
            ("これは**「重要」**です", "<p>これは<strong>「重要」</strong>です</p>\n"),
            (
                "**このアスタリスクは強調記号として認識されず、そのまま表示されます。**この文のせいで。",
                "<p><strong>このアスタリスクは強調記号として認識されず、そのまま表示されます。</strong>この文のせいで。</p>\n"
            ),
            ("市民団体に対し*（仮称）*アドバイザーを派遣した。", "<p>市民団体に対し<em>（仮称）</em>アドバイザーを派遣した。</p>\n"),
            ("**[施策4](framework.html)**を参照", "<p><strong><a href=\"framework.html\">施策4</a></strong>を参照</p>\n"),
            ("審議会を**2回**開催した。", "<p>審議会を<strong>2回</strong>開催した。</p>\n"),
            ("***「全体」***の結果", "<p><em><strong>「全体」</strong></em>の結果</p>\n"),
        ])
    func cjkEmphasis(input: String, expected: String) {
        #expect(html(input) == expected)
    }

    @Test(
        "Plain CommonMark cases keep CommonMark's answers",
        arguments: [
            ("**foo \"*bar*\" foo**", "<p><strong>foo &quot;<em>bar</em>&quot; foo</strong></p>\n"),
            ("a**\"foo\"**", "<p>a**&quot;foo&quot;**</p>\n"),
            ("foo*bar*", "<p>foo<em>bar</em></p>\n"),
            ("_foo_bar", "<p>_foo_bar</p>\n"),
            ("**foo bar **", "<p>**foo bar **</p>\n"),
            ("* a *", "<ul>\n<li>a *</li>\n</ul>\n"),
        ])
    func commonMarkUnchanged(input: String, expected: String) {
        #expect(html(input) == expected)
    }

    @Test func emphasisInNarrativesAndFields() {
        let renderer = MarkdownRenderer(links: LinkResolver(assetPaths: [], policyIDs: []))
        var diagnostics: [Diagnostic] = []
        let field = renderer.renderField(
            "結果は**「良好」**でした。", source: .init(file: "r", position: .start, directory: [], isWholeFile: false),
            diagnostics: &diagnostics)
        #expect(field.html(for: .policyPage) == "結果は<strong>「良好」</strong>でした。")
    }

    @Test(
        "A line break between Japanese characters is not a space",
        arguments: [
            ("日本語の\n改行です。", "<p>日本語の改行です。</p>\n"),
            ("地域マネージャー制度による\n協働の取組を実施した。", "<p>地域マネージャー制度による協働の取組を実施した。</p>\n"),
            ("**強調**\nです", "<p><strong>強調</strong>です</p>\n"),
            ("意見交換を行った。\n次に、", "<p>意見交換を行った。次に、</p>\n"),
            ("English words\nstay apart", "<p>English words\nstay apart</p>\n"),
            ("NPO等と\nthe city", "<p>NPO等と\nthe city</p>\n"),
            ("行政情報提供\nHP", "<p>行政情報提供\nHP</p>\n"),
        ])
    func lineJoining(input: String, expected: String) {
        #expect(html(input) == expected)
    }

    @Test func fieldsKeepTheirLineBreaks() {
        let renderer = MarkdownRenderer(links: LinkResolver(assetPaths: [], policyIDs: []))
        var diagnostics: [Diagnostic] = []
        let field = renderer.renderField(
            "① 研修会の開催。\n② 発表の場の設定。", source: .init(file: "r", position: .start, directory: [], isWholeFile: false),
            diagnostics: &diagnostics)
        #expect(field.html(for: .policyPage) == "① 研修会の開催。<br />\n② 発表の場の設定。")
    }
}
