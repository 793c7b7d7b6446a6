import PlanSiteCore
import PlanSiteSupport

/// The words under a headline figure: how the figure is made (each status's weight, the
/// statuses left out) and how many actions were fully done. Built from the report's own
/// statuses and labels, so a report graded A–D reads as right as the seed's 実施/一部実施/未実施.
struct ProgressMethod {
    let statuses: [StatusDefinition]
    let labels: LabelSet

    /// `実施＝1、一部実施＝0.5、未実施＝0 として計算`, then `対象外は計算に含めない` when a
    /// status has no weight; `nil` when the report has no status.
    var explanation: String? {
        let separator = labels["list_separator"]
        let weighted = statuses.compactMap { status in
            status.weight.value.map { weight in
                fill(labels["progress_weight"], ["status": status.label.value, "weight": NumberFormat.decimal(weight)])
            }
        }
        let excluded = statuses.filter { $0.weight.value == nil }.map(\.label.value)
        var parts: [String] = []
        if !weighted.isEmpty { parts.append(fill(labels["progress_method"], ["weights": weighted.joined(separator: separator)])) }
        if !excluded.isEmpty { parts.append(fill(labels["progress_excluded"], ["statuses": excluded.joined(separator: separator)])) }
        return parts.isEmpty ? nil : parts.joined(separator: separator)
    }

    /// `実施は19件中 15件（79%）`: the actions whose status weighs 1 or more, of all actions;
    /// `nil` without actions or without such a status.
    func fullyDone(_ summary: ProgressSummary) -> String? {
        let full = statuses.filter { ($0.weight.value ?? 0) >= 1 }
        guard summary.total > 0, !full.isEmpty else { return nil }
        var keys = Set<String>()
        var names: [String] = []
        for status in full where keys.insert(status.key.value).inserted { names.append(status.label.value) }
        let count = keys.reduce(0) { $0 + summary.count(of: $1) }
        let unit = labels["count_unit"]
        return fill(
            labels["fully_done"],
            [
                "statuses": names.joined(separator: labels["list_separator"]), "total": String(summary.total), "count": String(count),
                "unit": unit, "percent": "\(ProgressSummary.roundedPercent(Double(count), of: summary.total))%",
            ])
    }

    /// A label with its `{name}` placeholders filled in, in one pass (a value that itself holds
    /// `{…}` is left as written).
    private func fill(_ template: String, _ values: [String: String]) -> String {
        var out = ""
        var rest = Substring(template)
        while let open = rest.firstIndex(of: "{") {
            out += rest[..<open]
            let after = rest[rest.index(after: open)...]
            if let close = after.firstIndex(of: "}"), let value = values[String(after[..<close])] {
                out += value
                rest = after[after.index(after: close)...]
            } else {
                out += "{"
                rest = after
            }
        }
        return out + rest
    }
}
