import PlanSiteCore
import PlanSiteRendering
import PlanSiteSupport

/// The pages of a plan across years: `index.html` and a page per policy, from every year's
/// validated report or its `outline` (oldest first), and the page of each year that lacks a
/// policy of the plan. Each year's own pages are `SitePresenter`'s, with `YearPages`.
struct PlanPresenter {
    let plan: Plan
    let years: [(year: Int, report: Report)]
    let labels: LabelSet
    let site: SiteView
    let styles: [[String: StatusStyle]]
    /// Every policy id of any year, in the latest order it had, then those that ended.
    let policyIDs: [String]
    /// Each year's policies by id: a policy's page looks up every year (not a scan per year).
    let policyIndex: [[String: Int]]
    let language: SiteLanguage

    init(plan: Plan, years: [(year: Int, report: Report)]) {
        self.plan = plan
        self.years = years
        let language = SiteLanguage.of(plan: plan.texts)
        self.language = language
        labels = LabelSet(language: language, overrides: plan.labels.mapValues(\.value))
        styles = years.map { year in
            var byKey: [String: StatusStyle] = [:]
            for style in StatusStyle.styles(year.report.statuses) where byKey[style.key] == nil { byKey[style.key] = style }
            return byKey
        }
        let latest = years.last?.report
        let statuses = latest?.statuses ?? plan.statuses ?? language.defaultStatuses
        let actors = latest?.actors ?? plan.actors ?? language.defaultActors
        var view = SiteView(
            title: plan.title.value, fiscalYear: years.last?.year ?? 0,
            texts: Schema.report.texts.map { field in Schema.plan[field.key]?.slot.flatMap { plan.texts[$0]?.value } },
            actors: actors.map { LegendEntry(key: $0.key.value, mark: $0.mark.value, label: $0.label.value, tone: "", shade: "") },
            statuses: StatusStyle.styles(statuses).map(\.legend), language: language)
        view.periodLabel = Self.periodLabel(plan, years.map(\.year), language)
        site = view
        var ids: [String] = []
        var seen: Set<String> = []
        for year in years.reversed() {
            for policy in year.report.policies where seen.insert(policy.id.value).inserted { ids.append(policy.id.value) }
        }
        policyIDs = ids
        policyIndex = years.map { year in
            var index: [String: Int] = [:]
            for (p, policy) in year.report.policies.enumerated() where index[policy.id.value] == nil { index[policy.id.value] = p }
            return index
        }
    }

    static func periodLabel(_ plan: Plan, _ years: [Int], _ language: SiteLanguage) -> String {
        language.period(plan.period?.from.value ?? years.first ?? 0, plan.period?.to.value ?? years.last ?? 0)
    }

    /// Each policy of the plan that a year's report lacks, with the year's index: each gets a
    /// page at `<YYYY>/policies/<id>.html` saying so, where the other years' switch leads.
    var absentPolicies: [(id: String, yearIndex: Int)] {
        var absent: [(id: String, yearIndex: Int)] = []
        for y in years.indices {
            for id in policyIDs where policyIndex[y][id] == nil { absent.append((id, y)) }
        }
        return absent
    }

    // MARK: Pages

    func overviewPage() -> Page {
        let unit = labels["count_unit"]
        let rows = years.enumerated().map { y, year in
            YearRow(
                label: language.fiscalYear(year.year), href: "\(year.year)/index.html",
                progress: progressView(ProgressSummary(actions: year.report.policies.lazy.flatMap(\.actions), statuses: year.report.statuses), y))
        }
        let policyRows = policyIDs.map { id -> PolicyYearsRow in
            let (numberLabel, title) = heading(of: id)
            let cells = years.indices.map { y -> YearCell in
                let year = years[y]
                guard let policy = policy(id, inYear: y) else {
                    return YearCell(yearLabel: language.shortYear(year.year), text: labels["absent"], isAbsent: true)
                }
                let summary = ProgressSummary(actions: policy.actions, statuses: year.report.statuses)
                return YearCell(yearLabel: language.shortYear(year.year), text: summary.percent.map { "\($0)%" } ?? "—", isAbsent: false)
            }
            return PolicyYearsRow(numberLabel: numberLabel, title: title, href: "policies/\(id).html", cells: cells)
        }
        var groups: [ChangeGroup] = []
        var changesYear: String?
        if years.count >= 2 {
            let last = years.count - 1
            let comparison = YearComparison(previous: years[last - 1].report, current: years[last].report)
            changesYear = language.compared(years[last].year, with: years[last - 1].year)
            groups = YearComparison.Change.allCases.map { change in
                ChangeGroup(
                    key: change.rawValue, heading: labels[change.rawValue],
                    entries: comparison.entries(change).map { entry in
                        let y = change == .ended ? last - 1 : last
                        let (numberLabel, _) = heading(of: entry.policyID)
                        return ChangeEntry(
                            title: entry.title, href: "\(years[y].year)/policies/\(entry.policyID).html#\(entry.actionID)",
                            policyLabel: numberLabel,
                            before: entry.before.flatMap { styles[last - 1][$0] }, after: entry.after.flatMap { styles[last][$0] })
                    }, unit: unit, language: language)
            }
        }
        let body = PlanOverviewBody(
            periodLabel: site.periodLabel ?? "", years: rows,
            chart: YearChart(rows.indices.map { (language.shortYear(years[$0].year), rows[$0].progress?.summary.percent) }),
            yearHeaders: years.map { language.shortYear($0.year) }, policies: policyRows,
            changesYearLabel: changesYear, changes: groups)
        return Page(body: body, common: common(root: "", title: nil, kind: .overview, path: "index.html"))
    }

