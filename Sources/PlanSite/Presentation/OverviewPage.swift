import PlanSiteCore
import PlanSiteRendering

/// `index.html`: overall progress, each policy's progress, progress by actor, and every action
/// not (fully) done — what citizens look for first.
struct OverviewBody: TemplateModel {
    let overall: ProgressView
    let policies: [PolicyRow]
    let actors: [ActorRow]
    let notDone: [NotDoneRow]
    var statusLinks: [StatusLink] = []
    var departments: [DepartmentRow] = []
    /// How the headline figure is made, and how many actions were fully done (`ProgressMethod`).
    var progressMethod: String? = nil
    var fullyDone: String? = nil
    var notDoneByStatus: [NotDoneStatusGroup] = []

    static let fields: [String: @Sendable (OverviewBody) -> TemplateValue] = [
        "overall": { TemplateValue($0.overall) },
        "policies": { TemplateValue($0.policies) },
        "actors": { TemplateValue($0.actors) },
        "has_actors": { TemplateValue(!$0.actors.isEmpty) },
        "not_done": { TemplateValue($0.notDone) },
        "has_not_done": { TemplateValue(!$0.notDone.isEmpty) },
        "not_done_groups": { TemplateValue($0.notDoneGroups) },
        "not_done_count_label": { TemplateValue($0.language.count($0.notDone.count, $0.unit)) },
        "status_links": { TemplateValue($0.statusLinks) },
        "departments": { TemplateValue($0.departments) },
        "has_departments": { TemplateValue(!$0.departments.isEmpty) },
        "progress_method": { TemplateValue($0.progressMethod) },
        "fully_done": { TemplateValue($0.fullyDone) },
        "not_done_by_status": { TemplateValue($0.notDoneByStatus) },
    ]
    static let fieldTable = FieldTable(fields)

    let unit: String
    var language: SiteLanguage = .ja

    /// `not_done` by policy, in report order; policies with every action done are left out.
    var notDoneGroups: [NotDoneGroup] {
        var groups: [NotDoneGroup] = []
        for row in notDone {
            if let last = groups.last, last.policyID == row.policyID {
                groups[groups.count - 1].rows.append(row)
            } else {
                groups.append(
                    NotDoneGroup(
                        policyID: row.policyID, policyNumberLabel: row.policyNumberLabel,
                        policyTitle: row.policyTitle, unit: unit, rows: [row], language: language))
            }
        }
        return groups
    }
}

/// The actions of one policy that were not (fully) done, under the policy's heading.
struct NotDoneGroup: TemplateModel {
    let policyID: String
    let policyNumberLabel: String
    let policyTitle: String
    let unit: String
    var rows: [NotDoneRow]
    var language: SiteLanguage = .ja

    static let fields: [String: @Sendable (NotDoneGroup) -> TemplateValue] = [
        "anchor": { TemplateValue("not-done-\($0.policyID)") },
        "policy_number_label": { TemplateValue($0.policyNumberLabel) },
        "policy_title": { TemplateValue($0.policyTitle) },
        "policy_href": { TemplateValue("policies/\($0.policyID).html") },
        "count_label": { TemplateValue($0.language.count($0.rows.count, $0.unit)) },
        "rows": { TemplateValue($0.rows) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// A policy's line in the overview.
struct PolicyRow: TemplateModel {
    let id: String
    let numberLabel: String
    let title: String
    /// `summary`, `contact` … as shown, by the slots of `Schema.policy`.
    let texts: [String?]
    let progress: ProgressView

    static let fields: [String: @Sendable (PolicyRow) -> TemplateValue] = SchemaTemplateNames.merged(
        [
            "id": { TemplateValue($0.id) },
            "href": { TemplateValue("policies/\($0.id).html") },
            "number_label": { TemplateValue($0.numberLabel) },
            "title": { TemplateValue($0.title) },
            "progress": { TemplateValue($0.progress) },
        ], SchemaTemplateNames.entries(Schema.policy) { $0.texts })
    static let fieldTable = FieldTable(fields)
}

/// Progress of the actions one actor leads.
struct ActorRow: TemplateModel {
    let key: String
    let mark: String
    let label: String
    let progress: ProgressView

    static let fields: [String: @Sendable (ActorRow) -> TemplateValue] = [
        "key": { TemplateValue($0.key) },
        "mark": { TemplateValue($0.mark.isEmpty ? nil : $0.mark) },
        "label": { TemplateValue($0.label) },
        "progress": { TemplateValue($0.progress) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// An action whose status weighs less than 1, with where to read about it.
struct NotDoneRow: TemplateModel {
    let policyID: String
    let policyNumberLabel: String
    let policyTitle: String
    let href: String
    let action: ActionRow

    static let fields: [String: @Sendable (NotDoneRow) -> TemplateValue] = [
        "policy_number_label": { TemplateValue($0.policyNumberLabel) },
        "policy_title": { TemplateValue($0.policyTitle) },
        "href": { TemplateValue($0.href) },
        "action": { TemplateValue($0.action) },
    ]
    static let fieldTable = FieldTable(fields)
}
