import PlanSiteCore
import PlanSiteRendering

/// Turns a validated report and its rendered Markdown into the page models templates see.
/// All computation of the site happens here: progress, counts, labels, numbering, links.
struct SitePresenter {
    let report: Report
    let content: RenderedContent
    let labels: LabelSet
    let styles: [StatusStyle]
    let styleByKey: [String: StatusStyle]
    let actors: [String: ActorDefinition]
    let statusIndex: StatusIndex
    let site: SiteView
    let columns: ColumnSet
    /// Set for a year of a several-year plan: its pages live under `<YYYY>/`.
    var year: YearPages? = nil
    let language: SiteLanguage
    private let overview = SharedOverview()

    init(report: Report, content: RenderedContent) {
        self.report = report
        self.content = content
        language = SiteLanguage.of(report.texts)
        labels = LabelSet(language: language, overrides: report.labels.mapValues(\.value))
        styles = StatusStyle.styles(report.statuses)
        var byKey: [String: StatusStyle] = [:]
        for style in styles where byKey[style.key] == nil { byKey[style.key] = style }
        styleByKey = byKey
        var actors: [String: ActorDefinition] = [:]
        for actor in report.actors where actors[actor.key.value] == nil { actors[actor.key.value] = actor }
        self.actors = actors
        statusIndex = StatusIndex(report.statuses)
        site = SiteView(
            title: report.title.value, fiscalYear: report.fiscalYear.value,
            texts: Schema.report.texts.map { report.texts[$0.slot!]?.value },
            actors: report.actors.map { LegendEntry(key: $0.key.value, mark: $0.mark.value, label: $0.label.value, tone: "", shade: "") },
            statuses: styles.map(\.legend), language: language)
        columns = ColumnSet(report)
    }

    // MARK: Pages

    func overviewPage() -> Page {
        let body = overview.body(overviewBody)
        var common = common(root: "", title: nil, kind: .overview, path: "index.html")
        common.description = describe(report[text: "subtitle"]?.value, body.overall)
        return Page(body: body, common: common)
    }

    func overviewBody() -> OverviewBody {
        var overall = ProgressSummary(statuses: report.statuses)
        var byActor: [String: ProgressSummary] = [:]
        var rows: [PolicyRow] = []
        var notDone: [NotDoneRow] = []
        for (p, policy) in report.policies.enumerated() {
            var summary = ProgressSummary(statuses: report.statuses)
            for (a, action) in policy.actions.enumerated() {
                summary.add(statusKey: action.status.value, index: statusIndex)
                overall.add(statusKey: action.status.value, index: statusIndex)
                if let actor = action.actor?.value {
                    byActor[actor, default: ProgressSummary(statuses: report.statuses)].add(statusKey: action.status.value, index: statusIndex)
                }
                if let i = statusIndex.position[action.status.value], let weight = statusIndex.weights[i], weight < 1 {
                    let row = actionRow(action, content.policies[p].actions[a], style: .overview)
                    notDone.append(
                        NotDoneRow(
                            policyID: policy.id.value, policyNumberLabel: numberLabel(policy, p), policyTitle: policy.title.value,
                            href: "policies/\(policy.id.value).html#\(row.id)", action: row))
                }
            }
            rows.append(
                PolicyRow(
                    id: policy.id.value, numberLabel: numberLabel(policy, p), title: policy.title.value,
                    texts: SchemaTemplateNames.shown(policy.texts, content.policies[p].texts, Schema.policy, style: .overview),
                    progress: progressView(summary)))
        }
        // An actor no action names has no row.
        let actorRows = report.actors.compactMap { actor in
            byActor[actor.key.value].map {
                ActorRow(key: actor.key.value, mark: actor.mark.value, label: actor.label.value, progress: progressView($0))
            }
        }
        var body = OverviewBody(
            overall: progressView(overall), policies: rows, actors: actorRows, notDone: notDone,
            statusLinks: statusLinks(overall), departments: departmentRows(), unit: labels["count_unit"], language: language)
        let method = ProgressMethod(statuses: report.statuses, labels: labels)
        body.progressMethod = method.explanation
        body.fullyDone = method.fullyDone(overall)
        body.notDoneByStatus = NotDoneStatusGroup.groups(notDone, styles: styles, unit: labels["count_unit"], language: language)
        return body
    }

    func policyPage(_ p: Int) -> Page {
        let policy = report.policies[p]
        let view = policyView(p, style: .policyPage)
        var common = common(
            root: "../", title: "\(view.numberLabel) \(policy.title.value)", kind: .policy,
            path: "policies/\(policy.id.value).html")
        common.description = describe(
            content.policies[p].texts[Schema.policy.slot("summary")].map { PlainText.of(html: $0.html(for: .policyPage)) },
            view.progress)
        return Page(body: PolicyPageBody(policy: view, columns: columns), common: common)
    }

