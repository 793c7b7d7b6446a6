import PlanSiteCore
import PlanSiteRendering
import PlanSiteSupport

/// A progress summary as templates show it: the percent, counts by status in words, and the
/// segments of a stacked bar (drawn as SVG, with the same facts always written as text).
struct ProgressView: TemplateModel {
    let summary: ProgressSummary
    let styles: [StatusStyle]
    let unit: String
    var language: SiteLanguage = .ja

    static let fields: [String: @Sendable (ProgressView) -> TemplateValue] = [
        "percent": { TemplateValue($0.summary.percent.map { String($0) }) },
        "percent_label": { TemplateValue($0.percentLabel) },
        "has_percent": { TemplateValue($0.summary.percent != nil) },
        "total": { TemplateValue(String($0.summary.total)) },
        "total_label": { TemplateValue($0.language.count($0.summary.total, $0.unit)) },
        "counts_lead": { TemplateValue($0.language.countsLead(total: $0.summary.total, $0.unit)) },
        "counted": { TemplateValue(String($0.summary.counted)) },
        "counts": { TemplateValue($0.counts) },
        "counts_text": { TemplateValue($0.countsText) },
        "segments": { TemplateValue($0.segments) },
        "has_actions": { TemplateValue($0.summary.total > 0) },
    ]
    static let fieldTable = FieldTable(fields)

    var counts: [StatusCountView] {
        zip(summary.counts, styles).map { count, style in
            StatusCountView(style: style, count: count.count, unit: unit, language: language)
        }
    }

    /// `84%`, or `—` without counted actions.
    var percentLabel: String { summary.percent.map { "\($0)%" } ?? "—" }

    /// `19件中 実施15件・一部実施2件・未実施2件`.
    var countsText: String {
        guard summary.total > 0 else { return language.count(0, unit) }
        let parts = zip(summary.counts, styles).map { language.statusCount($1.label, $0.count, unit) }
        return language.counts(total: summary.total, parts, unit)
    }

    var segments: [BarSegment] {
        guard summary.total > 0 else { return [] }
        var x = 0.0
        var result: [BarSegment] = []
        for (count, style) in zip(summary.counts, styles) where count.count > 0 {
            let width = Double(count.count) * 100 / Double(summary.total)
            result.append(
                BarSegment(
                    tone: style.tone, shade: String(style.shade), x: NumberFormat.length(x), width: NumberFormat.length(width),
                    label: language.statusCount(style.label, count.count, unit)))
            x += width
        }
        return result
    }
}

/// The number of actions with one status.
struct StatusCountView: TemplateModel {
    let style: StatusStyle
    let count: Int
    let unit: String
    var language: SiteLanguage = .ja

    static let fields: [String: @Sendable (StatusCountView) -> TemplateValue] = [
        "key": { TemplateValue($0.style.key) },
        "label": { TemplateValue($0.style.label) },
        "symbol": { TemplateValue($0.style.symbol) },
        "tone": { TemplateValue($0.style.tone) },
        "shade": { TemplateValue(String($0.style.shade)) },
        "count": { TemplateValue(String($0.count)) },
        "count_label": { TemplateValue($0.language.count($0.count, $0.unit)) },
        "is_zero": { TemplateValue($0.count == 0) },
    ]
    static let fieldTable = FieldTable(fields)
}

/// One coloured part of a stacked bar, positioned in percent of the bar's length.
struct BarSegment: TemplateModel {
    let tone: String
    let shade: String
    let x: String
    let width: String
    let label: String

    static let fields: [String: @Sendable (BarSegment) -> TemplateValue] = [
        "tone": { TemplateValue($0.tone) },
        "shade": { TemplateValue($0.shade) },
        "x": { TemplateValue($0.x) },
        "width": { TemplateValue($0.width) },
        "label": { TemplateValue($0.label) },
    ]
    static let fieldTable = FieldTable(fields)
}
