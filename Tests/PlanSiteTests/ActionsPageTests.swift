import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// `actions.html`, its search text, and progress per department on the overview and in print.
@Suite("The list of actions and departments")
struct ActionsPageTests {
    @Test(
        "Search text is NFKC, lower case, hiragana",
        arguments: [
            ("ｺﾐｭﾆﾃｨ", "こみゅにてぃ"),
            ("コミュニティ", "こみゅにてぃ"),
            ("ｲﾍﾞﾝﾄ", "いべんと"),  // a half-width voiced mark composes (ベ, not ヘ + U+3099)
            ("ﾎｰﾑﾍﾟｰｼﾞ", "ほーむぺーじ"),
            ("ＮＰＯ法人", "npo法人"),
            ("ＡＢＣ１２３", "abc123"),
            ("ヽヾヴ", "ゝゞゔ"),
            ("研修　会", "研修 会"),  // the ideographic space becomes a space
        ])
    func normalisation(input: String, expected: String) {
        let normalised = SearchText.normalize(input)
        #expect(normalised == expected)
        #expect(normalised.unicodeScalars.elementsEqual(expected.precomposedStringWithCanonicalMapping.unicodeScalars))
    }

    @Test func queriesAreSplitOnEverySpaceAndEveryWordMustMatch() {
        #expect(SearchText.words(" 協働　推進  ｺﾐｭﾆﾃｨ ") == ["協働", "推進", "こみゅにてぃ"])
        #expect(SearchText.words("　 ") == [])
        let text = SearchText.normalize("市民活動コミュニティ連絡調整会議\n協働の推進")
        #expect(SearchText.matches(text, query: "こみゅにてぃ　協働"))
        #expect(!SearchText.matches(text, query: "コミュニティ 研修"))
        #expect(SearchText.matches(text, query: ""))
    }

    @Test func theSearchTextHoldsExactlyTheSearchedFields() {
        let action = Action(
            actor: .init("city", at: .start), title: .init("研修会", at: .start), plan: .init("計画", at: .start),
            result: .init("結果", at: .start), status: .init("done", at: .start), department: .init("福祉課", at: .start),
            challenges: .init("課題", at: .start), nextSteps: .init("次年度", at: .start), note: .init("備考", at: .start),
            position: .start)
        #expect(SearchText.of(action) == "研修会\n計画\n結果\n福祉課\n課題\n次年度\n備考")
        #expect(!SearchText.of(action).contains("city") && !SearchText.of(action).contains("done"))
    }

    @Test func queryValuesAreFullyPercentEncoded() {
        #expect(QueryEncoding.encode("市民協働課") == "%E5%B8%82%E6%B0%91%E5%8D%94%E5%83%8D%E8%AA%B2")
        #expect(QueryEncoding.encode("a b&c=d#e+f") == "a%20b%26c%3Dd%23e%2Bf")
        #expect(QueryEncoding.encode("not_started-1.x~") == "not_started-1.x~")
    }

