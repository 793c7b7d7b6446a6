import CLibYAML
import PlanSiteSupport

extension ReportLoader {
    /// `fiscal_year` as the Western year (2013) or as people write it (平成25年度, H25,
    /// 令和元年度): the era forms are read as their Western year, with a note saying so.
    static func decodeFiscalYear(_ r: EventReader) throws -> Located<Int>? {
        guard r.kind == YAML_SCALAR_EVENT, !r.isNull, !(r.isPlainScalar && EventReader.isDecimalInteger(r.scalarText)) else {
            return try r.integer("fiscal_year")
        }
        let text = r.scalarText
        let at = r.position
        try r.advance()
        guard let year = FiscalYear.parse(text) else {
            r.log.error("fiscal_year: expected the year the fiscal year starts, written 2013, 平成25年度 or H25, found \"\(text)\"", at: at)
            return nil
        }
        r.log.note("fiscal_year \"\(text)\" is read as \(year); \"fiscal_year: \(year)\" says the same", at: at)
        return Located(year, at: at)
    }
}
