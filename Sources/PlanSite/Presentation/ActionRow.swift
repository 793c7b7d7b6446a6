import PlanSiteCore
import PlanSiteRendering
import PlanSiteSupport

/// One action as a table row: every text escaped by the template except the `_html` fields,
/// which are rendered Markdown.
///
/// An immutable class, not a struct: a template's list hands each row to the renderer as an
/// `any TemplateModel`, and a struct this size is copied into a new box field by field for every
/// row of every page (a tenth of the build at 1000×4×8); a class is one reference.
final class ActionRow: TemplateModel {
    let id: String
    let actorMark: String?
    let actorLabel: String?
    let title: String
    let status: StatusStyle
    let indicator: IndicatorView?
    /// The optional texts as shown (`SchemaTemplateNames.shown`), by the slots of `Schema.action`.
    let texts: [String?]
    /// Its status the year before, on a year's policy page of a several-year plan.
    let yearBefore: YearStatus?
    /// The action's entry on `actions.html`, relative to the page; `nil` in print.
    let listHref: String?

    init(
        id: String, actorMark: String?, actorLabel: String?, title: String, status: StatusStyle, indicator: IndicatorView?,
        texts: [String?], yearBefore: YearStatus? = nil, listHref: String? = nil
    ) {
        self.id = id
        self.actorMark = actorMark
        self.actorLabel = actorLabel
        self.title = title
        self.status = status
        self.indicator = indicator
        self.texts = texts
        self.yearBefore = yearBefore
        self.listHref = listHref
    }

    static let fields: [String: @Sendable (ActionRow) -> TemplateValue] = SchemaTemplateNames.merged(
        [
            "year_before": { TemplateValue($0.yearBefore) },
            "id": { TemplateValue($0.id) },
            "permalink": { TemplateValue("#\($0.id)") },
            "has_actor": { TemplateValue($0.actorLabel != nil) },
            "actor_mark": { TemplateValue($0.actorMark.flatMap { $0.isEmpty ? nil : $0 }) },
            "actor_label": { TemplateValue($0.actorLabel) },
            "title": { TemplateValue($0.title) },
            "status_key": { TemplateValue($0.status.key) },
            "status_label": { TemplateValue($0.status.label) },
            "status_symbol": { TemplateValue($0.status.symbol) },
            "status_tone": { TemplateValue($0.status.tone) },
            "status_shade": { TemplateValue(String($0.status.shade)) },
            "indicator": { TemplateValue($0.indicator) },
            "list_href": { TemplateValue($0.listHref) },
        ], SchemaTemplateNames.entries(Schema.action) { $0.texts })
    static let fieldTable = FieldTable(fields)
}

/// An indicator: actual against target, with a bar when both are known.
struct IndicatorView: TemplateModel {
    let indicator: Indicator

    static let fields: [String: @Sendable (IndicatorView) -> TemplateValue] = [
        "name": { TemplateValue($0.indicator.name.value) },
        "unit": { TemplateValue($0.indicator.unit?.value) },
        "target_label": { v in TemplateValue(v.indicator.target.map { v.figure($0.value) }) },
        "actual_label": { v in TemplateValue(v.indicator.actual.map { v.figure($0.value) }) },
        "baseline_label": { v in TemplateValue(v.indicator.baseline.map { v.figure($0.value) }) },
        "has_target": { TemplateValue($0.indicator.target != nil) },
        "has_actual": { TemplateValue($0.indicator.actual != nil) },
        "has_baseline": { TemplateValue($0.indicator.baseline != nil) },
        "achievement_label": { TemplateValue($0.achievement.map { "\($0)%" }) },
        "bar_width": { TemplateValue($0.achievement.map { NumberFormat.length(Double(min(100, max(0, $0)))) }) },
    ]
    static let fieldTable = FieldTable(fields)

    func figure(_ value: Double) -> String {
        NumberFormat.decimal(value) + (indicator.unit?.value ?? "")
    }

    /// Actual as a whole percent of target, rounded half up; `nil` without both or with a zero target.
    var achievement: Int? {
        guard let target = indicator.target?.value, let actual = indicator.actual?.value, target > 0 else { return nil }
        return Int((actual / target * 100 + 0.5 + 1e-9).rounded(.down))
    }
}

/// Which optional columns the report fills anywhere; the site shows only those. The columns
/// are the action fields with a label (`Schema.actionColumns`); the required ones always show.
struct ColumnSet: TemplateModel {
    /// Whether each column of `Schema.actionColumns` is shown.
    let shown: [Bool]

    init(_ report: Report) {
        let columns = Schema.actionColumns
        var shown = columns.map(\.isRequired)
        for policy in report.policies {
            for objective in policy.objectives {
                for action in objective.actions {
                    for c in columns.indices where !shown[c] { shown[c] = action.has(columns[c]) }
                }
            }
        }
        self.shown = shown
    }

    static let fields: [String: @Sendable (ColumnSet) -> TemplateValue] = {
        var fields: [String: @Sendable (ColumnSet) -> TemplateValue] = [
            "count": { TemplateValue(String($0.count)) },
            "is_wide": { TemplateValue($0.isWide) },
        ]
        for (c, column) in Schema.actionColumns.enumerated() where !column.isRequired {
            fields["show_" + column.key] = { TemplateValue($0.shown[c]) }
        }
        return fields
    }()
    static let fieldTable = FieldTable(fields)

    /// Whether the column of the action field `key` is shown.
    func shows(_ key: String) -> Bool {
        Schema.actionColumns.firstIndex { $0.key == key }.map { shown[$0] } ?? false
    }

    /// How many columns an action table has: 項目 and 状況 always, plus the optional ones shown.
    var count: Int { shown.filter { $0 }.count }

    /// More columns than fit side by side on a screen or an A4 page (the seed has 5): the theme
    /// shows such tables as cards, one per action, at every width.
    var isWide: Bool { count > 6 }
}
