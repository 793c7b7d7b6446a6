/// How a status shows: its words, a symbol so colour is never the only sign, and a tone
/// (`done`, `partial`, `none`, `na`) that the theme colours.
struct StatusStyle: Sendable {
    let key: String
    let label: String
    let symbol: String
    let tone: String

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

    var legend: LegendEntry { LegendEntry(key: key, mark: symbol, label: label, tone: tone) }
}
