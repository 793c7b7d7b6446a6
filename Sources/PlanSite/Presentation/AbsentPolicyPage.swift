import PlanSiteCore
import PlanSiteRendering

/// `<YYYY>/policies/<id>.html` of a year whose report lacks a policy of the plan.
struct AbsentPolicyBody: TemplateModel {
    let numberLabel: String
    let title: String
    /// That the year's report does not include the policy, in the site's words.
    let text: String
    /// The policy's page across years.
    let planHref: String

    static let fields: [String: @Sendable (AbsentPolicyBody) -> TemplateValue] = [
        "number_label": { TemplateValue($0.numberLabel) },
        "title": { TemplateValue($0.title) },
        "text": { TemplateValue($0.text) },
        "plan_href": { TemplateValue($0.planHref) },
    ]
    static let fieldTable = FieldTable(fields)
}

extension SitePresenter {
    /// A year's page of a policy its report lacks (a several-year plan's, so `year` is set): in
    /// the year's words, title and language, it says so and leads to the policy across years and
    /// to the year's overview; the other years' switch leads here. `heading` is the policy's
    /// number label and title in the latest year that has it. Kept out of search engines (it is
    /// not in the sitemap either).
    func absentPolicyPage(_ id: String, heading: (numberLabel: String, title: String)) -> Page {
        var common = common(root: "../", title: "\(heading.numberLabel) \(heading.title)", kind: .policy, path: "policies/\(id).html")
        common.canonicalURL = nil
        common.noIndex = true
        let body = AbsentPolicyBody(
            numberLabel: heading.numberLabel, title: heading.title,
            text: labels["policy_absent"].replacingOccurrences(of: "{year}", with: language.fiscalYear(report.fiscalYear.value)),
            planHref: "\(common.root)policies/\(id).html")
        return Page(body: body, common: common)
    }
}
