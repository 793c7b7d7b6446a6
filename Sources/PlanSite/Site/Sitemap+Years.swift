import PlanSiteCore
import PlanSiteSupport

extension Sitemap {
    /// `sitemap.xml` of a several-year plan: the pages across years, then each year's pages under
    /// `<YYYY>/` dated by that year's `updated` or `published`; the pages across years carry the
    /// latest of those dates.
    static func encode(policyIDs: [String], years: [(year: Int, report: Report)], baseURL: String) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        func date(_ report: Report) -> CalendarDate? {
            (report[text: "updated"] ?? report[text: "published"]).flatMap { CalendarDate($0.value) }
        }
        var entries: [(path: String, date: CalendarDate?)] = []
        let latest = years.compactMap { date($0.report) }.max { $0.iso < $1.iso }
        entries.append(("index.html", latest))
        entries += policyIDs.map { ("policies/\($0).html", latest) }
        for (year, report) in years {
            let dated = date(report)
            entries.append(("\(year)/index.html", dated))
            entries += report.policies.map { ("\(year)/policies/\($0.id.value).html", dated) }
            entries.append(("\(year)/print.html", dated))
            entries.append(("\(year)/actions.html", dated))
        }
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for entry in entries {
            let lastmod = entry.date.map { "<lastmod>\($0.iso)</lastmod>" } ?? ""
            xml += "  <url><loc>\(MarkupEscaping.escape(base + entry.path))</loc>\(lastmod)</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
