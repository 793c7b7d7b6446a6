import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore

/// A year's Markdown resolved from where its files sit (`years/<YYYY>/`), and the sitemap of a
/// several-year site.
@Suite("Links and sitemap of several years")
struct YearLinksTests {
    let year = LinkResolver(assetPaths: ["assets/map.png"], policyIDs: ["framework", "activity"], folder: ["years", "2014"])

    @Test func aYearsNarrativeReachesTheSharedAssetsThreeFoldersUp() {
        #expect(year.resolve("../../../assets/map.png", from: ["policies"]) == .success(.asset(path: "../assets/map.png", suffix: "")))
        #expect(year.resolve("../../assets/map.png", from: ["policies"]) == .failure(.missing(suggestion: "../../../assets/map.png")))
        #expect(year.resolve("../assets/map.png", from: ["policies"]) == .failure(.missing(suggestion: "../../../assets/map.png")))
        #expect(year.resolve("../../../../assets/map.png", from: ["policies"]) == .failure(.outsideContent))
        #expect(year.resolve("framework.md#a", from: ["policies"]) == .success(.policy(id: "framework", fragment: "#a")))
        #expect(year.resolve("framewrk.md", from: ["policies"]) == .failure(.missing(suggestion: "framework.md")))
        // From the year's report.yml, two folders down.
        #expect(year.resolve("../../assets/map.png", from: []) == .success(.asset(path: "../assets/map.png", suffix: "")))
        #expect(year.resolve("policies/activity.md", from: []) == .success(.policy(id: "activity", fragment: "")))
        // A one-year project is as it was.
        let one = LinkResolver(assetPaths: ["assets/map.png"], policyIDs: ["framework"])
        #expect(one.resolve("../assets/map.png", from: ["policies"]) == .success(.asset(path: "assets/map.png", suffix: "")))
    }

    /// The asset's address from each page of a year: `<YYYY>/index.html`, `<YYYY>/policies/…`.
    @Test func aYearsPagesLinkTheAssetFromTheirFolder() throws {
        let root = try NextYearTests.copy(YearsTests.example)
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data([1]).write(to: content.appendingPathComponent("assets/map.png"))
        let narrative = content.appendingPathComponent("years/2014/policies/framework.md")
        try ("![地図](../../../assets/map.png)\n\n[誤り](../../assets/map.png)\n").write(to: narrative, atomically: true, encoding: .utf8)
        let built = try NextYearTests.build(root)
        let errors = built.diagnostics.filter { $0.severity == .error }
        #expect(errors.count == 1)
        #expect(errors.first?.file.hasSuffix("years/2014/policies/framework.md") == true)
        #expect(errors.first?.message.contains("\"../../../assets/map.png\"") == true, "\(errors)")

        try "![地図](../../../assets/map.png)\n".write(to: narrative, atomically: true, encoding: .utf8)
        let fixed = try NextYearTests.build(root)
        #expect(!fixed.diagnostics.hasErrors, "\(fixed.diagnostics)")
        #expect(fixed.files["2014/policies/framework.html"]?.contains("src=\"../../assets/map.png\"") == true)
        #expect(fixed.files["2014/print.html"]?.contains("src=\"../assets/map.png\"") == true)
    }

    @Test func aSeveralYearSiteWithBaseURLHasASitemapOfEveryPage() throws {
        let root = try NextYearTests.copy(YearsTests.example)
        defer { try? FileManager.default.removeItem(at: root) }
        #expect(try NextYearTests.build(root).files["sitemap.xml"] == nil)
        let plan = root.appendingPathComponent("Content/plan.yml")
        try (String(contentsOf: plan, encoding: .utf8) + "base_url: https://www.city.example.jp/plan\n").write(
            to: plan, atomically: true, encoding: .utf8)
        let built = try NextYearTests.build(root)
        let sitemap = try #require(built.files["sitemap.xml"])
        let pages = built.files.keys.filter { $0.hasSuffix(".html") && $0 != "404.html" }.sorted()
        let locs = sitemap.split(separator: "\n").compactMap { line -> String? in
            guard let start = line.range(of: "<loc>"), let end = line.range(of: "</loc>") else { return nil }
            return String(line[start.upperBound..<end.lowerBound])
        }
        #expect(locs.sorted() == pages.map { "https://www.city.example.jp/plan/\($0)" })
        #expect(locs.first == "https://www.city.example.jp/plan/index.html")
        // Each year's pages dated by that year's publication; the pages across years by the latest.
        #expect(sitemap.contains("<loc>https://www.city.example.jp/plan/2014/index.html</loc><lastmod>2015-06-30</lastmod>"))
        #expect(sitemap.contains("<loc>https://www.city.example.jp/plan/index.html</loc><lastmod>2016-06-30</lastmod>"))
    }
}
