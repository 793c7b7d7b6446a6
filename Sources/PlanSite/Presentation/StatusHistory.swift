import PlanSiteCore

/// Each action's status in every year it appears in, computed once for all years and kept
/// small: a year's index and a status's index for each entry (ten years of 3,200 actions held
/// 4 MB as status values, 0.6 MB as indices), the status looked up when a page asks.
struct StatusHistory: Sendable {
    struct Entry: Sendable {
        let yearIndex: Int
        let style: StatusStyle
    }

    private let entries: [String: [(year: Int32, style: Int32)]]
    /// Each year's statuses in report order, as `StatusStyle.styles` gives them.
    private let styles: [[StatusStyle]]

    init(_ years: [(year: Int, report: Report)]) {
        let styles = years.map { StatusStyle.styles($0.report.statuses) }
        var entries: [String: [(year: Int32, style: Int32)]] = [:]
        for (y, year) in years.enumerated() {
            var index: [String: Int32] = [:]
            for (i, style) in styles[y].enumerated() where index[style.key] == nil { index[style.key] = Int32(i) }
            for policy in year.report.policies {
                for action in policy.actions {
                    guard let style = index[action.status.value] else { continue }
                    entries[action.id?.value ?? "", default: []].append((Int32(y), style))
                }
            }
        }
        self.entries = entries
        self.styles = styles
    }

    /// The action's status in the nearest year before the year at `yearIndex` that has it.
    func status(of id: String, before yearIndex: Int) -> Entry? {
        guard let last = entries[id]?.last(where: { Int($0.year) < yearIndex }) else { return nil }
        return Entry(yearIndex: Int(last.year), style: styles[Int(last.year)][Int(last.style)])
    }
}
