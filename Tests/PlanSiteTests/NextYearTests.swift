import Foundation
import PlanSiteSupport
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport

/// `plansite next-year` and `init --years`: the next year written from the latest, a one-year
/// project turned into a several-year one without losing a byte when anything fails part-way.
@Suite("Next year")
struct NextYearTests {
    /// A fresh copy of a project folder (the seed's root when `from` is nil) in a temporary folder.
    static func copy(_ from: URL? = nil) throws -> URL {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("next-year-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: root, withIntermediateDirectories: true)
        let source = from ?? TestSupport.repository
        try FileManager.default.copyItem(at: source.appendingPathComponent("Content"), to: root.appendingPathComponent("Content"))
        return root
    }

    /// Every file under `root`, hidden ones too, by relative path: what "as it was" means.
    static func snapshot(_ root: URL) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let walker = FileManager.default.enumerator(at: root, includingPropertiesForKeys: [.isRegularFileKey]) else { return files }
        for case let url as URL in walker {
            guard (try? url.resourceValues(forKeys: [.isRegularFileKey]))?.isRegularFile == true else { continue }
            files[String(url.standardizedFileURL.path.dropFirst(root.standardizedFileURL.path.count))] = try? Data(contentsOf: url)
        }
        return files
    }

    /// Builds a project in memory; fails the test on any error.
    static func build(_ root: URL) throws -> (files: [String: String], diagnostics: [Diagnostic]) {
        let result: SiteGenerator.Result
        switch try ProjectReader.readProject(ProjectPaths(root: root)) {
        case .oneYear(let input): result = SiteGenerator.generate(input)
        case .severalYears(let input): result = PlanGenerator.generate(input)
        }
        var files: [String: String] = [:]
        for file in result.files { files[file.path] = String(decoding: try file.data(), as: UTF8.self) }
        return (files, result.diagnostics)
    }

    /// A year's file loaded with what it inherits from plan.yml, checked, and written out whole:
    /// two reports with the same text here are the same report.
    static func yearText(_ root: URL, _ year: Int) throws -> String {
        let plan = try NextYear.loadPlan(root.appendingPathComponent("Content/plan.yml"))
        let report = try NextYear.loadReport(root.appendingPathComponent("Content/years/\(year)/report.yml"), defaults: plan.defaults(forYear: year))
        return YAMLWriter.encode(report)
    }

    /// The first line where two texts differ, for the failure message.
    static func firstDifference(_ a: String, _ b: String) -> String {
        let (x, y) = (a.split(separator: "\n", omittingEmptySubsequences: false), b.split(separator: "\n", omittingEmptySubsequences: false))
        for i in 0..<max(x.count, y.count) where i >= x.count || i >= y.count || x[i] != y[i] {
            return "line \(i + 1): \(i < x.count ? String(x[i]) : "—") | \(i < y.count ? String(y[i]) : "—")"
        }
        return "same"
    }

    static func seedText() throws -> String {
        YAMLWriter.encode(try NextYear.loadReport(TestSupport.repository.appendingPathComponent("Content/report.yml"), defaults: nil))
    }

