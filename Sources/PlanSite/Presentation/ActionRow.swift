/// One action as a table row: every text escaped by the template except the `_html` fields,
/// which are rendered Markdown.
struct ActionRow: TemplateModel {
    let id: String
    let actorMark: String?
    let actorLabel: String?
    let title: String
    let status: StatusStyle
    let department: String?
    let indicator: IndicatorView?
    let html: ActionHTML
    /// The action's entry on `actions.html`, relative to the page; `nil` in print.
    var listHref: String? = nil

    static let fields: [String: @Sendable (ActionRow) -> TemplateValue] = [
        "id": { TemplateValue($0.id) },
        "permalink": { TemplateValue("#\($0.id)") },
        "has_actor": { TemplateValue($0.actorLabel != nil) },
        "actor_mark": { TemplateValue($0.actorMark.flatMap { $0.isEmpty ? nil : $0 }) },
        "actor_label": { TemplateValue($0.actorLabel) },
        "title": { TemplateValue($0.title) },
        "plan_html": { TemplateValue($0.html.plan) },
        "result_html": { TemplateValue($0.html.result) },
        "status_key": { TemplateValue($0.status.key) },
        "status_label": { TemplateValue($0.status.label) },
        "status_symbol": { TemplateValue($0.status.symbol) },
        "status_tone": { TemplateValue($0.status.tone) },
        "status_shade": { TemplateValue(String($0.status.shade)) },
        "department": { TemplateValue($0.department) },
        "indicator": { TemplateValue($0.indicator) },
        "challenges_html": { TemplateValue($0.html.challenges) },
        "next_steps_html": { TemplateValue($0.html.nextSteps) },
        "note_html": { TemplateValue($0.html.note) },
        "list_href": { TemplateValue($0.listHref) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// The rendered Markdown fields of an action for one page style; `nil` where the field is absent.
struct ActionHTML: Sendable {
    var plan: String?
    var result: String?
    var challenges: String?
    var nextSteps: String?
    var note: String?
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

/// Which optional columns the report fills anywhere; the site shows only those.
struct ColumnSet: TemplateModel {
    var actor = false
    var plan = false
    var result = false
    var department = false
    var indicator = false
    var challenges = false
    var nextSteps = false
    var note = false

    init(_ report: Report) {
        for policy in report.policies {
            for objective in policy.objectives {
                for action in objective.actions {
                    actor = actor || action.actor != nil
                    plan = plan || action.plan != nil
                    result = result || action.result != nil
                    department = department || action.department != nil
                    indicator = indicator || action.indicator != nil
                    challenges = challenges || action.challenges != nil
                    nextSteps = nextSteps || action.nextSteps != nil
                    note = note || action.note != nil
                }
            }
        }
    }

    static let fields: [String: @Sendable (ColumnSet) -> TemplateValue] = [
        "show_actor": { TemplateValue($0.actor) },
        "show_plan": { TemplateValue($0.plan) },
        "show_result": { TemplateValue($0.result) },
        "show_department": { TemplateValue($0.department) },
        "show_indicator": { TemplateValue($0.indicator) },
        "show_challenges": { TemplateValue($0.challenges) },
        "show_next_steps": { TemplateValue($0.nextSteps) },
        "show_note": { TemplateValue($0.note) },
        "count": { TemplateValue(String($0.count)) },
        "is_wide": { TemplateValue($0.isWide) },
    ]
    static let fieldTable = FieldTable(fields)

    /// How many columns an action table has: 項目 and 状況 always, plus the optional ones shown.
    var count: Int {
        2 + [actor, plan, result, department, indicator, challenges, nextSteps, note].filter { $0 }.count
    }

    /// More columns than fit side by side on a screen or an A4 page (the seed has 5): the theme
    /// shows such tables as cards, one per action, at every width.
    var isWide: Bool { count > 6 }
}
