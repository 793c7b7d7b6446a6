/// Japanese fiscal-year wording: `2013年度（平成25年度）`, `2019年度（令和元年度）`.
public enum FiscalYear {
    /// Eras by the Western year they began. A fiscal year takes the era that began in or before
    /// its first calendar year, so FY2019 (April 2019 – March 2020) is 令和元年度, as is the custom.
    package static let eras: [(start: Int, name: String)] = [(2019, "令和"), (1989, "平成"), (1926, "昭和"), (1912, "大正"), (1868, "明治")]

    /// `平成25年度`, or `nil` before 1868.
    public static func eraName(_ year: Int) -> String? {
        guard let era = eras.first(where: { year >= $0.start }) else { return nil }
        let n = year - era.start + 1
        return "\(era.name)\(n == 1 ? "元" : String(n))年度"
    }

    /// `2013年度（平成25年度）`.
    public static func label(_ year: Int) -> String {
        guard let era = eraName(year) else { return "\(year)年度" }
        return "\(year)年度（\(era)）"
    }
}