    @Test func theSeedIsConvertedAndTheResultBuilds() throws {
        let root = try Self.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let summary = try NextYear.run(content: root.appendingPathComponent("Content"))
        #expect(summary.converted && summary.previousYear == 2013 && summary.year == 2014)
        #expect(summary.actionCount == 19 && summary.narrativeCount == 5)
        let fm = FileManager.default
        #expect(!fm.fileExists(atPath: root.appendingPathComponent("Content/report.yml").path))
        #expect(!fm.fileExists(atPath: root.appendingPathComponent("Content/policies").path))
        for file in [
            "plan.yml", "years/2013/report.yml", "years/2014/report.yml", "years/2013/policies/activity.md", "years/2014/policies/sharing.md",
        ] {
            #expect(fm.fileExists(atPath: root.appendingPathComponent("Content/\(file)").path), "\(file)")
        }
        // Nothing is left beside Content/.
        #expect(try fm.contentsOfDirectory(atPath: root.path) == ["Content"])
        let plan = try String(contentsOf: root.appendingPathComponent("Content/plan.yml"), encoding: .utf8)
        #expect(plan.hasPrefix("title: 市民協働（共働）推進アクションプラン 実施結果\n"))
        #expect(plan.contains("statuses:\n  done: { label: 実施, weight: 1 }"))
        let year = try String(contentsOf: root.appendingPathComponent("Content/years/2014/report.yml"), encoding: .utf8)
        #expect(year.contains("title: 平成26年度 市民協働（共働）推進アクションプラン 実施結果\nfiscal_year: 2014\n"))
        #expect(!year.contains("statuses:") && !year.contains("published:"))
        // Every action's id written out.
        #expect(year.components(separatedBy: "          - id: ").count - 1 == 19)

        let built = try Self.build(root)
        #expect(!built.diagnostics.hasErrors, "\(built.diagnostics)")
        #expect(built.files["2013/index.html"] != nil && built.files["2014/policies/framework.html"] != nil)
        // The narratives' link to another policy still works from the year folder.
        #expect(built.files["2014/policies/activity.html"]?.contains("href=\"framework.html\"") == true)
    }

    /// The converted year loads back with the plan into the report it was; the new year into the
    /// same report with its year (and title) moved on and no dates.
    @Test func theWrittenYearsLoadBackIdentical() throws {
        let root = try Self.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        try NextYear.run(content: root.appendingPathComponent("Content"))
        let seed = try Self.seedText()
        #expect(try Self.yearText(root, 2013) == seed)
        let next = seed.replacingOccurrences(of: "fiscal_year: 2013", with: "fiscal_year: 2014")
            .replacingOccurrences(of: "title: 平成25年度 ", with: "title: 平成26年度 ")
            .replacingOccurrences(of: "published: 2014-06-30\n", with: "")
        #expect(next != seed)
        let written = try Self.yearText(root, 2014)
        #expect(written == next, "\(Self.firstDifference(written, next))")

        // A year added to a several-year project the same way.
        try NextYear.run(content: root.appendingPathComponent("Content"))
        let third = try Self.yearText(root, 2015)
        let expected = next.replacingOccurrences(of: "fiscal_year: 2014", with: "fiscal_year: 2015")
            .replacingOccurrences(of: "title: 平成26年度 ", with: "title: 平成27年度 ")
        #expect(third == expected, "\(Self.firstDifference(third, expected))")
    }

