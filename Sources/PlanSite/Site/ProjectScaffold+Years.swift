extension ProjectScaffold {
    /// The sample of `init --years`: the one-year sample as its first year (2023) and a second
    /// year (2024) in which two actions improved, so that the pages across years show a change.
    static var severalYears: [(String, [UInt8])] {
        [
            ("Content/plan.yml", Array(samplePlan.utf8)),
            (
                "Content/years/2023/report.yml",
                Array(
                    sampleYear(
                        2023, published: "2024-06-28",
                        statuses: ["done", "partial", "not_started", "done"]
                    ).utf8)
            ),
            (
                "Content/years/2023/policies/participation.md",
                Array(sampleNarrative1.replacingOccurrences(of: "\n## 今年度のふりかえり", with: "\n## 令和5年度のふりかえり").utf8)
            ),
            ("Content/years/2023/policies/information.md", Array(sampleNarrative2.utf8)),
            (
                "Content/years/2024/report.yml",
                Array(
                    sampleYear(
                        2024, published: "2025-06-30",
                        statuses: ["done", "done", "partial", "done"]
                    ).utf8)
            ),
            ("Content/years/2024/policies/participation.md", Array(sampleNarrative1.utf8)),
            ("Content/years/2024/policies/information.md", Array(sampleNarrative2.utf8)),
        ]
    }

    static let samplePlan = """
        # 計画全体の設定。各年度の report.yml は、書かなかった項目をここから受け継ぎます。
        title: 市民協働推進アクションプラン
        organization: 〇〇市 市民協働課
        period: { from: 2023, to: 2027 }

        """

    /// A year of the sample: every action's id written out, so that an action is the same one in
    /// every year even when its row moves.
    static func sampleYear(_ year: Int, published: String, statuses: [String]) -> String {
        let results = [
            ["3つの審議会で委員を公募し、5人を選任した。", "懇談会は年1回の開催にとどまった。", "未実施", "8つの自治会が行事の案内を掲示板とSNSで発信した。"],
            [
                "5つの審議会で委員を公募し、9人を選任した。", "全地区で年2回の懇談会を開き、意見を市報で紹介した。",
                "トップページと申請のページをスマートフォン向けにした。", "12の自治会が行事の案内を発信した。",
            ],
        ][year == 2023 ? 0 : 1]
        return """
            # yaml-language-server: $schema=../../../report.schema.json
            # \(year)年度の実施結果。書き方は README.md を参照してください。
            fiscal_year: \(year)
            published: \(published)
            policies:
              - id: participation
                title: 市政への参加を広げる
                summary: 市民が市政に**参加しやすい**仕組みをつくります。
                objectives:
                  - title: 参加の機会を増やす
                    actions:
                      - id: participation-1
                        actor: city
                        title: 審議会の公募委員
                        plan: 審議会の委員の一部を公募します。
                        result: \(results[0])
                        status: \(statuses[0])
                      - id: participation-2
                        actor: joint
                        title: 地域懇談会
                        plan: |-
                          ① 各地区で年2回の懇談会を開きます。
                          ② 出た意見を市報で紹介します。
                        result: \(results[1])
                        status: \(statuses[1])
              - id: information
                title: 情報をわかりやすく届ける
                objectives:
                  - actions:
                      - id: information-1
                        actor: city
                        title: 市ホームページの改善
                        plan: スマートフォンで読みやすいページにします。
                        result: \(results[2])
                        status: \(statuses[2])
                      - id: information-2
                        actor: citizen
                        title: 地域の情報発信
                        plan: 自治会が地域の行事を発信します。
                        result: \(results[3])
                        status: \(statuses[3])

            """
    }
}
