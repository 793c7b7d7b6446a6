import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore

/// A several-year site written a year at a time: the same files as the site kept in memory, a
/// page in every year for every policy of the plan, and the output left as it was on an error
/// found after some years were written.
@Suite("Several years written a year at a time")
struct YearByYearTests {
    /// The example with the policy `sharing` taken out of 2014 (its lines 58–97).
    static func exampleWithoutSharingIn2014() throws -> URL {
        let root = try NextYearTests.copy(YearsTests.example)
        let report = root.appendingPathComponent("Content/years/2014/report.yml")
        let lines = try String(contentsOf: report, encoding: .utf8).split(separator: "\n", omittingEmptySubsequences: false)
        #expect(lines[57] == "  - id: sharing" && lines[97] == "  - id: activity", "the example changed; update the line numbers")
        try (lines[..<57] + lines[97...]).joined(separator: "\n").write(to: report, atomically: true, encoding: .utf8)
        return root
    }

    /// Every file `build` wrote, by path.
    static func written(_ root: URL) throws -> [String: Data] {
        let output = root.appendingPathComponent("Output")
        _ = try SiteBuilder.build(ProjectPaths(root: root, output: output))
        var files: [String: Data] = [:]
        for path in ProjectReader.files(under: output) { files[path] = try Data(contentsOf: output.appendingPathComponent(path)) }
        return files
    }

    @Test func aYearWithoutAPolicyHasAPageSayingSoWhereEveryYearsSwitchLeads() throws {
        let root = try Self.exampleWithoutSharingIn2014()
        defer { try? FileManager.default.removeItem(at: root) }
        let built = try NextYearTests.build(root)
        #expect(!built.diagnostics.hasErrors, "\(built.diagnostics)")
        let files = built.files
        let absent = try #require(files["2014/policies/sharing.html"], "the page of 2014 without the policy")
        #expect(absent.contains("<p>\(FiscalYearLabel.of(2014))の報告には、この施策はありません。</p>"))
        #expect(absent.contains("<a href=\"../../policies/sharing.html\">この施策の年度ごとの記録</a>"))
        #expect(absent.contains("<a href=\"../index.html\">進捗の概要</a>"))
        #expect(absent.contains("<a href=\"../../2015/policies/sharing.html\">"), "its own switch leads to the years that have it")
        #expect(absent.contains("<meta name=\"robots\" content=\"noindex\">"))
        let year2014 = try #require(files["2014/index.html"])
        let name = try #require(year2014.components(separatedBy: "<title>").dropFirst().first?.components(separatedBy: "</title>").first)
        #expect(absent.contains("<title>施策2 情報を共有する！！ — \(name)</title>"), "the year's own name, as its other pages")
        for year in [2013, 2015] {
            let page = try #require(files["\(year)/policies/sharing.html"])
            #expect(page.contains("<a href=\"../../2014/policies/sharing.html\">"), "\(year)'s switch leads to 2014's page of the policy")
        }
        #expect(files["2013/policies/awareness.html"].map { !$0.contains("この施策はありません") } == true)
        // No page links to a file the site lacks.
        for (path, html) in files where path.hasSuffix(".html") {
            let folder = (path as NSString).deletingLastPathComponent
            for href in html.components(separatedBy: "href=\"").dropFirst().compactMap({ $0.split(separator: "\"").first }) {
                let target = String(href.prefix { $0 != "#" && $0 != "?" })
                guard !target.isEmpty, !target.contains(":") else { continue }
                var parts = folder.split(separator: "/").map(String.init)
                for part in target.split(separator: "/") {
                    if part == ".." { _ = parts.popLast() } else if part != "." { parts.append(String(part)) }
                }
                let resolved = parts.joined(separator: "/")
                #expect(files[resolved] != nil, "\(path) links to \(href), which the site lacks")
            }
        }
    }

    @Test func thePageOfAnAbsentPolicyIsNotInTheSitemap() throws {
        let root = try Self.exampleWithoutSharingIn2014()
        defer { try? FileManager.default.removeItem(at: root) }
        let plan = root.appendingPathComponent("Content/plan.yml")
        try (String(contentsOf: plan, encoding: .utf8) + "base_url: https://www.city.example.jp/plan\n").write(
            to: plan, atomically: true, encoding: .utf8)
        let sitemap = try #require(try NextYearTests.build(root).files["sitemap.xml"])
        #expect(!sitemap.contains("/2014/policies/sharing.html"))
        #expect(sitemap.contains("/2013/policies/sharing.html") && sitemap.contains("/2014/policies/activity.html"))
    }