    func printPage() -> Page {
        let views = report.policies.indices.map { policyView($0, style: .printPage) }
        let summary = overview.body(overviewBody)
        return Page(
            body: PrintBody(overall: summary.overall, policies: views, columns: columns, departments: summary.departments, summary: summary),
            common: common(root: "", title: labels["print"], kind: .print, path: "print.html"))
    }

    func notFoundPage() -> Page {
        Page(body: NotFoundBody(), common: common(root: "", title: labels["not_found"], kind: .notFound))
    }

    // MARK: Parts

    /// `title` is the page's own name; `<title>` adds the report's name and year after it
    /// (the overview, with none, shows the report's name alone).
    func common(root: String, title: String?, kind: PageKind, path: String? = nil) -> PageCommon {
        let name = site.fullTitle
        var common = PageCommon(site: site, labels: labels.text, root: root, pageTitle: title.map { "\($0) — \(name)" } ?? name, kind: kind)
        common.language = language
        if let base = report[text: "base_url"]?.value, let path {
            common.canonicalURL = (base.hasSuffix("/") ? base : base + "/") + (year.map { "\($0.year)/" } ?? "") + path
        }
        if let year { year.place(&common, path: path) }
        return common
    }

    /// A page's description: its lead text when it has one, then its progress in words
    /// (`進捗率 84%（19件中 実施15件・一部実施2件・未実施2件）`).
    func describe(_ lead: String?, _ progress: ProgressView) -> String {
        let figures = language.withNote("\(labels["progress"]) \(progress.percentLabel)", progress.countsText)
        guard let lead, !lead.isEmpty else { return figures }
        return lead + " " + figures
    }

    func numberLabel(_ policy: Policy, _ index: Int) -> String {
        language.numbered(labels["policy"], policy.number?.value ?? index + 1)
    }

    func progressView(_ summary: ProgressSummary) -> ProgressView {
        ProgressView(summary: summary, styles: styles, unit: labels["count_unit"], language: language)
    }

    func policyView(_ p: Int, style: PageStyle) -> PolicyView {
        let policy = report.policies[p]
        let rendered = content.policies[p]
        var a = 0
        let objectives = policy.objectives.map { objective in
            let rows = objective.actions.map { action in
                defer { a += 1 }
                return actionRow(action, rendered.actions[a], style: style)
            }
            return ObjectiveView(title: objective.title?.value, caption: objective.title?.value ?? policy.title.value, actions: rows)
        }
        let narrative = rendered.narrative
        let tocPrefix = style == .printPage ? "\(policy.id.value)-" : ""
        let toc = (narrative?.headings ?? []).map {
            TocEntry(text: $0.text, href: "#\(tocPrefix)sec-\($0.index)", level: $0.level)
        }
        func link(_ q: Int) -> PolicyLink? {
            guard style == .policyPage, report.policies.indices.contains(q) else { return nil }
            let other = report.policies[q]
            return PolicyLink(href: "\(other.id.value).html", numberLabel: numberLabel(other, q), title: other.title.value)
        }
        return PolicyView(
            id: policy.id.value, numberLabel: numberLabel(policy, p), title: policy.title.value,
            texts: SchemaTemplateNames.shown(policy.texts, rendered.texts, Schema.policy, style: style), narrativeHTML: narrative?.html(for: style),
            toc: toc,
            progress: progressView(ProgressSummary(actions: policy.actions, statuses: report.statuses)),
            objectives: objectives, previous: link(p - 1), next: link(p + 1))
    }

    func actionRow(_ action: Action, _ rendered: RenderedAction, style: PageStyle) -> ActionRow {
        let actor = action.actor.flatMap { actors[$0.value] }
        let status =
            styleByKey[action.status.value]
            ?? StatusStyle(StatusDefinition(key: action.status, label: action.status, weight: .init(nil, at: .start)))
        let id = action.id?.value ?? ""
        return ActionRow(
            id: id, actorMark: actor.map(\.mark.value), actorLabel: actor.map(\.label.value),
            title: action.title.value, status: status, indicator: action.indicator.map(IndicatorView.init),
            texts: SchemaTemplateNames.shown(action.texts, rendered.texts, Schema.action, style: style),
            yearBefore: year?.yearBefore(of: id, style: style),
            listHref: style == .printPage ? nil : "\(style == .policyPage ? "../" : "")actions.html#\(id)")
    }
}