    @Test func aYearIsAddedToTheExample() throws {
        let root = try Self.copy(YearsTests.example)
        defer { try? FileManager.default.removeItem(at: root) }
        // The example's period ends with 2015: next-year says so and changes nothing.
        let planURL = root.appendingPathComponent("Content/plan.yml")
        let untouched = Self.snapshot(root)
        do {
            try NextYear.run(content: root.appendingPathComponent("Content"))
            Issue.record("a year outside the period was added")
        } catch .content(let diagnostics) {
            #expect(
                diagnostics.map(\.description) == [
                    "\(ProjectPaths.display(planURL)):4:27: the plan's period ends with 2015; to add 2016, set period.to to 2016 or later first"
                ])
        } catch {
            Issue.record("\(error)")
        }
        #expect(Self.snapshot(root) == untouched)
        try (String(contentsOf: planURL, encoding: .utf8).replacingOccurrences(of: "to: 2015", with: "to: 2020"))
            .write(to: planURL, atomically: true, encoding: .utf8)
        let summary = try NextYear.run(content: root.appendingPathComponent("Content"))
        #expect(!summary.converted && summary.previousYear == 2015 && summary.year == 2016)
        let latest = try Self.yearText(root, 2015)
        let expected = latest.replacingOccurrences(of: "fiscal_year: 2015", with: "fiscal_year: 2016")
            .replacingOccurrences(of: "published: \"2016-06-30\"\n", with: "")
        let written = try Self.yearText(root, 2016)
        #expect(written == expected, "\(Self.firstDifference(written, expected))")
        // What 2015 inherits stays in plan.yml: the new year does not repeat it.
        let text = try String(contentsOf: root.appendingPathComponent("Content/years/2016/report.yml"), encoding: .utf8)
        #expect(!text.contains("actors:") && !text.contains("organization:") && !text.contains("\ntitle:"))
        // The example's 2015 has no narratives; 2014's are not copied into 2016.
        #expect(summary.narrativeCount == 0)
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Content/years/2016/policies").path))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: root.appendingPathComponent("Content/years").path).sorted()
                == ["2013", "2014", "2015", "2016"])
        let built = try Self.build(root)
        #expect(!built.diagnostics.hasErrors, "\(built.diagnostics)")
        #expect(built.files["2016/index.html"] != nil)
        // Adding 2016 changes no address of the years before.
        let before = try Self.build(YearsTests.example)
        #expect(Set(before.files.keys).subtracting(built.files.keys).isEmpty)

        // The year exists now: a second run changes nothing… but writes 2017 from 2016.
        let again = try NextYear.run(content: root.appendingPathComponent("Content"))
        #expect(again.year == 2017)
    }

    @Test func anExistingYearOrContentErrorsChangeNothing() throws {
        let root = try Self.copy(YearsTests.example)
        defer { try? FileManager.default.removeItem(at: root) }
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Content/years/2016"), withIntermediateDirectories: true)
        let before = Self.snapshot(root)
        #expect(throws: NextYear.Failure.self) { try NextYear.run(content: root.appendingPathComponent("Content")) }
        #expect(Self.snapshot(root) == before)

        let broken = try Self.copy()
        defer { try? FileManager.default.removeItem(at: broken) }
        let report = broken.appendingPathComponent("Content/report.yml")
        try (String(contentsOf: report, encoding: .utf8).replacingOccurrences(of: "status: done", with: "status: donee", options: [], range: nil))
            .write(to: report, atomically: true, encoding: .utf8)
        let was = Self.snapshot(broken)
        do {
            try NextYear.run(content: broken.appendingPathComponent("Content"))
            Issue.record("a report with errors was converted")
        } catch .content(let diagnostics) {
            #expect(diagnostics.contains { $0.message.contains("donee") && $0.file.hasSuffix("Content/report.yml") })
        } catch {
            Issue.record("\(error)")
        }
        #expect(Self.snapshot(broken) == was)
    }

    /// A failure before every file the conversion stages: each time the project is as it was,
    /// byte for byte, and nothing is left beside Content/.
    @Test func aFailureAtAnyPointLeavesTheProjectAsItWas() throws {
        struct Injected: Error {}
        let root = try Self.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        // An asset, to be carried over too.
        try FileManager.default.createDirectory(at: root.appendingPathComponent("Content/assets"), withIntermediateDirectories: true)
        try Data([1, 2, 3]).write(to: root.appendingPathComponent("Content/assets/map.png"))
        let before = Self.snapshot(root)
        var point = 0
        while true {
            do {
                try NextYear.run(content: root.appendingPathComponent("Content")) { if $0 == point { throw Injected() } }
                break
            } catch {
                #expect(Self.snapshot(root) == before, "failure before file \(point)")
                point += 1
            }
        }
        // 1 asset folder, plan.yml, two years of report.yml and five narratives, the swap.
        #expect(point == 15)
        #expect(FileManager.default.fileExists(atPath: root.appendingPathComponent("Content/assets/map.png").path))
        #expect(!FileManager.default.fileExists(atPath: root.appendingPathComponent("Content/report.yml").path))
    }

    /// The process killed part-way (SIGKILL, no clean-up): the content is as it was; the next run
    /// clears the unfinished stage and converts.
    @Test func aKilledRunLeavesTheContentAsItWas() throws {
        let binary = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent().appendingPathComponent("plansite")
        let plansite =
            FileManager.default.fileExists(atPath: binary.path)
            ? binary
            : TestSupport.repository.appendingPathComponent(".build/debug/plansite")
        try #require(FileManager.default.isExecutableFile(atPath: plansite.path), "plansite is built with the tests")
        let root = try Self.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let before = Self.snapshot(root.appendingPathComponent("Content"))
        let process = Process()
        process.executableURL = plansite
        process.arguments = ["next-year", root.path]
        process.environment = ["PLANSITE_NEXT_YEAR_PAUSE_AFTER": "4"]
        try process.run()
        let stage = root.appendingPathComponent(".Content.next-year")
        let deadline = Date().addingTimeInterval(30)
        while !FileManager.default.fileExists(atPath: stage.appendingPathComponent("years/2013/policies").path), Date() < deadline {
            usleep(20_000)
        }
        usleep(200_000)
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        #expect(process.terminationReason == .uncaughtSignal)
        #expect(FileManager.default.fileExists(atPath: stage.path), "killed while staging")
        #expect(Self.snapshot(root.appendingPathComponent("Content")) == before)

        try NextYear.run(content: root.appendingPathComponent("Content"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: root.path) == ["Content"])
        #expect(try Self.yearText(root, 2013) == Self.seedText())
    }

    /// Links that leave a narrative's folder gain the two folders it moved down; the built pages
    /// reach the asset from `<YYYY>/policies/`.
    @Test func movedNarrativesStillReachTheAssets() throws {
        let root = try Self.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try FileManager.default.createDirectory(at: content.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data([1]).write(to: content.appendingPathComponent("assets/map.png"))
        let narrative = content.appendingPathComponent("policies/sharing.md")
        try (String(contentsOf: narrative, encoding: .utf8) + "\n![地図](../assets/map.png)\n\n[活動](activity.md)\n\n[地図]: ../assets/map.png\n")
            .write(to: narrative, atomically: true, encoding: .utf8)
        #expect(!(try Self.build(root).diagnostics.hasErrors))
        try NextYear.run(content: content)
        let moved = try String(contentsOf: content.appendingPathComponent("years/2014/policies/sharing.md"), encoding: .utf8)
        #expect(
            moved.contains("![地図](../../../assets/map.png)") && moved.contains("[活動](activity.md)")
                && moved.contains("[地図]: ../../../assets/map.png"))
        let built = try Self.build(root)
        #expect(!built.diagnostics.hasErrors, "\(built.diagnostics)")
        #expect(built.files["2014/policies/sharing.html"]?.contains("src=\"../../assets/map.png\"") == true)
        #expect(built.files["2014/print.html"]?.contains("src=\"../assets/map.png\"") == true)
    }

    @Test func movedLinksRewriteOnlyWhatLeavesTheFolder() {
        #expect(
            MovedLinks.narrative("[a](../assets/a.png) [b](b.md) [c](https://x/../y) <img src=\"../assets/c.png\"> [d](<../assets/d e.png>)")
                == "[a](../../../assets/a.png) [b](b.md) [c](https://x/../y) <img src=\"../../../assets/c.png\"> [d](<../../../assets/d e.png>)")
        #expect(MovedLinks.field("[表](assets/t.pdf)と[他](policies/x.md)") == "[表](../../assets/t.pdf)と[他](policies/x.md)")
    }

    @Test func initYearsBuildsAtOnce() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("init-years-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let files = try ProjectScaffold.create(at: root, years: true)
        #expect(files.contains("Content/plan.yml") && files.contains("Content/years/2024/report.yml"))
        #expect(!files.contains("Content/report.yml"))
        let built = try Self.build(root)
        #expect(built.diagnostics.isEmpty, "\(built.diagnostics)")
        #expect(built.files["index.html"]?.contains("市民協働推進アクションプラン") == true)
        #expect(built.files["2023/index.html"] != nil && built.files["2024/policies/information.html"] != nil)
        // Two actions improved from 2023 to 2024.
        let changes = try #require(built.files["index.html"])
        #expect(changes.contains("participation.html#participation-2") && changes.contains("information.html#information-1"))
        // And next-year continues it.
        try NextYear.run(content: root.appendingPathComponent("Content"))
        #expect(!(try Self.build(root).diagnostics.hasErrors))
    }
}
