/// What every page offers its templates: the report's identity, labels and links to the
/// site's shared files, relative to the page (`root` is `""` or `"../"`).
struct PageCommon: TemplateModel {
    let site: SiteView
    let labels: [String: String]
    let root: String
    let pageTitle: String
    let kind: String
    /// The page's absolute address when the report gives `base_url` (for canonical and OGP tags).
    var canonicalURL: String? = nil
    /// The theme's script, on the one page that uses it (`actions.html`); the page's
    /// Content-Security-Policy allows scripts from the site only there.
    var scriptHref: String? = nil

    static let fields: [String: @Sendable (PageCommon) -> TemplateValue] = [
        "site": { TemplateValue($0.site) },
        "labels": { TemplateValue($0.labels) },
        "root": { TemplateValue($0.root) },
        "page_title": { TemplateValue($0.pageTitle) },
        "canonical_url": { TemplateValue($0.canonicalURL) },
        "css_href": { TemplateValue("\($0.root)assets/plansite.css") },
        "index_href": { TemplateValue("\($0.root)index.html") },
        "print_href": { TemplateValue("\($0.root)print.html") },
        "csv_href": { TemplateValue("\($0.root)data/actions.csv") },
        "json_href": { TemplateValue("\($0.root)data/report.json") },
        "actions_href": { TemplateValue("\($0.root)actions.html") },
        "script_href": { TemplateValue($0.scriptHref) },
        "is_overview": { TemplateValue($0.kind == "overview") },
        "is_policy": { TemplateValue($0.kind == "policy") },
        "is_print": { TemplateValue($0.kind == "print") },
        "is_not_found": { TemplateValue($0.kind == "not_found") },
        "is_actions": { TemplateValue($0.kind == "actions") },
    ]
    static let fieldTable = FieldTable(fields)
}

/// The report's identity, shown in headers, footers and the print cover.
struct SiteView: TemplateModel {
    let title: String
    let subtitle: String?
    let organization: String?
    let fiscalYear: Int
    let published: CalendarDate?
    let actors: [LegendEntry]
    let statuses: [LegendEntry]

    static let fields: [String: @Sendable (SiteView) -> TemplateValue] = [
        "title": { TemplateValue($0.title) },
        "subtitle": { TemplateValue($0.subtitle) },
        "organization": { TemplateValue($0.organization) },
        "fiscal_year": { TemplateValue(String($0.fiscalYear)) },
        "fiscal_year_label": { TemplateValue(FiscalYear.label($0.fiscalYear)) },
        "published_label": { TemplateValue($0.published?.japanese) },
        "published_iso": { TemplateValue($0.published.map { Padded.digits($0.year, 4) + "-" + Padded.digits($0.month, 2) + "-" + Padded.digits($0.day, 2) }) },
        "actors": { TemplateValue($0.actors) },
        "statuses": { TemplateValue($0.statuses) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// One entry of a legend: an actor's mark or a status's symbol, with its words.
struct LegendEntry: TemplateModel {
    let key: String
    let mark: String
    let label: String
    let tone: String
    let shade: String

    static let fields: [String: @Sendable (LegendEntry) -> TemplateValue] = [
        "key": { TemplateValue($0.key) },
        "mark": { TemplateValue($0.mark.isEmpty ? nil : $0.mark) },
        "label": { TemplateValue($0.label) },
        "tone": { TemplateValue($0.tone) },
        "shade": { TemplateValue($0.shade) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// Zero-padded numbers for ISO dates.
enum Padded {
    static func digits(_ value: Int, _ width: Int) -> String {
        let text = String(value)
        return String(repeating: "0", count: max(0, width - text.count)) + text
    }
}
