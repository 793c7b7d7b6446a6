import PlanSiteCore
import PlanSiteRendering
import PlanSiteSupport

/// What a year's pages of a several-year plan add to a one-year site: they live under `<YYYY>/`
/// (their shared files one folder up), switch to the same page in the other years, and show
/// each action's status in the year before. Every year has a page for every policy of the plan
/// (`PlanPresenter.absentPolicyPage` where the year's report lacks it), so the switch needs no
/// knowledge of the later years, and a year's pages can be written before those are read.
struct YearPages: Sendable {
    let year: Int
    /// `year`'s place among `years`.
    let yearIndex: Int
    let years: [Int]
    /// Each action's status in the years up to this one, oldest first.
    let history: StatusHistory
    var language: SiteLanguage = .ja

    /// Moves `common` under the year's folder and adds the switch.
    func place(_ common: inout PageCommon, path: String?) {
        let home = common.root
        let switchPath = path ?? "index.html"
        let planPath = switchPath.hasPrefix("policies/") ? switchPath : "index.html"
        let entries = years.map { y in
            YearSwitch.Entry(label: language.shortYear(y), href: "\(home)../\(y)/\(switchPath)", isCurrent: y == year)
        }
        common.root = "../" + home
        common.home = home
        common.yearSwitch = YearSwitch(planHref: "\(home)../\(planPath)", years: entries)
    }

    /// The action's status in the nearest earlier year that has it, on its policy page only (not
    /// in print or lists): "did last year's 未実施 get done?". Every other year on every action
    /// would make each year's pages grow with the number of years (a ten-year plan's pages
    /// twice a one-year site's, its build quadratic); the policy's page across years, one
    /// click away, holds the whole record.
    func yearBefore(of id: String, style: PageStyle) -> YearStatus? {
        guard style == .policyPage, let before = history.status(of: id, before: yearIndex) else { return nil }
        return YearStatus(yearLabel: language.shortYear(years[before.yearIndex]), status: before.style)
    }
}

/// The links to the other years of a several-year plan, and to the plan across years.
struct YearSwitch: TemplateModel {
    struct Entry: TemplateModel {
        let label: String
        let href: String
        let isCurrent: Bool

        static let fields: [String: @Sendable (Entry) -> TemplateValue] = [
            "label": { TemplateValue($0.label) },
            "href": { TemplateValue($0.href) },
            "is_current": { TemplateValue($0.isCurrent) },
        ]
        static let fieldTable = FieldTable(fields)
    }

    let planHref: String
    let years: [Entry]

    static let fields: [String: @Sendable (YearSwitch) -> TemplateValue] = [
        "plan_href": { TemplateValue($0.planHref) },
        "years": { TemplateValue($0.years) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// An action's status in another year, in words with its symbol.
struct YearStatus: TemplateModel {
    let yearLabel: String
    let status: StatusStyle

    static let fields: [String: @Sendable (YearStatus) -> TemplateValue] = [
        "year_label": { TemplateValue($0.yearLabel) },
        "status_label": { TemplateValue($0.status.label) },
        "status_symbol": { TemplateValue($0.status.symbol) },
        "status_tone": { TemplateValue($0.status.tone) },
        "status_shade": { TemplateValue(String($0.status.shade)) },
    ]
    static let fieldTable = FieldTable(fields)
}
