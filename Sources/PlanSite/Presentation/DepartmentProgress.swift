import PlanSiteCore
import PlanSiteRendering

/// Progress per 担当課 (department), for the overview and the print document: which
/// departments a report names, in the order they first appear, and the link to each one's
/// actions on `actions.html`.
enum DepartmentProgress {
    /// Every department named by an action, once, in report order; empty when the report has none.
    static func names(_ report: Report) -> [String] {
        var seen: Set<String> = []
        var names: [String] = []
        for policy in report.policies {
            for action in policy.actions {
                if let name = action[text: "department"]?.value, seen.insert(name).inserted { names.append(name) }
            }
        }
        return names
    }

    /// `actions.html?department=…`, the name percent-encoded as UTF-8.
    static func href(_ name: String, root: String = "") -> String {
        "\(root)actions.html?department=\(QueryEncoding.encode(name))"
    }
}

/// A department's line in the 担当課ごとの進捗 table.
struct DepartmentRow: TemplateModel {
    let name: String
    let href: String
    let progress: ProgressView

    static let fields: [String: @Sendable (DepartmentRow) -> TemplateValue] = [
        "name": { TemplateValue($0.name) },
        "href": { TemplateValue($0.href) },
        "progress": { TemplateValue($0.progress) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// A status's count in the overview, linking to those actions on `actions.html`
/// (`未実施2件` → `actions.html?status=not_started`).
struct StatusLink: TemplateModel {
    let key: String
    let label: String
    let count: Int
    let unit: String
    /// `・` before every count but the first, as in `counts_text`.
    let separator: String
    var language: SiteLanguage = .ja

    static let fields: [String: @Sendable (StatusLink) -> TemplateValue] = [
        "key": { TemplateValue($0.key) },
        "label": { TemplateValue($0.label) },
        "count_label": { TemplateValue($0.language.count($0.count, $0.unit)) },
        "text": { TemplateValue($0.language.statusCount($0.label, $0.count, $0.unit)) },
        "is_zero": { TemplateValue($0.count == 0) },
        "separator": { TemplateValue($0.separator) },
        "href": { TemplateValue("actions.html?status=\(QueryEncoding.encode($0.key))") },
    ]
    static let fieldTable = FieldTable(fields)
}

extension SitePresenter {
    /// One row per department, in report order; empty when no action names a department.
    func departmentRows() -> [DepartmentRow] {
        var summaries: [String: ProgressSummary] = [:]
        for policy in report.policies {
            for action in policy.actions {
                guard let name = action[text: "department"]?.value else { continue }
                summaries[name, default: ProgressSummary(statuses: report.statuses)].add(statusKey: action.status.value, index: statusIndex)
            }
        }
        return DepartmentProgress.names(report).map { name in
            DepartmentRow(name: name, href: DepartmentProgress.href(name), progress: progressView(summaries[name]!))
        }
    }

    /// The overall counts per status as links to the filtered list.
    func statusLinks(_ overall: ProgressSummary) -> [StatusLink] {
        zip(overall.counts, styles).enumerated().map { i, pair in
            StatusLink(
                key: pair.1.key, label: pair.1.label, count: pair.0.count, unit: labels["count_unit"],
                separator: i == 0 ? "" : language.countsSeparator, language: language)
        }
    }
}