    @Test func everyActionOfTheSeedIsListedAtItsAnchorWithItsFacts() throws {
        let built = TestSupport.build(try TestSupport.seedInput())
        let html = try #require(built.files["actions.html"])
        let report = try #require(ReportLoader.load(try TestSupport.seedInput().reportBytes, file: "report.yml").report)
        var ids: [String] = []
        for policy in report.policies {
            for (n, action) in policy.actions.enumerated() {
                let id = action.id?.value ?? "\(policy.id.value)-\(n + 1)"
                ids.append(id)
                #expect(
                    html.contains(
                        "<li id=\"\(id)\" class=\"action-entry\" data-status=\"\(action.status.value)\" data-actor=\"\(action.actor?.value ?? "")\""),
                    "\(id)")
                #expect(html.contains("<a href=\"policies/\(policy.id.value).html#\(id)\">"), "\(id)")
            }
        }
        #expect(ids.count == 19)
        #expect(html.components(separatedBy: "class=\"action-entry\"").count - 1 == 19)
        // Without a script the page is the whole list: nothing is hidden but the search controls.
        #expect(html.components(separatedBy: " hidden").count - 1 == 2)
        #expect(html.contains("<div id=\"action-search\" class=\"action-search\" role=\"search\" hidden>"))
        #expect(html.contains("<p id=\"action-count\" class=\"action-count\" role=\"status\" data-showing=\"{total}件中 {shown}件を表示\">19件</p>"))
        // 研修 is in the texts of exactly these two (as the browser check finds them).
        let matching = html.components(separatedBy: "<li id=\"").dropFirst().filter { entry in
            let search = entry.components(separatedBy: "data-search=\"")[1].components(separatedBy: "\"")[0]
            return SearchText.matches(search, query: "研修")
        }.map { $0.components(separatedBy: "\"")[0] }
        #expect(matching == ["awareness-4", "awareness-6"])
    }

    @Test func onlyTheListAllowsAScriptAndOnlyFromTheSite() throws {
        let built = TestSupport.build(try TestSupport.seedInput())
        let list = try #require(built.files["actions.html"])
        #expect(list.contains("script-src 'self';"))
        #expect(list.components(separatedBy: "<script").count == 2)
        #expect(list.contains("<script src=\"assets/plansite-search.js\" defer></script>\n</head>"))
        #expect(built.files["assets/plansite-search.js"] != nil)
        for (path, html) in built.files where path.hasSuffix(".html") && path != "actions.html" {
            #expect(html.contains("script-src 'none';") && !html.contains("<script"), "\(path)")
        }
    }

    @Test func everyPageLinksToTheList() throws {
        let built = TestSupport.build(try TestSupport.seedInput())
        let index = try #require(built.files["index.html"])
        #expect(
            index.contains(
                "<p class=\"counts-text\">19件中 <a href=\"actions.html?status=done\">実施15件</a>・<a href=\"actions.html?status=partial\">一部実施2件</a>・<a href=\"actions.html?status=not_started\">未実施2件</a></p>"
            ))
        #expect(index.contains("<a href=\"actions.html#sharing-4\">市民活動コミュニティ連絡調整会議</a>"))
        let policy = try #require(built.files["policies/awareness.html"])
        #expect(
            policy.contains("<a class=\"list-link\" href=\"../actions.html#awareness-1\">一覧で見る<span class=\"visually-hidden\">: 自治会、地域で</span></a>"))
        #expect(policy.contains("<li><a href=\"../actions.html\">取組の一覧</a></li>"))
        let print = try #require(built.files["print.html"])
        #expect(!print.contains("list-link"))
        #expect(!index.contains("department-table") && !print.contains("department-table"))  // the seed names no department
    }

    static let departments = """
        title: テスト報告
        fiscal_year: 2024
        labels: { by_department: 課ごとの進み具合, actions: 事業の一覧, count_unit: 事業, showing: "{shown}{unit}／{total}{unit}" }
        policies:
          - id: a
            title: 施策甲
            objectives:
              - actions:
                  - { title: 一, status: done, department: 福祉課 }
                  - { title: 二, status: not_started, department: "A&B課" }
                  - { title: 三, status: partial, department: 福祉課 }
                  - { title: 四, status: done }
          - id: b
            title: 施策乙
            objectives:
              - actions:
                  - { title: 五, status: not_started, department: 福祉課 }
                  - { title: 六, status: done, department: 防災課 }

        """

    @Test func progressPerDepartmentInReportOrderOnTheOverviewAndInPrint() throws {
        let built = TestSupport.build(TestSupport.input(Self.departments))
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        let index = try #require(built.files["index.html"])
        let print = try #require(built.files["print.html"])
        for html in [index, print] {
            #expect(html.contains("<h2 id=\"by-department-heading\">課ごとの進み具合</h2>"))
            let rows = html.components(separatedBy: "<tr><th scope=\"row\"><a href=\"actions.html?department=").dropFirst()
            #expect(rows.count == 3)
            let names = rows.map { $0.components(separatedBy: "</a>")[0].components(separatedBy: "\">")[1] }
            #expect(names == ["福祉課", "A&amp;B課", "防災課"])
            // 福祉課: done, partial, not_started → (1 + 0.5 + 0) / 3 = 50%.
            #expect(
                rows.first?.hasPrefix(
                    "%E7%A6%8F%E7%A5%89%E8%AA%B2\">福祉課</a></th><td data-label=\"取組\">3事業</td><td data-label=\"進捗率\"><strong>50%</strong></td>")
                    == true)
            #expect(rows.first?.contains("3事業中 実施1事業・一部実施1事業・未実施1事業") == true)
            #expect(
                html.contains(
                    "actions.html?department=A%26B%E8%AA%B2\">A&amp;B課</a></th><td data-label=\"取組\">1事業</td><td data-label=\"進捗率\"><strong>0%</strong>"
                ))
        }
        #expect(index.contains("<li><a href=\"#by-department-heading\">課ごとの進み具合</a></li>"))
        let list = try #require(built.files["actions.html"])
        #expect(list.contains("<option value=\"A&amp;B課\">A&amp;B課</option>"))
        #expect(list.contains("data-department=\"福祉課\""))
        #expect(list.contains("data-showing=\"{shown}事業／{total}事業\">6事業</p>"))
        #expect(list.contains("<h1 class=\"page-title\">事業の一覧</h1>"))
        #expect(!list.contains("is-long"))
    }

    @Test func departmentRowsCountOnlyTheirOwnActions() throws {
        let input = TestSupport.input(Self.departments)
        let loaded = try #require(ReportLoader.load(input.reportBytes, file: input.reportFile).report)
        let report = ReportValidator.validate(loaded, file: input.reportFile).report
        #expect(DepartmentProgress.names(report) == ["福祉課", "A&B課", "防災課"])
        let content = MarkdownStage.render(
            report, narratives: [:], renderer: MarkdownRenderer(links: LinkResolver(assetPaths: [], policyIDs: ["a", "b"])),
            reportFile: input.reportFile
        ).content
        let rows = SitePresenter(report: report, content: content).departmentRows()
        #expect(rows.map(\.progress.summary.total) == [3, 1, 1])
        #expect(rows.map(\.progress.summary.percent) == [50, 0, 100])
        #expect(
            rows.map(\.href) == [
                "actions.html?department=%E7%A6%8F%E7%A5%89%E8%AA%B2", "actions.html?department=A%26B%E8%AA%B2",
                "actions.html?department=%E9%98%B2%E7%81%BD%E8%AA%B2",
            ])
    }
}

@Suite("Search text: the fast path")
struct SearchTextFastPathTests {
    /// Every scalar the fast path accepts gives what NFKC + NFC + lower case + hiragana gives.
    @Test func everyScalarItAcceptsMatchesTheFullPath() {
        var checked = 0
        for v in UInt32(0)...0xFFFF {
            guard let scalar = Unicode.Scalar(v) else { continue }
            let text = String(Character(scalar))
            guard let fast = SearchText.fast(text) else { continue }
            #expect(fast == SearchText.full(text), "U+\(String(v, radix: 16, uppercase: true))")
            checked += 1
        }
        #expect(checked > 27_000)
    }

    @Test func whatItRefusesTakesTheFullPath() {
        for text in ["ｺﾐｭﾆﾃｨ", "①", "ヘ\u{3099}", "…", "㈱", "ﾎﾟｲﾝﾄ", "é"] {
            #expect(SearchText.fast(text) == nil, "\(text)")
        }
        #expect(SearchText.normalize("ｺﾐｭﾆﾃｨ（ＮＰＯ）") == "こみゅにてぃ(npo)")
        #expect(SearchText.normalize("コミュニティ（ＮＰＯ）") == "こみゅにてぃ(npo)")
    }
}
