import PlanSiteCore
import PlanSiteRendering
import PlanSiteSupport

/// What every page offers its templates: the report's identity, labels and links to the
/// site's shared files, relative to the page (`root` is `""` or `"../"`).
struct PageCommon: TemplateModel {
    let site: SiteView
    let labels: [String: String]
    var root: String
    let pageTitle: String
    let kind: PageKind
    /// The page's absolute address when the report gives `base_url` (for canonical and OGP tags).
    var canonicalURL: String? = nil
    /// What the page says in a sentence or two, for search results and shared links.
    var description: String? = nil
    /// Where `index.html` and `print.html` are, relative to the page, when not at `root`: a
    /// year's own pages in a several-year site, whose shared files are one folder up.
    var home: String? = nil
    /// The links to the same page in the other years, on a year's pages.
    var yearSwitch: YearSwitch? = nil
    /// The print document when it is not beside `index.html` (the latest year's, across years).
    var printHref: String? = nil
    /// The theme's script, on the one page that uses it (`actions.html`); the page's
    /// Content-Security-Policy allows scripts from the site only there.
    var scriptHref: String? = nil
    /// The list of actions when it is not beside `index.html` (the latest year's, across years).
    var actionsHref: String? = nil
    /// `<html lang>`.
    var language: SiteLanguage = .ja
    /// Kept out of search engines (`<meta name="robots" content="noindex">`): a year's page of a
    /// policy its report lacks.
    var noIndex = false

    static let fields: [String: @Sendable (PageCommon) -> TemplateValue] = [
        "site": { TemplateValue($0.site) },
        "labels": { TemplateValue($0.labels) },
        "root": { TemplateValue($0.root) },
        "lang": { TemplateValue($0.language.rawValue) },
        "page_title": { TemplateValue($0.pageTitle) },
        "canonical_url": { TemplateValue($0.canonicalURL) },
        "no_index": { TemplateValue($0.noIndex) },
        "description": { TemplateValue($0.description) },
        "css_href": { TemplateValue("\($0.root)assets/plansite.css") },
        "report_css_href": { TemplateValue("\($0.home ?? $0.root)report.css") },
        "favicon_href": { TemplateValue("\($0.root)assets/favicon.svg") },
        "index_href": { TemplateValue("\($0.home ?? $0.root)index.html") },
        "print_href": { TemplateValue($0.printHref ?? "\($0.home ?? $0.root)print.html") },
        "year_switch": { TemplateValue($0.yearSwitch) },
        "csv_href": { TemplateValue("\($0.root)data/actions.csv") },
        "json_href": { TemplateValue("\($0.root)data/report.json") },
        "actions_href": { TemplateValue($0.actionsHref ?? "\($0.home ?? $0.root)actions.html") },
        "script_href": { TemplateValue($0.scriptHref) },
        "is_overview": { TemplateValue($0.kind == .overview) },
        "is_policy": { TemplateValue($0.kind == .policy) },
        "is_print": { TemplateValue($0.kind == .print) },
        "is_not_found": { TemplateValue($0.kind == .notFound) },
        "is_actions": { TemplateValue($0.kind == .actions) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// Which page of the site a page is, for the layout's navigation and body class.
enum PageKind: Sendable {
    case overview
    case policy
    case print
    case notFound
    case actions
}

/// The report's identity, shown in headers, footers and the print cover.
struct SiteView: TemplateModel {
    let title: String
    let fiscalYear: Int
    /// `subtitle`, `organization`, `published` … by the slots of `Schema.report`.
    let texts: [String?]
    let actors: [LegendEntry]
    let statuses: [LegendEntry]
    /// `2013年度〜2015年度` in place of the fiscal year, on the pages of a plan across years.
    var periodLabel: String? = nil
    var language: SiteLanguage = .ja

    static let fields: [String: @Sendable (SiteView) -> TemplateValue] = SchemaTemplateNames.merged(
        [
            "title": { TemplateValue($0.title) },
            "fiscal_year": { TemplateValue(String($0.fiscalYear)) },
            "fiscal_year_label": { TemplateValue($0.periodLabel ?? $0.language.fiscalYear($0.fiscalYear)) },
            "actors": { TemplateValue($0.actors) },
            "statuses": { TemplateValue($0.statuses) },
            "full_title": { TemplateValue($0.fullTitle) },
            "year_in_title": { TemplateValue($0.yearInTitle) },
            "has_meta": { TemplateValue($0.hasMeta) },
        ], SchemaTemplateNames.entries(Schema.report, { $0.texts }, language: { $0.language }))
    static let fieldTable = FieldTable(fields)

    /// The title already names the year (`平成25年度 …`, `2013年度 …`), so the year is not shown again.
    var yearInTitle: Bool {
        if let periodLabel { return title.contains(periodLabel) }
        return title.contains("\(fiscalYear)年度") || title.contains(language.fiscalYear(fiscalYear))
            || FiscalYear.eraName(fiscalYear).map { title.contains($0) } ?? false
    }

    /// Something to show under the overview's H1: the year (when the title does not name it),
    /// the publisher, the dates or the contact.
    var hasMeta: Bool {
        !yearInTitle || ["organization", "published", "updated", "contact"].contains { texts[Schema.report.slot($0)] != nil }
    }

    /// The report's name with its year, as `<title>` and the running header of print give it.
    var fullTitle: String {
        yearInTitle ? title : "\(title) \(periodLabel ?? language.fiscalYear(fiscalYear))"
    }
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
