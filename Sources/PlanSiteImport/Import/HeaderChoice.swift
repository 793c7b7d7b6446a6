import PlanSiteCore

/// Headings whose meaning depends on the rest of the header row, and the nearest known heading
/// for one that is not known.
enum HeaderChoice {
    /// `実績` is the indicator's actual figure beside 指標, 目標, 基準値 or 単位; in a sheet with
    /// none of those it is what was achieved: the action's result (unless a result column is
    /// there already).
    static func field(forHeader text: String, in texts: [String]) -> SpreadsheetField? {
        guard let field = SpreadsheetField.field(forHeader: text) else { return nil }
        guard field == .indicatorActual, SpreadsheetField.normalized(text) == SpreadsheetField.normalized("実績") else { return field }
        let others = texts.compactMap(SpreadsheetField.field(forHeader:))
        let indicatorParts: [SpreadsheetField] = [.indicatorName, .indicatorTarget, .indicatorBaseline, .indicatorUnit]
        if others.contains(where: indicatorParts.contains) { return field }
        let result = SpreadsheetField.allCases.first { $0.rawValue == "result" }!
        return others.contains(result) ? field : result
    }

    /// ` (did you mean "…"?)` for a close spelling; else the known headings that contain the
    /// text or that it contains, each with the field it fills; else the nearest by spelling.
    static func suggestion(for text: String) -> String {
        let close = SheetHeader.suggestion(for: text)
        if !close.isEmpty { return close }
        let wanted = SpreadsheetField.normalized(text)
        guard !wanted.isEmpty else { return "" }
        var related: [String] = []
        for field in SpreadsheetField.allCases {
            for header in field.japaneseHeaders {
                let known = SpreadsheetField.normalized(header)
                if known.contains(wanted) || wanted.contains(known) {
                    related.append("\(header) (\(field.rawValue))")
                    break
                }
            }
        }
        if !related.isEmpty { return " (the nearest: " + related.prefix(4).joined(separator: ", ") + ")" }
        var best: (header: String, field: String, distance: Int)?
        let target = Array(wanted.unicodeScalars)
        for field in SpreadsheetField.allCases {
            for header in field.japaneseHeaders {
                let distance = NearestMatch.editDistance(target, Array(SpreadsheetField.normalized(header).unicodeScalars))
                if best == nil || distance < best!.distance { best = (header, field.rawValue, distance) }
            }
        }
        return best.map { " (the nearest: \($0.header) (\($0.field)))" } ?? ""
    }
}
