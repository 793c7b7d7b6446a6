/// The words the site uses for its headings and columns. A report may rename any of them
/// under `labels:`; the keys below are the only ones accepted.
public struct LabelSet: Sendable {
    /// Every label key with its default wording, in the order `Templates/README.md` lists them:
    /// the headings of the fields come from `Schema` (an action's columns, the indicator's
    /// figures after it, the report's dates and contact), the theme's own words are here.
    public static let defaults: [(key: String, text: String)] = {
        func labelled(_ fields: [Field]) -> [(key: String, text: String)] { fields.compactMap { f in f.label.map { (f.key, $0) } } }
        var columns: [(key: String, text: String)] = []
        for field in Schema.action.fields {
            guard let label = field.label else { continue }
            columns.append((field.key, label))
            if field.key == "indicator" { columns += labelled(Schema.indicator.fields) }
        }
        return [("policy", "施策"), ("objective", "取組方針"), ("action", "取組")] + columns + [
            ("progress", "進捗率"),
            ("overall", "全体の進捗"),
            ("by_policy", "施策ごとの進捗"),
            ("by_actor", "主体ごとの進捗"),
            ("not_done", "未完了の取組"),
            ("all_done", "すべての取組が実施されました。"),
            ("legend", "凡例"),
            ("narrative", "施策の概要"),
            ("results", "取組の実施結果"),
            ("contents", "目次"),
            ("home", "進捗の概要"),
            ("print", "印刷用の全体版"),
            ("previous", "前の施策"),
            ("next", "次の施策"),
            ("permalink", "この取組へのリンク"),
            ("open_data", "オープンデータ"),
            ("csv", "取組の一覧（CSV）"),
            ("json", "データ（JSON）"),
            ("skip", "本文へ移動"),
        ] + labelled(Schema.report.fields + Schema.policy.fields.filter { Schema.report[$0.key] == nil }) + [
            ("count_unit", "件"),
            ("no_actions", "この施策には取組がありません。"),
            ("not_found", "ページが見つかりません"),
            ("not_found_text", "お探しのページは見つかりませんでした。移動または削除された可能性があります。"),
            // Finding an action (actions.html).
            ("actions", "取組の一覧"),
            ("by_department", "担当課ごとの進捗"),
            ("search", "キーワードで探す"),
            ("search_hint", "空白で区切った語をすべて含む取組を表示します。"),
            ("filter_all", "すべて"),
            ("clear", "条件をクリア"),
            ("showing", "{total}{unit}中 {shown}{unit}を表示"),
            ("no_match", "条件に合う取組はありません。"),
            ("in_list", "一覧で見る"),
            ("in_policy_page", "のページで見る"),
            ("all_actions", "すべての取組を探す"),
            // A plan over several years.
            ("plan_overview", "計画全体（年度比較）"),
            ("period", "計画期間"),
            ("by_year", "年度ごとの進捗"),
            ("year", "年度"),
            ("policy_by_year", "施策ごとの年度別進捗"),
            ("changes", "前年度からの変化"),
            ("improved", "進んだ取組"),
            ("worse", "後退した取組"),
            ("new", "新しい取組"),
            ("ended", "終了した取組"),
            ("no_changes", "該当する取組はありません。"),
            ("year_reports", "各年度の報告"),
            ("year_switch", "年度の切り替え"),
            ("year_before", "前年度の状況"),
            ("action_matrix", "取組の年度別状況"),
            ("absent", "対象外"),
            ("policy_absent", "{year}の報告には、この施策はありません。"),
            ("policy_record", "この施策の年度ごとの記録"),
            // How the headline figure is made, in words built from the report's statuses.
            ("progress_method", "{weights} として計算"),
            ("progress_weight", "{status}＝{weight}"),
            ("progress_excluded", "{statuses}は計算に含めない"),
            ("fully_done", "{statuses}は{total}{unit}中 {count}{unit}（{percent}）"),
            ("list_separator", "、"),
        ] + themeWords
    }()

    public static let keys: [String] = defaults.map(\.key)

    /// The wording of each label key after the report's overrides.
    public let text: [String: String]

    public init(overrides: [String: String] = [:]) {
        var text: [String: String] = [:]
        for (key, value) in Self.defaults { text[key] = overrides[key] ?? value }
        self.text = text
    }

    public subscript(key: String) -> String { text[key] ?? key }
}
