import Foundation
import PlanSiteCore
import PlanSiteSupport

/// `data/actions.csv`: one row per action, UTF-8 with a BOM so Excel opens it as UTF-8.
/// The columns are the contract's; `plansite import` reads the same layout back.
public enum ActionsCSV {
    public static let columns = SpreadsheetField.csvColumns.map(\.rawValue)

    public static func encode(_ report: Report) -> [UInt8] {
        let sink = ByteSink()
        encode(report, into: sink)
        return sink.collected
    }

    /// Streams the CSV into `sink` in pieces of about a megabyte. A year of a several-year plan
    /// writes its year first on every row (`yearColumn`), and only the first year the header.
    public static func encode(_ report: Report, into sink: ByteSink, yearColumn: Bool = false, header: Bool = true) {
        var out = ""
        if header { out = "\u{FEFF}" + (yearColumn ? "fiscal_year," : "") + columns.joined(separator: ",") + "\r\n" }
        let year = yearColumn ? "\(report.fiscalYear.value)," : ""
        var labels: [String: String] = [:]
        for status in report.statuses where labels[status.key.value] == nil { labels[status.key.value] = status.label.value }
        for policy in report.policies {
            for objective in policy.objectives {
                for action in objective.actions {
                    out += year
                    for (c, value) in cellValues.enumerated() {
                        if c > 0 { out += "," }
                        out += cell(value(action, objective, policy, labels))
                    }
                    out += "\r\n"
                    if out.utf8.count >= 1 << 20 {
                        sink.write(Array(out.utf8))
                        out = ""
                    }
                }
            }
        }
        sink.write(Array(out.utf8))
    }

    typealias CellValue = @Sendable (Action, Objective, Policy, _ statusLabels: [String: String]) -> String

    /// How each column's text is found, decided once per column rather than once per cell.
    static let cellValues: [CellValue] = SpreadsheetField.csvColumns.map(cellValue)

    static func cellValue(_ column: SpreadsheetField) -> CellValue {
        if let slot = column.textSlot { return { a, _, _, _ in a.texts[slot]?.value ?? "" } }
        switch column {
        case .policyID: return { _, _, p, _ in p.id.value }
        case .policyTitle: return { _, _, p, _ in p.title.value }
        case .objective: return { _, o, _, _ in o.title?.value ?? "" }
        case .id: return { a, _, _, _ in a.id?.value ?? "" }
        case .actor: return { a, _, _, _ in a.actor?.value ?? "" }
        case .title: return { a, _, _, _ in a.title.value }
        case .status: return { a, _, _, _ in a.status.value }
        case .statusLabel: return { a, _, _, labels in labels[a.status.value] ?? "" }
        case .indicatorName: return { a, _, _, _ in a.indicator?.name.value ?? "" }
        case .indicatorTarget: return { a, _, _, _ in a.indicator?.target.map { NumberFormat.plain($0.value) } ?? "" }
        case .indicatorActual: return { a, _, _, _ in a.indicator?.actual.map { NumberFormat.plain($0.value) } ?? "" }
        case .indicatorBaseline: return { a, _, _, _ in a.indicator?.baseline.map { NumberFormat.plain($0.value) } ?? "" }
        case .indicatorUnit: return { a, _, _, _ in a.indicator?.unit?.value ?? "" }
        default: preconditionFailure("no value for the column \(column.rawValue)")
        }
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
