/// `index.html`: overall progress, each policy's progress, progress by actor, and every action
/// not (fully) done — what citizens look for first.
struct OverviewBody: TemplateModel {
    let overall: ProgressView
    let policies: [PolicyRow]
    let actors: [ActorRow]
    let notDone: [NotDoneRow]

    static let fields: [String: @Sendable (OverviewBody) -> Any?] = [
        "overall": { $0.overall },
        "policies": { $0.policies },
        "actors": { $0.actors },
        "has_actors": { !$0.actors.isEmpty },
        "not_done": { $0.notDone },
        "has_not_done": { !$0.notDone.isEmpty },
        "not_done_groups": { $0.notDoneGroups },
        "not_done_count_label": { "\($0.notDone.count)\($0.unit)" },
    ]

    let unit: String

    /// `not_done` by policy, in report order; policies with every action done are left out.
    var notDoneGroups: [NotDoneGroup] {
        var groups: [NotDoneGroup] = []
        for row in notDone {
            if let last = groups.last, last.policyID == row.policyID {
                groups[groups.count - 1].rows.append(row)
            } else {
                groups.append(NotDoneGroup(policyID: row.policyID, policyNumberLabel: row.policyNumberLabel,
                                           policyTitle: row.policyTitle, unit: unit, rows: [row]))
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

    static let fields: [String: @Sendable (NotDoneGroup) -> Any?] = [
        "anchor": { "not-done-\($0.policyID)" },
        "policy_number_label": { $0.policyNumberLabel },
        "policy_title": { $0.policyTitle },
        "policy_href": { "policies/\($0.policyID).html" },
        "count_label": { "\($0.rows.count)\($0.unit)" },
        "rows": { $0.rows },
    ]
}

/// A policy's line in the overview.
struct PolicyRow: TemplateModel {
    let id: String
    let numberLabel: String
    let title: String
    let summaryHTML: String?
    let progress: ProgressView

    static let fields: [String: @Sendable (PolicyRow) -> Any?] = [
        "id": { $0.id },
        "href": { "policies/\($0.id).html" },
        "number_label": { $0.numberLabel },
        "title": { $0.title },
        "summary_html": { $0.summaryHTML },
        "progress": { $0.progress },
    ]
}

/// Progress of the actions one actor leads.
struct ActorRow: TemplateModel {
    let key: String
    let mark: String
    let label: String
    let progress: ProgressView

    static let fields: [String: @Sendable (ActorRow) -> Any?] = [
        "key": { $0.key },
        "mark": { $0.mark.isEmpty ? nil : $0.mark },
        "label": { $0.label },
        "progress": { $0.progress },
    ]
}

/// An action whose status weighs less than 1, with where to read about it.
struct NotDoneRow: TemplateModel {
    let policyID: String
    let policyNumberLabel: String
    let policyTitle: String
    let href: String
    let action: ActionRow

    static let fields: [String: @Sendable (NotDoneRow) -> Any?] = [
        "policy_number_label": { $0.policyNumberLabel },
        "policy_title": { $0.policyTitle },
        "href": { $0.href },
        "action": { $0.action },
    ]
}

/// `policies/<id>.html`.
struct PolicyPageBody: TemplateModel {
    let policy: PolicyView
    let columns: ColumnSet

    static let fields: [String: @Sendable (PolicyPageBody) -> Any?] = [
        "policy": { $0.policy },
        "columns": { $0.columns },
    ]
}

/// `print.html`: cover, contents and every policy in one document.
struct PrintBody: TemplateModel {
    let overall: ProgressView
    let policies: [PolicyView]
    let columns: ColumnSet

    static let fields: [String: @Sendable (PrintBody) -> Any?] = [
        "overall": { $0.overall },
        "policies": { $0.policies },
        "columns": { $0.columns },
    ]
}

/// `404.html`.
struct NotFoundBody: TemplateModel {
    static let fields: [String: @Sendable (NotFoundBody) -> Any?] = [
        "not_found_page": { _ in true },
    ]
}
