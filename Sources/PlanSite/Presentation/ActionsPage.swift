import Foundation
import PlanSiteCore
import PlanSiteRendering

/// `actions.html`: every action of one year, grouped by policy and objective, each at the anchor
/// `#<action id>`, with what the page's script needs to narrow the list (the normalised search
/// text and the filter values in data attributes, the filters' options). Without the script the
/// page is the complete list. A several-year site makes one of these per year, each from that
/// year's report.
struct ActionsPageBody: TemplateModel {
    let groups: [ActionsPolicyGroup]
    let statusOptions: [FilterOption]
    let actorOptions: [FilterOption]
    let policyOptions: [FilterOption]
    let departmentOptions: [FilterOption]
    let total: Int
    let unit: String
    /// `labels.showing` with the unit filled in: `{total}件中 {shown}件を表示`.
    let showingTemplate: String
    var language: SiteLanguage = .ja

    static let fields: [String: @Sendable (ActionsPageBody) -> TemplateValue] = [
        "groups": { TemplateValue($0.groups) },
        "status_options": { TemplateValue($0.statusOptions) },
        "actor_options": { TemplateValue($0.actorOptions) },
        "has_actor_options": { TemplateValue(!$0.actorOptions.isEmpty) },
        "policy_options": { TemplateValue($0.policyOptions) },
        "department_options": { TemplateValue($0.departmentOptions) },
        "has_department_options": { TemplateValue(!$0.departmentOptions.isEmpty) },
        "total_label": { TemplateValue($0.language.count($0.total, $0.unit)) },
        "showing_template": { TemplateValue($0.showingTemplate) },
        "is_long": { TemplateValue($0.total > ActionsPageBody.longList) },
    ]
    static let fieldTable = FieldTable(fields)

    /// Above this many actions the theme lets the browser skip groups off screen
    /// (`content-visibility`), which keeps a keystroke on 32,000 actions near 30 ms; shorter
    /// lists are drawn whole.
    static let longList = 1000

    /// The theme's script, relative to the site's root.
    static let scriptPath = "assets/plansite-search.js"
}

/// A policy's part of `actions.html`.
struct ActionsPolicyGroup: TemplateModel {
    let id: String
    let numberLabel: String
    let title: String
    let countLabel: String
    let objectives: [ActionsObjectiveGroup]

    static let fields: [String: @Sendable (ActionsPolicyGroup) -> TemplateValue] = [
        "id": { TemplateValue($0.id) },
        "anchor": { TemplateValue("policy-\($0.id)") },
        "href": { TemplateValue("policies/\($0.id).html") },
        "number_label": { TemplateValue($0.numberLabel) },
        "title": { TemplateValue($0.title) },
        "count_label": { TemplateValue($0.countLabel) },
        "objectives": { TemplateValue($0.objectives) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// An objective's actions on `actions.html`; its heading only when it has a title.
struct ActionsObjectiveGroup: TemplateModel {
    let title: String?
    let entries: [ActionEntry]

    static let fields: [String: @Sendable (ActionsObjectiveGroup) -> TemplateValue] = [
        "title": { TemplateValue($0.title) },
        "has_title": { TemplateValue($0.title != nil) },
        "entries": { TemplateValue($0.entries) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// One action on `actions.html`: every `ActionRow` name, plus where it belongs and how it is found.
/// An immutable class for the reason `ActionRow` is one (it also holds the whole `Action`).
final class ActionEntry: TemplateModel {
    let row: ActionRow
    let policyID: String
    let policyNumberLabel: String
    let actorKey: String?
    /// Kept whole so that its search text is made while the page renders, on every core.
    let action: Action
    /// 3 under a policy heading, 4 under an objective heading.
    let headingLevel: Int

    init(row: ActionRow, policyID: String, policyNumberLabel: String, actorKey: String?, action: Action, headingLevel: Int) {
        self.row = row
        self.policyID = policyID
        self.policyNumberLabel = policyNumberLabel
        self.actorKey = actorKey
        self.action = action
        self.headingLevel = headingLevel
    }

    static let fields: [String: @Sendable (ActionEntry) -> TemplateValue] = {
        var fields = ActionRow.fields.mapValues { field in { @Sendable (entry: ActionEntry) in field(entry.row) } }
        fields["policy_id"] = { TemplateValue($0.policyID) }
        fields["policy_number_label"] = { TemplateValue($0.policyNumberLabel) }
        fields["policy_row_href"] = { TemplateValue("policies/\($0.policyID).html#\($0.row.id)") }
        fields["actor_key"] = { TemplateValue($0.actorKey ?? "") }
        fields["search_text"] = { TemplateValue(SearchText.of($0.action)) }
        fields["heading_level"] = { TemplateValue(String($0.headingLevel)) }
        return fields
    }()
    static let fieldTable = FieldTable(fields)
}

/// One choice of a filter: the value that goes into the address and the words shown.
struct FilterOption: TemplateModel {
    let value: String
    let label: String

    static let fields: [String: @Sendable (FilterOption) -> TemplateValue] = [
        "value": { TemplateValue($0.value) },
        "label": { TemplateValue($0.label) },
    ]
    static let fieldTable = FieldTable(fields)
}

extension SitePresenter {
    /// `actions.html` of this presenter's report (one year).
    func actionsPage() -> Page {
        var groups: [ActionsPolicyGroup] = []
        var total = 0
        for (p, policy) in report.policies.enumerated() {
            let rendered = content.policies[p]
            let number = numberLabel(policy, p)
            var a = 0
            let objectives = policy.objectives.map { objective in
                let entries = objective.actions.map { action in
                    defer { a += 1 }
                    return ActionEntry(
                        row: actionRow(action, rendered.actions[a], style: .overview), policyID: policy.id.value,
                        policyNumberLabel: number, actorKey: action.actor?.value, action: action,
                        headingLevel: objective.title == nil ? 3 : 4)
                }
                return ActionsObjectiveGroup(title: objective.title?.value, entries: entries)
            }
            total += a
            groups.append(
                ActionsPolicyGroup(
                    id: policy.id.value, numberLabel: number, title: policy.title.value,
                    countLabel: "\(a)\(labels["count_unit"])", objectives: objectives))
        }
        let body = ActionsPageBody(
            groups: groups,
            statusOptions: styles.map { FilterOption(value: $0.key, label: $0.label) },
            actorOptions: columns.shows("actor") ? report.actors.map { FilterOption(value: $0.key.value, label: $0.label.value) } : [],
            policyOptions: report.policies.enumerated().map { FilterOption(value: $1.id.value, label: "\(numberLabel($1, $0)) \($1.title.value)") },
            departmentOptions: DepartmentProgress.names(report).map { FilterOption(value: $0, label: $0) },
            total: total, unit: labels["count_unit"],
            showingTemplate: labels["showing"].replacingOccurrences(of: "{unit}", with: labels["count_unit"]), language: language)
        var common = common(root: "", title: labels["actions"], kind: .actions, path: "actions.html")
        common.scriptHref = ActionsPageBody.scriptPath
        return Page(body: body, common: common)
    }
}