    func policyPage(_ id: String) -> Page {
        let (numberLabel, title) = heading(of: id)
        var rows: [YearRow] = []
        var actionOrder: [String] = []
        var actionTitle: [String: String] = [:]
        // Each year's actions of the policy, gathered once (each use below reads them again).
        let actionsByYear = years.indices.map { y in policy(id, inYear: y)?.actions }
        let shortYears = years.map { language.shortYear($0.year) }
        for (y, year) in years.enumerated() {
            rows.append(
                YearRow(
                    label: language.fiscalYear(year.year), href: "../\(year.year)/policies/\(id).html",
                    progress: actionsByYear[y].map { progressView(ProgressSummary(actions: $0, statuses: year.report.statuses), y) }))
        }
        // Actions in the latest order they had; an action that ended keeps its place after the last it followed.
        for y in years.indices.reversed() {
            for action in actionsByYear[y] ?? [] {
                let aid = action.id?.value ?? ""
                if actionTitle[aid] == nil {
                    actionTitle[aid] = action.title.value
                    actionOrder.append(aid)
                }
            }
        }
        // Each year's actions of the policy by id, found once (not once per cell).
        let statusOf: [[String: String]] = actionsByYear.map { actions in
            var byID: [String: String] = [:]
            for action in actions ?? [] {
                byID[action.id?.value ?? ""] = action.status.value
            }
            return byID
        }
        let matrix = actionOrder.map { aid in
            MatrixRow(
                id: aid, title: actionTitle[aid] ?? aid,
                cells: years.enumerated().map { y, year in
                    let action = statusOf[y][aid]
                    return MatrixCell(
                        yearLabel: shortYears[y],
                        href: action.map { _ in "../\(year.year)/policies/\(id).html#\(aid)" },
                        status: action.flatMap { styles[y][$0] })
                })
        }
        let body = PlanPolicyBody(
            numberLabel: numberLabel, title: title, years: rows,
            chart: YearChart(rows.indices.map { (language.shortYear(years[$0].year), rows[$0].progress?.summary.percent) }),
            yearHeaders: shortYears, matrix: matrix)
        return Page(body: body, common: common(root: "../", title: "\(numberLabel) \(title)", kind: .policy, path: "policies/\(id).html"))
    }

    func notFoundPage() -> Page {
        Page(body: NotFoundBody(), common: common(root: "", title: labels["not_found"], kind: .notFound))
    }

    // MARK: Parts

    /// `title` is the page's own name; `<title>` adds the plan's name and period after it (the
    /// overview, with none, shows the plan's name alone), as on a year's pages.
    func common(root: String, title: String?, kind: PageKind, path: String? = nil) -> PageCommon {
        let name = site.fullTitle
        var common = PageCommon(site: site, labels: labels.text, root: root, pageTitle: title.map { "\($0) — \(name)" } ?? name, kind: kind)
        common.language = language
        if let latest = years.last {
            common.printHref = "\(root)\(latest.year)/print.html"
            common.actionsHref = "\(root)\(latest.year)/actions.html"
        }
        if let base = plan[text: "base_url"]?.value, let path {
            common.canonicalURL = (base.hasSuffix("/") ? base : base + "/") + path
        }
        return common
    }

    /// The policy of that id in the year at index `y`, if the year has it.
    func policy(_ id: String, inYear y: Int) -> Policy? {
        policyIndex[y][id].map { years[y].report.policies[$0] }
    }

    /// A policy's number label and title in the latest year it appears in.
    func heading(of id: String) -> (String, String) {
        for y in years.indices.reversed() {
            if let p = policyIndex[y][id] {
                let policy = years[y].report.policies[p]
                return (language.numbered(labels["policy"], policy.number?.value ?? p + 1), policy.title.value)
            }
        }
        return ("", id)
    }

    func progressView(_ summary: ProgressSummary, _ y: Int) -> ProgressView {
        ProgressView(summary: summary, styles: StatusStyle.styles(years[y].report.statuses), unit: labels["count_unit"], language: language)
    }
}
