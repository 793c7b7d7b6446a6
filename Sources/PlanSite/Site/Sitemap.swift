import PlanSiteCore
import PlanSiteSupport

/// `sitemap.xml`, written only when the report gives `base_url`.
enum Sitemap {
    static func encode(_ report: Report, baseURL: String) -> String {
        let base = baseURL.hasSuffix("/") ? baseURL : baseURL + "/"
        var paths = ["index.html"]
        paths += report.policies.map { "policies/\($0.id.value).html" }
        paths += ["print.html", "actions.html"]
        // The last revision of the report, else its publication: the date of every page.
        let date = (report[text: "updated"] ?? report[text: "published"]).flatMap { CalendarDate($0.value) }
        let lastmod = date.map { "<lastmod>\($0.iso)</lastmod>" } ?? ""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n"
        for path in paths {
            xml += "  <url><loc>\(MarkupEscaping.escape(base + path))</loc>\(lastmod)</url>\n"
        }
        xml += "</urlset>\n"
        return xml
    }
}
