import PlanSiteCore

/// Each action's status in every year it appears in, added a year at a time and kept
/// small: a year's index and a status's index for each entry (ten years of 3,200 actions held
/// 4 MB as status values, 0.6 MB as indices), the status looked up when a page asks.
struct StatusHistory: Sendable {
    struct Entry: Sendable {
        let yearIndex: Int
        let style: StatusStyle
    }

    private var entries: [String: [(year: Int32, style: Int32)]] = [:]
    /// Each year's statuses in report order, as `StatusStyle.styles` gives them.
    private var styles: [[StatusStyle]] = []

    /// Adds the next year (a several-year build adds each as it reads it).
    mutating func append(_ report: Report) {
        let y = Int32(styles.count)
        let styles = StatusStyle.styles(report.statuses)
        var index: [String: Int32] = [:]
        for (i, style) in styles.enumerated() where index[style.key] == nil { index[style.key] = Int32(i) }
        for policy in report.policies {
            for objective in policy.objectives {
                for action in objective.actions {
                    guard let style = index[action.status.value] else { continue }
                    entries[action.id?.value ?? "", default: []].append((y, style))
                }
            }
        }
        self.styles.append(styles)
    }

    /// The action's status in the nearest year before the year at `yearIndex` that has it.
    func status(of id: String, before yearIndex: Int) -> Entry? {
        guard let last = entries[id]?.last(where: { Int($0.year) < yearIndex }) else { return nil }
        return Entry(yearIndex: Int(last.year), style: styles[Int(last.year)][Int(last.style)])
    }
}
