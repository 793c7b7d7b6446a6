/// Numbers as the pages show them, formatted the same on every machine (no locale lookups).
package enum NumberFormat {
    /// `1,234`, `0.5`, `12.25`: grouping by thousands, at most two decimals, no trailing zeros.
    package static func decimal(_ value: Double) -> String {
        let negative = value < 0
        let hundredths = (abs(value) * 100).rounded()
        let whole = Int(hundredths / 100)
        let fraction = Int(hundredths) % 100
        var text = grouped(whole)
        if fraction != 0 {
            text += fraction % 10 == 0 ? ".\(fraction / 10)" : (fraction < 10 ? ".0\(fraction)" : ".\(fraction)")
        }
        return negative && hundredths != 0 ? "-" + text : text
    }

    package static func grouped(_ value: Int) -> String {
        let digits = String(value)
        var out = ""
        for (i, c) in digits.enumerated() {
            if i > 0, (digits.count - i) % 3 == 0 { out.append(",") }
            out.append(c)
        }
        return out
    }

    /// A plain decimal for data files (`26`, `0.5`), no grouping.
    package static func plain(_ value: Double) -> String {
        if value == value.rounded(), abs(value) < 1e15 { return String(Int(value)) }
        return String(value)
    }

    /// A bar length in percent for SVG attributes: at most three decimals (`78.947`).
    package static func length(_ value: Double) -> String {
        let thousandths = Int((value * 1000).rounded())
        let whole = thousandths / 1000
        var fraction = thousandths % 1000
        if fraction == 0 { return String(whole) }
        var digits = 3
        while fraction % 10 == 0 {
            fraction /= 10
            digits -= 1
        }
        let padded = String(repeating: "0", count: digits - String(fraction).count) + String(fraction)
        return "\(whole).\(padded)"
    }
}
