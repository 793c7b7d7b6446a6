import Foundation

/// `data/actions.csv`: one row per action, UTF-8 with a BOM so Excel opens it as UTF-8.
/// The columns are the contract's; `plansite import` reads the same layout back.
public enum ActionsCSV {
    public static let columns = ["policy_id", "policy_title", "objective", "id", "actor", "title", "plan", "result", "status",
                                 "status_label", "department", "indicator_name", "indicator_target", "indicator_actual",
                                 "indicator_unit", "challenges", "next_steps", "note"]

    public static func encode(_ report: Report) -> [UInt8] {
        let sink = ByteSink()
        encode(report, into: sink)
        return sink.collected
    }

    /// Streams the CSV into `sink` in pieces of about a megabyte.
    public static func encode(_ report: Report, into sink: ByteSink) {
        var out = "\u{FEFF}"
        out += columns.joined(separator: ",") + "\r\n"
        var labels: [String: String] = [:]
        for status in report.statuses where labels[status.key.value] == nil { labels[status.key.value] = status.label.value }
        for policy in report.policies {
            for objective in policy.objectives {
                for action in objective.actions {
                    let cells: [String] = [
                        policy.id.value, policy.title.value, objective.title?.value ?? "", action.id?.value ?? "",
                        action.actor?.value ?? "", action.title.value, action.plan?.value ?? "", action.result?.value ?? "",
                        action.status.value, labels[action.status.value] ?? "", action.department?.value ?? "",
                        action.indicator?.name.value ?? "", action.indicator?.target.map { NumberFormat.plain($0.value) } ?? "",
                        action.indicator?.actual.map { NumberFormat.plain($0.value) } ?? "", action.indicator?.unit?.value ?? "",
                        action.challenges?.value ?? "", action.nextSteps?.value ?? "", action.note?.value ?? "",
                    ]
                    out += cells.map(cell).joined(separator: ",") + "\r\n"
                    if out.utf8.count >= 1 << 20 {
                        sink.write(Array(out.utf8))
                        out = ""
                    }
                }
            }
        }
        sink.write(Array(out.utf8))
    }

    /// Quotes a cell when needed. A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`,
    /// tab or CR first) gets a leading `'`, which spreadsheets show as text.
    static func cell(_ value: String) -> String {
        var value = value
        if let first = value.unicodeScalars.first, ["=", "+", "-", "@", "\t", "\r"].contains(first) {
            value = "'" + value
        }
        guard value.utf8.contains(where: { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }) else { return value }
        return "\"" + value.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }
}
