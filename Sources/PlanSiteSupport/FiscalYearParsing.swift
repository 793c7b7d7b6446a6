import Foundation

extension FiscalYear {
    /// The Western year a fiscal year starts, from the ways people write it: `2013`, `2013年度`,
    /// `平成25年度`, `平成25`, `H25`, `令和元年度`, `R1` (full-width digits and letters too).
    /// `nil` for anything else, and for an era year the era never reached.
    public static func parse(_ written: String) -> Int? {
        var text = Substring(written.precomposedStringWithCompatibilityMapping.trimmingCharacters(in: .whitespaces))
        if text.hasSuffix("年度") { text = text.dropLast(2) } else if text.hasSuffix("年") { text = text.dropLast() }
        text = Substring(text.trimmingCharacters(in: .whitespaces))
        if let year = Int(text), text.allSatisfy(\.isASCII), (1868...2200).contains(year) { return year }
        let initials: [Character: String] = ["R": "令和", "H": "平成", "S": "昭和", "T": "大正", "M": "明治"]
        var era: (start: Int, name: String)?
        for candidate in eras where text.hasPrefix(candidate.name) {
            era = candidate
            text = text.dropFirst(candidate.name.count)
        }
        if era == nil, let first = text.first.map({ Character($0.uppercased()) }), let name = initials[first] {
            era = eras.first { $0.name == name }
            text = text.dropFirst()
            if text.hasPrefix(".") { text = text.dropFirst() }
        }
        guard let era else { return nil }
        text = Substring(text.trimmingCharacters(in: .whitespaces))
        let n = text == "元" ? 1 : Int(text).flatMap { text.allSatisfy(\.isASCII) ? $0 : nil }
        guard let n, n >= 1 else { return nil }
        let year = era.start + n - 1
        // The next era must not have begun before this year (平成31 is 2019, 平成32 never was).
        if let next = eras.last(where: { $0.start > era.start }), year > next.start { return nil }
        return year
    }
}