    @Test func buildWritesTheSameFilesAsTheSiteKeptInMemory() throws {
        let root = try Self.exampleWithoutSharingIn2014()
        defer { try? FileManager.default.removeItem(at: root) }
        guard case .severalYears(let input) = try ProjectReader.readProject(ProjectPaths(root: root)) else {
            Issue.record("not read as several years")
            return
        }
        var held: [String: Data] = [:]
        for file in PlanGenerator.generate(input).files { held[file.path] = try file.data() }
        let written = try Self.written(root)
        #expect(written.keys.sorted() == held.keys.sorted())
        for (path, bytes) in held { #expect(written[path] == bytes, "\(path) differs") }
    }

    @Test func anErrorInTheLastYearLeavesTheOutputAsItWas() throws {
        let root = try NextYearTests.copy(YearsTests.example)
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try Self.written(root)
        let report = root.appendingPathComponent("Content/years/2015/report.yml")
        try (String(contentsOf: report, encoding: .utf8).replacingOccurrences(of: "status: done", with: "status: dnoe")).write(
            to: report, atomically: true, encoding: .utf8)
        #expect(throws: SiteBuilder.Failure.self) { try SiteBuilder.build(ProjectPaths(root: root, output: root.appendingPathComponent("Output"))) }
        let output = root.appendingPathComponent("Output")
        var after: [String: Data] = [:]
        for path in ProjectReader.files(under: output) { after[path] = try Data(contentsOf: output.appendingPathComponent(path)) }
        #expect(after == before, "the previous site is untouched")
        let beside = try FileManager.default.contentsOfDirectory(atPath: root.path)
        #expect(!beside.contains { $0.hasPrefix(".Output.plansite-new") }, "the years written before the error are removed: \(beside)")
    }

    @Test func aYearsOwnLanguageAndLabelsApplyToItsPageOfAnAbsentPolicy() throws {
        let root = try Self.exampleWithoutSharingIn2014()
        defer { try? FileManager.default.removeItem(at: root) }
        let report = root.appendingPathComponent("Content/years/2014/report.yml")
        try ("language: en\nlabels:\n  policy_record: The record of this policy\n" + String(contentsOf: report, encoding: .utf8)).write(
            to: report, atomically: true, encoding: .utf8)
        let built = try NextYearTests.build(root)
        #expect(!built.diagnostics.hasErrors, "\(built.diagnostics)")
        let absent = try #require(built.files["2014/policies/sharing.html"])
        #expect(absent.contains("<html lang=\"en\">"))
        #expect(absent.contains("The report of FY2014 does not include this policy."))
        #expect(absent.contains(">The record of this policy</a>"))
        #expect(try #require(built.files["2013/policies/sharing.html"]).contains("<html lang=\"ja\">"))
    }

    @Test func errorsInTwoYearsAreAllReportedAndNothingIsWritten() throws {
        let root = try NextYearTests.copy(YearsTests.example)
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try Self.written(root)
        for year in [2014, 2015] {
            let report = root.appendingPathComponent("Content/years/\(year)/report.yml")
            try (String(contentsOf: report, encoding: .utf8).replacingOccurrences(of: "status: partial", with: "status: parital")).write(
                to: report, atomically: true, encoding: .utf8)
        }
        do {
            _ = try SiteBuilder.build(ProjectPaths(root: root, output: root.appendingPathComponent("Output")))
            Issue.record("the build succeeded")
        } catch .content(let diagnostics) {
            let files = Set(
                diagnostics.filter { $0.severity == .error }.map {
                    ($0.file as NSString).lastPathComponent + ($0.file.contains("2014") ? "14" : "15")
                })
            #expect(files == ["report.yml14", "report.yml15"], "\(diagnostics)")
        } catch {
            Issue.record("\(error)")
        }
        let output = root.appendingPathComponent("Output")
        var after: [String: Data] = [:]
        for path in ProjectReader.files(under: output) { after[path] = try Data(contentsOf: output.appendingPathComponent(path)) }
        #expect(after == before)
        #expect(!(try FileManager.default.contentsOfDirectory(atPath: root.path)).contains { $0.hasPrefix(".Output.plansite-new") })
    }
}
