import PlanSiteCore

/// How a status shows: its words, a symbol so colour is never the only sign, and a tone
/// (`done`, `partial`, `none`, `na`) that the theme colours.
struct StatusStyle: Sendable {
    let key: String
    let label: String
    let symbol: String
    let tone: String
    /// 1 for the first status of its tone in report order, 2 for the second, …: two statuses of
    /// one tone (A–D grades with B 0.75 and C 0.25 both `partial`) get different bar colours.
    var shade = 1

    init(_ status: StatusDefinition) {
        key = status.key.value
        label = status.label.value
        let tone: String
        switch status.weight.value {
        case nil: tone = "na"
        case let w? where w >= 1: tone = "done"
        case let w? where w <= 0: tone = "none"
        default: tone = "partial"
        }
        self.tone = tone
        // ◎ ○ △ × read as grades (and ◎ is an actor mark), so the defaults avoid them.
        symbol = status.symbol?.value ?? ["done": "✔", "partial": "◐", "none": "□", "na": "－"][tone]!
    }

    /// The styles of a report's statuses, in report order, with shades numbered within each tone.
    static func styles(_ statuses: [StatusDefinition]) -> [StatusStyle] {
        var seen: [String: Int] = [:]
        return statuses.map { status in
            var style = StatusStyle(status)
            seen[style.tone, default: 0] += 1
            style.shade = seen[style.tone]!
            return style
        }
    }

    var legend: LegendEntry { LegendEntry(key: key, mark: symbol, label: label, tone: tone, shade: String(shade)) }
}
