/// The words the site uses for its headings and columns. A report may rename any of them
/// under `labels:`; the keys below are the only ones accepted.
public struct LabelSet: Sendable {
    /// Every label key with its default wording, in the order `Templates/README.md` lists them.
    public static let defaults: [(key: String, text: String)] = [
        ("policy", "施策"),
        ("objective", "取組方針"),
        ("action", "取組"),
        ("actor", "主体"),
        ("title", "項目"),
        ("plan", "アクションプランの内容"),
        ("result", "実施結果"),
        ("status", "状況"),
        ("department", "担当課"),
        ("indicator", "指標"),
        ("target", "目標"),
        ("actual", "実績"),
        ("baseline", "基準値"),
        ("challenges", "課題"),
        ("next_steps", "次年度へ向けた取組"),
        ("note", "備考"),
        ("progress", "進捗率"),
        ("overall", "全体の進捗"),
        ("by_policy", "施策ごとの進捗"),
        ("by_actor", "主体ごとの進捗"),
        ("not_done", "実施できなかった取組"),
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
        ("published", "公表日"),
        ("count_unit", "件"),
        ("no_actions", "この施策には取組がありません。"),
        ("not_found", "ページが見つかりません"),
        ("not_found_text", "お探しのページは見つかりませんでした。移動または削除された可能性があります。"),
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
    ]

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
