import PlanSiteCore
import PlanSiteRendering
import PlanSiteSupport

/// What every page offers its templates: the report's identity, labels and links to the
/// site's shared files, relative to the page (`root` is `""` or `"../"`).
struct PageCommon: TemplateModel {
    let site: SiteView
    let labels: [String: String]
    let root: String
    let pageTitle: String
    let kind: PageKind
    /// The page's absolute address when the report gives `base_url` (for canonical and OGP tags).
    var canonicalURL: String? = nil
    /// `<html lang>`.
    var language: SiteLanguage = .ja

    static let fields: [String: @Sendable (PageCommon) -> TemplateValue] = [
        "site": { TemplateValue($0.site) },
        "labels": { TemplateValue($0.labels) },
        "root": { TemplateValue($0.root) },
        "lang": { TemplateValue($0.language.rawValue) },
        "page_title": { TemplateValue($0.pageTitle) },
        "canonical_url": { TemplateValue($0.canonicalURL) },
        "css_href": { TemplateValue("\($0.root)assets/plansite.css") },
        "index_href": { TemplateValue("\($0.root)index.html") },
        "print_href": { TemplateValue("\($0.root)print.html") },
        "csv_href": { TemplateValue("\($0.root)data/actions.csv") },
        "json_href": { TemplateValue("\($0.root)data/report.json") },
        "is_overview": { TemplateValue($0.kind == .overview) },
        "is_policy": { TemplateValue($0.kind == .policy) },
        "is_print": { TemplateValue($0.kind == .print) },
        "is_not_found": { TemplateValue($0.kind == .notFound) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// Which page of the site a page is, for the layout's navigation and body class.
enum PageKind: Sendable {
    case overview
    case policy
    case print
    case notFound
}

/// The report's identity, shown in headers, footers and the print cover.
struct SiteView: TemplateModel {
    let title: String
    let fiscalYear: Int
    /// `subtitle`, `organization`, `published` … by the slots of `Schema.report`.
    let texts: [String?]
    let actors: [LegendEntry]
    let statuses: [LegendEntry]
    var language: SiteLanguage = .ja

    static let fields: [String: @Sendable (SiteView) -> TemplateValue] = SchemaTemplateNames.merged([
        "title": { TemplateValue($0.title) },
        "fiscal_year": { TemplateValue(String($0.fiscalYear)) },
        "fiscal_year_label": { TemplateValue($0.language.fiscalYear($0.fiscalYear)) },
        "actors": { TemplateValue($0.actors) },
        "statuses": { TemplateValue($0.statuses) },
    ], SchemaTemplateNames.entries(Schema.report, { $0.texts }, language: { $0.language }))
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
