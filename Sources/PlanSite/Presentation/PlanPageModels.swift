import PlanSiteCore
import PlanSiteRendering
import PlanSiteSupport

/// `index.html` of a several-year plan: progress per year (chart and table), each policy per
/// year, what changed in the latest year, and the links to every year.
struct PlanOverviewBody: TemplateModel {
    let periodLabel: String
    let years: [YearRow]
    let chart: YearChart
    let yearHeaders: [String]
    let policies: [PolicyYearsRow]
    let changesYearLabel: String?
    let changes: [ChangeGroup]

    static let fields: [String: @Sendable (PlanOverviewBody) -> TemplateValue] = [
        "period_label": { TemplateValue($0.periodLabel) },
        "years": { TemplateValue($0.years) },
        "chart": { TemplateValue($0.chart) },
        "year_headers": { TemplateValue($0.yearHeaders.map(TextItem.init)) },
        "policies": { TemplateValue($0.policies) },
        "has_changes": { TemplateValue($0.changesYearLabel != nil) },
        "changes_year_label": { TemplateValue($0.changesYearLabel) },
        "change_groups": { TemplateValue($0.changes) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// `policies/<id>.html` of a several-year plan: the policy's progress per year and each
/// action's status in every year.
struct PlanPolicyBody: TemplateModel {
    let numberLabel: String
    let title: String
    let years: [YearRow]
    let chart: YearChart
    let yearHeaders: [String]
    let matrix: [MatrixRow]

    static let fields: [String: @Sendable (PlanPolicyBody) -> TemplateValue] = [
        "number_label": { TemplateValue($0.numberLabel) },
        "title": { TemplateValue($0.title) },
        "years": { TemplateValue($0.years) },
        "chart": { TemplateValue($0.chart) },
        "year_headers": { TemplateValue($0.yearHeaders.map(TextItem.init)) },
        "matrix": { TemplateValue($0.matrix) },
        "has_actions": { TemplateValue(!$0.matrix.isEmpty) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// A text in a list (a column heading).
struct TextItem: TemplateModel {
    let text: String
    static let fields: [String: @Sendable (TextItem) -> TemplateValue] = ["text": { TemplateValue($0.text) }]
    static let fieldTable = FieldTable(fields)
}

/// One year's line: its label, where its pages are and its progress (`nil`: absent that year).
struct YearRow: TemplateModel {
    let label: String
    let href: String
    let progress: ProgressView?

    static let fields: [String: @Sendable (YearRow) -> TemplateValue] = [
        "label": { TemplateValue($0.label) },
        "href": { TemplateValue($0.href) },
        "progress": { TemplateValue($0.progress) },
        "is_absent": { TemplateValue($0.progress == nil) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// A bar chart of percents by year, drawn as SVG at build time; the page shows the same
/// figures as a table, so the chart is hidden from screen readers.
struct YearChart: TemplateModel {
    struct Bar: TemplateModel {
        let x: String
        let y: String
        let height: String
        let labelX: String
        let percentY: String
        let label: String
        let percentLabel: String

        static let fields: [String: @Sendable (Bar) -> TemplateValue] = [
            "x": { TemplateValue($0.x) }, "y": { TemplateValue($0.y) }, "height": { TemplateValue($0.height) },
            "label_x": { TemplateValue($0.labelX) }, "percent_y": { TemplateValue($0.percentY) },
            "label": { TemplateValue($0.label) }, "percent_label": { TemplateValue($0.percentLabel) },
        ]
        static let fieldTable = FieldTable(fields)
    }

    let bars: [Bar]
    let width: Int

    static let barWidth = 36
    static let step = 64
    static let top = 24
    static let plotHeight = 120

    init(_ points: [(label: String, percent: Int?)]) {
        var bars: [Bar] = []
        for (i, point) in points.enumerated() {
            let x = 16 + i * Self.step
            let h = Double(Self.plotHeight) * Double(point.percent ?? 0) / 100
            let y = Double(Self.top + Self.plotHeight) - h
            bars.append(
                Bar(
                    x: String(x), y: NumberFormat.length(y), height: NumberFormat.length(h),
                    labelX: String(x + Self.barWidth / 2), percentY: NumberFormat.length(y - 6),
                    label: point.label, percentLabel: point.percent.map { "\($0)%" } ?? "—"))
        }
        self.bars = bars
        width = 32 + max(1, points.count) * Self.step - (Self.step - Self.barWidth)
    }

    static let fields: [String: @Sendable (YearChart) -> TemplateValue] = [
        "bars": { TemplateValue($0.bars) },
        "width": { TemplateValue(String($0.width)) },
        "height": { _ in TemplateValue(String(top + plotHeight + 24)) },
        "bar_width": { _ in TemplateValue(String(barWidth)) },
        "baseline_y": { _ in TemplateValue(String(top + plotHeight)) },
        "label_y": { _ in TemplateValue(String(top + plotHeight + 18)) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// A policy's line of the plan's overview: its percent in every year.
struct PolicyYearsRow: TemplateModel {
    let numberLabel: String
    let title: String
    let href: String
    let cells: [YearCell]

    static let fields: [String: @Sendable (PolicyYearsRow) -> TemplateValue] = [
        "number_label": { TemplateValue($0.numberLabel) },
        "title": { TemplateValue($0.title) },
        "href": { TemplateValue($0.href) },
        "cells": { TemplateValue($0.cells) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// A percent in one year's column (`—` when no action counts, the `absent` label when the
/// policy or action is not in that year).
struct YearCell: TemplateModel {
    let yearLabel: String
    let text: String
    let isAbsent: Bool

    static let fields: [String: @Sendable (YearCell) -> TemplateValue] = [
        "year_label": { TemplateValue($0.yearLabel) },
        "text": { TemplateValue($0.text) },
        "is_absent": { TemplateValue($0.isAbsent) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// The actions that changed in one way (improved, worse, new, ended).
struct ChangeGroup: TemplateModel {
    let key: String
    let heading: String
    let entries: [ChangeEntry]
    let unit: String
    var language: SiteLanguage = .ja

    static let fields: [String: @Sendable (ChangeGroup) -> TemplateValue] = [
        "key": { TemplateValue($0.key) },
        "anchor": { TemplateValue("changes-\($0.key)") },
        "heading": { TemplateValue($0.heading) },
        "count_label": { TemplateValue($0.language.count($0.entries.count, $0.unit)) },
        "entries": { TemplateValue($0.entries) },
        "has_entries": { TemplateValue(!$0.entries.isEmpty) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// One changed action, linked to its row on the year's policy page.
struct ChangeEntry: TemplateModel {
    let title: String
    let href: String
    let policyLabel: String
    let before: StatusStyle?
    let after: StatusStyle?

    static let fields: [String: @Sendable (ChangeEntry) -> TemplateValue] = [
        "title": { TemplateValue($0.title) },
        "href": { TemplateValue($0.href) },
        "policy_label": { TemplateValue($0.policyLabel) },
        "before_label": { TemplateValue($0.before.map { "\($0.symbol) \($0.label)" }) },
        "after_label": { TemplateValue($0.after.map { "\($0.symbol) \($0.label)" }) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// An action's row of the matrix: its title and its status in every year.
struct MatrixRow: TemplateModel {
    let id: String
    let title: String
    let cells: [MatrixCell]

    static let fields: [String: @Sendable (MatrixRow) -> TemplateValue] = [
        "id": { TemplateValue($0.id) },
        "title": { TemplateValue($0.title) },
        "cells": { TemplateValue($0.cells) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// An action's status in one year, linked to its row that year; `nil` status: not in that year.
struct MatrixCell: TemplateModel {
    let yearLabel: String
    let href: String?
    let status: StatusStyle?

    static let fields: [String: @Sendable (MatrixCell) -> TemplateValue] = [
        "year_label": { TemplateValue($0.yearLabel) },
        "href": { TemplateValue($0.href) },
        "is_absent": { TemplateValue($0.status == nil) },
        "status_label": { TemplateValue($0.status?.label) },
        "status_symbol": { TemplateValue($0.status?.symbol) },
        "status_tone": { TemplateValue($0.status?.tone) },
        "status_shade": { TemplateValue($0.status.map { String($0.shade) }) },
    ]
    static let fieldTable = FieldTable(fields)
}
