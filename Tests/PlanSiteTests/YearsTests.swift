import Foundation
import PlanSiteSupport
import Testing

@testable import PlanSite
@testable import PlanSiteCore

/// A plan over several years: the example of `Fixtures/years/` (the seed as 2013, then 2014 and
/// 2015 with changed statuses, new, ended and retitled actions), and the rules of the shape.
@Suite("Several years")
struct YearsTests {
    static let example = TestSupport.fixtures.appendingPathComponent("years")
    static let invalid = TestSupport.fixtures.appendingPathComponent("invalid-years")

    /// Builds the example in memory, as `build` does.
    static func build() throws -> (files: [String: String], diagnostics: [Diagnostic]) {
        guard case .severalYears(let input) = try ProjectReader.readProject(ProjectPaths(root: example)) else {
            Issue.record("the example is not read as a several-year project")
            return ([:], [])
        }
        let result = PlanGenerator.generate(input)
        var files: [String: String] = [:]
        for file in result.files where file.path.hasSuffix(".html") || file.path.hasPrefix("data/") {
            files[file.path] = String(decoding: try file.data(), as: UTF8.self)
        }
        return (files, result.diagnostics)
    }

    /// The percent of a year computed from the file's text alone: `status:` lines counted, not loaded.
    static func expectedPercent(_ year: Int) throws -> Int {
        let text = try String(contentsOf: example.appendingPathComponent("Content/years/\(year)/report.yml"), encoding: .utf8)
        var done = 0
        var partial = 0
        var total = 0
        for line in text.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            guard trimmed.hasPrefix("status: ") else { continue }
            total += 1
            if trimmed == "status: done" { done += 1 }
            if trimmed == "status: partial" { partial += 1 }
        }
        return Int((Double(done * 2 + partial) * 100 / Double(total * 2) + 0.5).rounded(.down))
    }

    @Test func everyYearPageShowsThatYearsProgress() throws {
        let (files, diagnostics) = try Self.build()
        #expect(!diagnostics.hasErrors, "\(diagnostics)")
        #expect(try [2013, 2014, 2015].map(Self.expectedPercent) == [84, 90, 93])
        for year in [2013, 2014, 2015] {
            let page = try #require(files["\(year)/index.html"])
            #expect(page.contains("<strong class=\"figure\">\(try Self.expectedPercent(year))%</strong>"), "\(year)")
            #expect(files["\(year)/print.html"] != nil)
            #expect(page.contains("href=\"../\(year)/index.html\" aria-current=\"page\""), "the switch marks \(year)")
        }
        let index = try #require(files["index.html"])
        for year in [2013, 2014, 2015] {
            #expect(
                index.contains(
                    "<a href=\"\(year)/index.html\">\(FiscalYearLabel.of(year))</a></th><td data-label=\"進捗率\"><strong>\(try Self.expectedPercent(year))%</strong>"
                ))
        }
    }

    /// The lists of the latest year's changes, exactly: ids in report order, by kind.
    @Test func theIndexListsExactlyWhatChangedInTheLatestYear() throws {
        let index = try #require(try Self.build().files["index.html"])
        func ids(_ kind: String) -> [String] {
            guard let start = index.range(of: "<h3 id=\"changes-\(kind)\">") else { return [] }
            let rest = index[start.upperBound...]
            let section = rest[..<(rest.range(of: "</div>")?.lowerBound ?? rest.endIndex)]
            return section.components(separatedBy: "#").dropFirst().map { String($0.prefix { $0 != "\"" }) }
        }
        #expect(ids("improved") == ["awareness-7", "sharing-2", "sharing-4"])
        #expect(ids("worse") == ["framework-1"])
        #expect(ids("new") == ["sharing-6"])
        #expect(ids("ended") == ["activity-2"])
        #expect(index.contains("href=\"2014/policies/activity.html#activity-2\""), "an ended action links to its last year")
    }

    @Test func theComparisonOfTwoYears() throws {
        let (files, _) = try Self.build()
        _ = files
        let input = try ProjectReader.readProject(ProjectPaths(root: Self.example))
        guard case .severalYears(let plan) = input else { return }
        let header = try #require(PlanLoader.load(plan.planBytes, file: "plan.yml").plan)
        let reports = plan.years.map { year in
            ReportValidator.validate(
                ReportLoader.load(year.input.reportBytes, file: "r", defaults: header.defaults(forYear: year.year)).report!,
                file: "r"
            ).report
        }
        let changes = YearComparison(previous: reports[0], current: reports[1])
        #expect(changes.entries(.improved).map(\.actionID) == ["awareness-6", "sharing-4", "activity-1"])
        #expect(changes.entries(.worse).map(\.actionID) == ["sharing-2"])
        #expect(changes.entries(.new).map(\.actionID) == ["awareness-7", "management-3"])
        #expect(changes.entries(.ended).map(\.actionID) == ["management-1"])
        // Inherited: the plan's title where the year gives none, the folder's year.
        #expect(reports[1].title.value == "市民協働（共働）推進アクションプラン")
        #expect(reports[1].fiscalYear.value == 2014)
        #expect(reports[0].title.value.hasPrefix("平成25年度"))
    }

    @Test func eachPolicyPageShowsEveryYearAndEachActionsStatusInEveryYear() throws {
        let files = try Self.build().files
        let sharing = try #require(files["policies/sharing.html"])
        // 2013: 3 done, 1 partial, 1 not started of 5 → 70%; 2014 the same; 2015: 5 done, 1 not started of 6 → 83%.
        for (year, percent) in [(2013, 70), (2014, 70), (2015, 83)] {
            #expect(
                sharing.contains(
                    "<a href=\"../\(year)/policies/sharing.html\">\(FiscalYearLabel.of(year))</a></th><td data-label=\"進捗率\"><strong>\(percent)%</strong>"
                ))
        }
        let row = try #require(sharing.components(separatedBy: "<tr id=\"sharing-2\">").dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(row.contains("一部実施") && row.contains("未実施") && row.contains(">実施</a>"))
        let new = try #require(sharing.components(separatedBy: "<tr id=\"sharing-6\">").dropFirst().first?.components(separatedBy: "</tr>").first)
        #expect(new.components(separatedBy: "対象外").count == 3, "absent in 2013 and 2014, in words")
        // A year's action shows its status in the nearest earlier year that has it; print none.
        func yearBefore(_ page: String, _ id: String) throws -> String? {
            let html = try #require(files[page])
            let row = try #require(html.components(separatedBy: "<tr id=\"\(id)\">").dropFirst().first?.components(separatedBy: "</tr>").first)
            return row.components(separatedBy: "<span class=\"year-before\">").dropFirst().first?.components(separatedBy: "</span></td>").first
        }
        #expect(
            try yearBefore("2015/policies/sharing.html", "sharing-2")
                == "<span class=\"visually-hidden\">前年度の状況</span>2014年度 <span aria-hidden=\"true\">□</span>未実施")
        #expect(try yearBefore("2014/policies/sharing.html", "sharing-2")?.contains("2013年度") == true)
        #expect(try yearBefore("2013/policies/sharing.html", "sharing-2") == nil, "the first year has no year before")
        #expect(try yearBefore("2015/policies/sharing.html", "sharing-6") == nil, "new in 2015: no year before")
        #expect(try #require(files["2013/print.html"]).contains("year-before") == false)
    }

    @Test func theDataHoldEveryYear() throws {
        let files = try Self.build().files
        let json = try #require(files["data/report.json"])
        let object = try #require(try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any])
        let years = try #require(object["years"] as? [[String: Any]])
        #expect(years.map { $0["fiscal_year"] as? Int } == [2013, 2014, 2015])
        #expect((object["plan"] as? [String: Any])?["title"] as? String == "市民協働（共働）推進アクションプラン")
        let csv = try #require(files["data/actions.csv"])
        let lines = csv.split(separator: "\r\n")
        #expect(lines.first?.hasPrefix("\u{FEFF}fiscal_year,policy_id,") == true)
        #expect(lines.count == 1 + 19 + 20 + 20)
        #expect(lines.dropFirst().allSatisfy { $0.hasPrefix("2013,") || $0.hasPrefix("2014,") || $0.hasPrefix("2015,") })
    }

    @Test func aRetitledIdIsAWarningAtItsTitle() throws {
        let diagnostics = try Self.build().diagnostics
        #expect(
            diagnostics.map(\.description).contains {
                $0.hasSuffix(
                    "Content/years/2015/report.yml:159:20: warning: the action \"management-3\" was titled \"平成26年度アクションプランの策定\" in 2014 and is \"平成27年度アクションプランの策定\" now; if it is another action, give it an id of its own"
                )
            })
        #expect(diagnostics.allSatisfy { $0.severity == .warning })
    }

    @Test func aRowInsertedAboveNamesTheIdThatHadTheTitle() {
        func report(_ titles: [String], ids: Bool) -> Report {
            let yaml =
                "title: t\nfiscal_year: 2013\npolicies:\n  - id: p\n    title: P\n    objectives:\n      - actions:\n"
                + titles.map { "          - title: \($0)\n            status: done\n" }.joined()
            return ReportValidator.validate(ReportLoader.load(Array(yaml.utf8), file: "r").report!, file: "r").report
        }
        let warnings = PlanChecks.warnings(
            [(2013, report(["A", "B"], ids: false)), (2014, report(["N", "A", "B"], ids: false))],
            files: ["y13", "y14"]
        ).map(\.description)
        #expect(
            warnings.contains {
                $0.contains("the action \"p-2\" was titled \"B\" in 2013 and is \"A\" now; in 2013 this title was the action \"p-1\"")
            })
        #expect(warnings.contains { $0.hasPrefix("y14:8:13: warning: 3 action(s) of 2014 have no id") })
    }

    /// Each folder of `Fixtures/invalid-years/` is a project; `expected.txt` the lines `check` prints.
    @Test(arguments: (try? FileManager.default.contentsOfDirectory(atPath: YearsTests.invalid.path).sorted()) ?? [])
    func invalidProjects(name: String) throws {
        let root = Self.invalid.appendingPathComponent(name)
        let prefix = ProjectPaths.display(root) + "/"
        let found = try SiteBuilder.check(ProjectPaths(root: root)).map { $0.description.replacingOccurrences(of: prefix, with: "") }
        let expected = try String(contentsOf: root.appendingPathComponent("expected.txt"), encoding: .utf8)
            .split(separator: "\n").map(String.init).filter { !$0.hasSuffix("warnings.") && !$0.hasSuffix("warning.") }
        #expect(found == expected)
    }
}

