import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// What the page models compute for the theme beyond the seed: shades for statuses that share a
/// tone, the not-done list grouped by policy, wide tables, actors without a mark.
@Suite("Presentation for other reports")
struct PresentationTests {
    static let grades = """
        statuses:
          A: { label: 計画どおり, weight: 1 }
          B: { label: おおむね計画どおり, weight: 0.75 }
          C: { label: 遅れている, weight: 0.25 }
          D: { label: 未着手, weight: 0 }
          X: { label: 評価不能, weight: null }

        """

    static func status(_ key: String, _ weight: Double?) -> StatusDefinition {
        StatusDefinition(key: .init(key, at: .start), label: .init(key, at: .start), weight: .init(weight, at: .start))
    }

    @Test func statusesOfOneToneGetSuccessiveShades() {
        let styles = StatusStyle.styles([
            Self.status("A", 1), Self.status("B", 0.75), Self.status("C", 0.25),
            Self.status("D", 0), Self.status("E", 0), Self.status("X", nil),
        ])
        #expect(styles.map(\.tone) == ["done", "partial", "partial", "none", "none", "na"])
        #expect(styles.map(\.shade) == [1, 1, 2, 1, 2, 1])
        #expect(styles.map(\.symbol) == ["✔", "◐", "◐", "□", "□", "－"])
        #expect(StatusStyle.styles(StatusDefinition.defaults).map(\.shade) == [1, 1, 1])
    }

    @Test func barsTagsAndLegendCarryTheShade() throws {
        let yaml = TestSupport.report(
            actions: ["{ title: 一, status: B }", "{ title: 二, status: C }", "{ title: 三, status: X }"],
            extra: Self.grades)
        let built = TestSupport.build(TestSupport.input(yaml))
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        let index = try #require(built.files["index.html"])
        #expect(index.contains(##"<rect class="tone-partial shade-1" x="0" y="0" width="33.333" height="10"><title>おおむね計画どおり1件</title></rect>"##))
        #expect(index.contains(##"<rect class="tone-partial shade-2" x="33.333""##))
        #expect(index.contains(##"<span class="status tone-partial shade-2"><span class="symbol" aria-hidden="true">◐</span>遅れている</span>"##))
        // Progress leaves the null-weight status out: (0.75 + 0.25) / 2.
        #expect(index.contains(##"<strong class="figure">50%</strong>"##))
        let page = try #require(built.files["policies/p.html"])
        #expect(page.contains(##"<span class="status tone-na shade-1"><span class="symbol" aria-hidden="true">－</span>評価不能</span>"##))
    }

    @Test func notDoneActionsAreGroupedByStatusWithTheirPolicy() throws {
        let yaml = """
            title: テスト報告
            fiscal_year: 2024
            labels: { count_unit: 事業 }
            policies:
              - id: a
                title: 施策甲
                objectives:
                  - actions:
                      - { title: 甲一, status: not_started }
                      - { title: 甲二, status: done }
                      - { title: 甲三, status: partial }
              - id: b
                title: 施策乙
                objectives:
                  - actions:
                      - { title: 乙一, status: done }
              - id: c
                title: 施策丙
                objectives:
                  - actions:
                      - { title: 丙一, status: partial }
            """
        let built = TestSupport.build(TestSupport.input(yaml))
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        let index = try #require(built.files["index.html"])
        #expect(index.contains(##"<li><a href="#not-done-heading">未完了の取組（3事業）</a></li>"##))
        #expect(index.contains(##"<span class="symbol" aria-hidden="true">◐</span>一部実施</span> <span class="heading-count">2事業</span></h3>"##))
        #expect(index.contains(##"<span class="symbol" aria-hidden="true">□</span>未実施</span> <span class="heading-count">1事業</span></h3>"##))
        #expect(index.contains(##"<li><a href="actions.html#a-3">甲三</a> <span class="not-done-where">施策1 施策甲</span></li>"##))
        #expect(!index.contains("乙一</a>"))
        // By status in the report's order (一部実施 before 未実施), then in report order.
        let positions = ["not-done-status-partial", "#a-3", "#c-1", "not-done-status-not_started", "#a-1"]
            .map { index.range(of: $0)?.lowerBound }
        #expect(positions.allSatisfy { $0 != nil })
        let found = positions.compactMap { $0 }
        #expect(found == found.sorted())
    }

    @Test func allDoneSaysSoAndListsNoGroup() throws {
        let built = TestSupport.build(TestSupport.input(TestSupport.report(actions: ["{ title: 一, status: done }"])))
        let index = try #require(built.files["index.html"])
        #expect(index.contains("すべての取組が実施されました。"))
        #expect(!index.contains("not-done-group"))
    }

    @Test func moreThanSixColumnsMakeAWideTable() throws {
        let narrow = TestSupport.build(
            TestSupport.input(
                TestSupport.report(actions: [
                    "{ actor: city, title: 一, plan: 計画, result: 結果, status: done, department: 市民協働課 }"
                ])))
        #expect(narrow.files["policies/p.html"]?.contains(##"<table class="actions">"##) == true)
        let wide = TestSupport.build(
            TestSupport.input(
                TestSupport.report(actions: [
                    "{ actor: city, title: 一, plan: 計画, result: 結果, status: done, department: 市民協働課, indicator: { name: 参加者数, target: 20, actual: 26, unit: 人 } }",
                    "{ title: 二, status: partial }",
                ])))
        let page = try #require(wide.files["policies/p.html"])
        #expect(page.contains(##"<table class="actions is-wide">"##))
        // The second action fills no optional field: its cells are empty, so a card leaves them out.
        #expect(page.contains(##"<td class="col-department" data-label="担当課"></td>"##))
        #expect(page.contains(##"<td class="col-indicator" data-label="指標"></td>"##))
        #expect(page.contains("実績 26人／目標 20人"))
        #expect(page.contains("目標比 130%"))
    }

    @Test func anActorWithoutAMarkShowsOnlyItsWords() throws {
        let yaml = TestSupport.report(
            actions: ["{ actor: region, title: 一, status: done }"],
            extra: "actors:\n  region: { label: 国・県と連携 }\n")
        let built = TestSupport.build(TestSupport.input(yaml))
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        let page = try #require(built.files["policies/p.html"])
        #expect(page.contains(##"<td class="col-actor" data-label="主体">国・県と連携</td>"##))
        let index = try #require(built.files["index.html"])
        #expect(index.contains(##"<tr><th scope="row">国・県と連携</th>"##))
    }
}
