/// The content contract's types and their fields: the one place a field is declared.
///
/// The loader accepts these keys (and suggests the nearest for a typo), `YAMLWriter` writes them
/// in this order, `data/report.json` and `data/actions.csv` use them as keys and columns,
/// `plansite import` recognises their headings, the policy tables show the action fields that
/// have a label, and the README's field reference is held equal to them by a test.
public enum Schema {
    public static let report = FieldList([
        .typed("title", .text, "the report's name", required: true),
        .text("subtitle", "a line under the title"),
        .text("organization", "the publisher, shown under the title and in the footer"),
        .typed("fiscal_year", .integer, "the Western year the fiscal year starts (2013 for 平成25年度)", required: true),
        .text("published", "the date of publication, YYYY-MM-DD", kind: .date, label: "公表日"),
        .text("updated", "the date of the last revision, YYYY-MM-DD, shown beside published", kind: .date, label: "更新日"),
        .text(
            "contact", "who to ask about the report (a department, a telephone number), shown on every page",
            label: "問い合わせ先"),
        .text("base_url", "the site's address, for sitemap.xml, canonical links and Open Graph tags", kind: .url),
        .text("language", "the site's language: ja (the default) or en; the theme's words, <html lang> and dates follow it"),
        .typed("labels", .labels, "renamed headings and columns, by label key"),
        .typed("actors", .keyed(by: "actor"), "who leads an action: key → mark and label"),
        .typed("statuses", .keyed(by: "status"), "how far an action got: key → label, weight and symbol, in display order"),
        .typed("policies", .list(of: "policy"), "the 施策, in order", required: true),
    ])

    /// `plan.yml` of a several-year project: what every year inherits (a year's own key wins).
    public static let plan = FieldList([
        .typed("title", .text, "the plan's name, and each year's title unless the year gives its own", required: true),
        .text("subtitle", "a line under the title"),
        .text("organization", "the publisher, shown under the title and in the footer"),
        .text("contact", "who to ask about the plan, shown on every page", label: "問い合わせ先"),
        .text("base_url", "the site's address, for sitemap.xml, canonical links and Open Graph tags", kind: .url),
        .text("language", "the site's language: ja (the default) or en, for the pages across years and every year that gives none"),
        .typed("period", .record("period"), "the years the plan runs: from and to, Western years (default: the first and last year folder)"),
        .typed("labels", .labels, "renamed headings and columns, by label key"),
        .typed("actors", .keyed(by: "actor"), "who leads an action: key → mark and label"),
        .typed("statuses", .keyed(by: "status"), "how far an action got: key → label, weight and symbol, in display order"),
    ])

    /// `period` of `plan.yml`.
    public static let period = FieldList([
        .typed("from", .integer, "the first fiscal year of the plan", required: true),
        .typed("to", .integer, "the last fiscal year of the plan", required: true),
    ])

    public static let policy = FieldList([
        .typed("id", .identifier, "unique; the page's file name", required: true),
        .typed("number", .integer, "shown as 施策N (default: the position)"),
        .typed("title", .text, "the policy's name", required: true),
        .text("summary", "a lead for the overview, inline Markdown", kind: .markdown),
        .text("contact", "who to ask about this policy, shown on its page", label: "問い合わせ先"),
        .typed("objectives", .list(of: "objective"), "the 取組方針, each a table of actions"),
    ])

    public static let objective = FieldList([
        .typed("title", .text, "the table's heading (optional: one table without a heading)"),
        .typed("actions", .list(of: "action"), "the 取組"),
    ])

    /// An action's fields. Those with a label are columns of the policy tables, shown when any
    /// action of the report fills them.
    public static let action = FieldList([
        .typed(
            "id", .identifier, "unique in the report; default <policy id>-<n>, n counting through the policy",
            sheet: ["ID", "取組ID"]),
        .typed("actor", .reference("actors"), "who leads it: a key of actors", label: "主体", sheet: ["主体", "実施主体"]),
        .typed(
            "title", .text, "the action (項目)", required: true, label: "項目",
            sheet: ["項目", "取組", "取組名", "取り組み", "事業名", "取組項目", "取組事項", "事業"]),
        .text(
            "plan", "what was planned", kind: .markdown, label: "アクションプランの内容",
            sheet: ["アクションプランの内容", "アクションプラン", "計画", "計画内容", "取組内容", "内容"]),
        .text("result", "what was done", kind: .markdown, label: "実施結果", sheet: ["実施結果", "結果", "取組結果", "実施内容", "実績内容", "取組実績"]),
        .typed(
            "status", .reference("statuses"), "how far it got: a key of statuses", required: true, label: "状況",
            sheet: ["状況", "実施状況", "進捗", "進捗状況", "達成状況", "評価"]),
        .text(
            "department", "the department in charge (関係部署・担当課)", label: "担当課",
            sheet: ["担当課", "関係部署", "担当部署", "所管課", "担当", "主担当課", "主管課", "担当部局", "所管部署"]),
        .typed("indicator", .record("indicator"), "a measured figure: name, target, actual, baseline, unit", label: "指標"),
        .text("challenges", "what stood in the way", kind: .markdown, label: "課題", sheet: ["課題", "今後の課題", "問題点"]),
        .text(
            "next_steps", "what comes next year", kind: .markdown, label: "次年度へ向けた取組",
            sheet: ["次年度へ向けた取組", "次年度に向けた取組", "次年度へ向けた取り組み", "次年度に向けた取り組み", "今後の取組", "今後の方向性"]),
        .text("note", "anything else", kind: .markdown, label: "備考", sheet: ["備考", "備考欄", "摘要"]),
    ])

    /// `実績` alone names the indicator's actual figure; in a sheet without any other indicator
    /// column it is the action's result instead (`plansite import` decides by the header row).
    public static let indicator = FieldList([
        .typed("name", .text, "what is measured", required: true, sheet: ["指標", "指標名"]),
        .typed("target", .number, "the figure aimed at", label: "目標", sheet: ["目標", "目標値"]),
        .typed("actual", .number, "the figure reached", label: "実績", sheet: ["実績", "実績値"]),
        .typed("baseline", .number, "the figure at the start", label: "基準値", sheet: ["基準値"]),
        .typed("unit", .text, "件, 人, % …", sheet: ["単位"]),
    ])

    public static let actor = FieldList([
        .typed("mark", .text, "a sign shown before the label (★ ● ◎)"),
        .typed("label", .text, "the words", required: true),
    ])

    public static let status = FieldList([
        .typed("label", .text, "the words", required: true),
        .typed("weight", .number, "0 to 1, counted towards progress; null: shown but not counted", required: true),
        .typed("symbol", .text, "a short sign beside the label, so status never depends on colour"),
    ])

    /// Every table by the name `FieldKind` uses for it.
    public static let tables: [(name: String, fields: FieldList)] = [
        ("report", report), ("policy", policy), ("objective", objective), ("action", action), ("indicator", indicator),
        ("actor", actor), ("status", status), ("plan", plan), ("period", period),
    ]

    /// Action fields shown as columns of a policy table, in order: those with a label.
    public static let actionColumns: [Field] = action.fields.filter { $0.label != nil }
}