/// `2013年度（平成25年度）`, as the pages write a year.
enum FiscalYearLabel {
    static func of(_ year: Int) -> String { PlanSiteSupport.FiscalYear.label(year) }
}

/// The example's pages byte for byte (`Fixtures/years-golden/`); with PLANSITE_UPDATE_GOLDEN=1
/// the files are rewritten, for an intended change only.
@Suite("Golden files of the several-year example")
struct YearsGoldenTests {
    static let folder = TestSupport.fixtures.appendingPathComponent("years-golden")
    static let pages = [
        "index.html", "policies/sharing.html", "2015/index.html", "2015/policies/sharing.html", "2015/print.html",
        "404.html", "data/report.json", "data/actions.csv",
    ]

    @Test func examplePagesMatchGoldenFiles() throws {
        let files = try YearsTests.build().files
        let update = ProcessInfo.processInfo.environment["PLANSITE_UPDATE_GOLDEN"] == "1"
        for page in Self.pages {
            let url = Self.folder.appendingPathComponent(page)
            let built = try #require(files[page], "\(page) was not built")
            if update {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try Data(built.utf8).write(to: url)
            }
            let golden = try Data(contentsOf: url)
            #expect(Data(built.utf8) == golden, "\(page) differs from its golden file")
        }
    }
}
