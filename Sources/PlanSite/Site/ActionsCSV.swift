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
        var out: [UInt8] = []
        if header { out += Array(("\u{FEFF}" + (yearColumn ? "fiscal_year," : "") + columns.joined(separator: ",") + "\r\n").utf8) }
        let year = Array((yearColumn ? "\(report.fiscalYear.value)," : "").utf8)
        var labels: [String: String] = [:]
        for status in report.statuses where labels[status.key.value] == nil { labels[status.key.value] = status.label.value }
        out.reserveCapacity(1 << 20 + 1 << 16)
        for policy in report.policies {
            for objective in policy.objectives {
                for action in objective.actions {
                    out += year
                    for (c, value) in cellValues.enumerated() {
                        if c > 0 { out.append(UInt8(ascii: ",")) }
                        appendCell(value(action, objective, policy, labels), to: &out)
                    }
                    out += [0x0D, 0x0A]
                    if out.count >= 1 << 20 {
                        sink.write(out)
                        out.removeAll(keepingCapacity: true)
                    }
                }
            }
        }
        sink.write(out)
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
        var bytes: [UInt8] = []
        appendCell(value, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// `cell(value)` appended as bytes (the rows are gathered as bytes: building them as a
    /// `String`, with a new array for the formula check of every cell, was 7 % of a build).
    static func appendCell(_ value: String, to out: inout [UInt8]) {
        var value = value
        value.withUTF8 { bytes in
            // The formula starters are all ASCII: the first scalar is one of them exactly when the first byte is.
            let formula: Bool
            switch bytes.first {
            case UInt8(ascii: "="), UInt8(ascii: "+"), UInt8(ascii: "-"), UInt8(ascii: "@"), 0x09, 0x0D: formula = true
            default: formula = false
            }
            let quoted = bytes.contains { $0 == 0x2C || $0 == 0x22 || $0 == 0x0A || $0 == 0x0D }
            if quoted { out.append(0x22) }
            if formula { out.append(UInt8(ascii: "'")) }
            if quoted {
                for byte in bytes {
                    out.append(byte)
                    if byte == 0x22 { out.append(0x22) }
                }
                out.append(0x22)
            } else {
                out.append(contentsOf: bytes)
            }
        }
    }
}
