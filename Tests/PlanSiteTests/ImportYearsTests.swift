import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport

/// `plansite import` of the `data/actions.csv` of a several-year site: a report.yml per year.
@Suite("Import of several years")
struct ImportYearsTests {
    /// The example built, its actions.csv written into `root`.
    static func exportedCSV(_ root: URL) throws -> URL {
        let built = try NextYearTests.build(root)
        let csv = root.appendingPathComponent("actions.csv")
        try #require(built.files["data/actions.csv"] != nil)
        try Data(built.files["data/actions.csv"]!.utf8).write(to: csv)
        return csv
    }

    @Test func buildExportImportBuildGivesTheSameSite() throws {
        let root = try NextYearTests.copy(YearsTests.example)
        defer { try? FileManager.default.removeItem(at: root) }
        let before = try NextYearTests.build(root)
        let csv = try Self.exportedCSV(root)
        #expect(try Data(contentsOf: csv).starts(with: Data("\u{FEFF}fiscal_year,policy_id,".utf8)))
        #expect(YearsImport.isSeveralYears(csv))
        let summary = try YearsImport.run(.init(csv: csv, csvDisplay: "actions.csv", content: root.appendingPathComponent("Content"), force: true))
        #expect(summary.years.map(\.year) == [2013, 2014, 2015])
        #expect(summary.years.map(\.actionCount) == [19, 20, 20])
        #expect(summary.planWritten == nil)
        let after = try NextYearTests.build(root)
        #expect(!after.diagnostics.hasErrors)
        #expect(after.files.keys.sorted() == before.files.keys.sorted())
        for (path, text) in before.files where after.files[path] != text { Issue.record("\(path) differs after the round trip") }
        // What the plan gives is not repeated in a year.
        let y2013 = try String(contentsOf: root.appendingPathComponent("Content/years/2013/report.yml"), encoding: .utf8)
        #expect(!y2013.contains("actors:") && y2013.hasPrefix("title: 平成25年度"))
    }

    @Test func intoAnEmptyProjectWithPlanAndEveryID() throws {
        let example = try NextYearTests.copy(YearsTests.example)
        defer { try? FileManager.default.removeItem(at: example) }
        let csv = try Self.exportedCSV(example)
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("import-years-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        let summary = try YearsImport.run(.init(csv: csv, csvDisplay: "actions.csv", content: root.appendingPathComponent("Content")))
        #expect(summary.planWritten?.hasSuffix("Content/plan.yml") == true)
        #expect(summary.warnings.map(\.message).contains { $0.hasPrefix("no title was given") })
        let plan = try String(contentsOf: root.appendingPathComponent("Content/plan.yml"), encoding: .utf8)
        #expect(plan.hasPrefix("title: \(YearsImport.placeholderTitle)\n"))
        let year = try String(contentsOf: root.appendingPathComponent("Content/years/2014/report.yml"), encoding: .utf8)
        #expect(year.components(separatedBy: "          - id: ").count - 1 == 20)
        #expect(year.hasPrefix("fiscal_year: 2014\npolicies:\n"))
        // The placeholder title is an error until the author writes the plan's name.
        let placeholder = try NextYearTests.build(root)
        #expect(placeholder.diagnostics.filter { $0.severity == .error }.map(\.message).allSatisfy { $0.hasPrefix("title is still the placeholder") })
        #expect(placeholder.files.isEmpty)
        try Data(plan.replacingOccurrences(of: YearsImport.placeholderTitle, with: "見守り計画").utf8)
            .write(to: root.appendingPathComponent("Content/plan.yml"))
        let built = try NextYearTests.build(root)
        #expect(!built.diagnostics.hasErrors, "\(built.diagnostics)")
        #expect(!built.diagnostics.contains { $0.message.contains("have no id") })
        #expect(built.files["2015/index.html"] != nil)
    }

    @Test func problemsNameTheRowAndColumnOfTheWholeFileAndNothingIsWritten() throws {
        let root = try NextYearTests.copy(YearsTests.example)
        defer { try? FileManager.default.removeItem(at: root) }
        let csv = try Self.exportedCSV(root)
        var lines = try String(contentsOf: csv, encoding: .utf8).components(separatedBy: "\r\n")
        // Row 30 is a 2014 row: its status (column J, the 9th of the year's own sheet) misspelt.
        #expect(lines[29].hasPrefix("2014,"))
        lines[29] = lines[29].replacingOccurrences(of: ",done,", with: ",donee,")
        lines[45] = "20x5" + lines[45].dropFirst(4)
        try lines.joined(separator: "\r\n").write(to: csv, atomically: true, encoding: .utf8)
        let before = NextYearTests.snapshot(root.appendingPathComponent("Content"))
        do {
            try YearsImport.run(.init(csv: csv, csvDisplay: "actions.csv", content: root.appendingPathComponent("Content"), force: true))
            Issue.record("a sheet with errors was imported")
        } catch .content(let diagnostics) {
            #expect(
                diagnostics.map(\.cellDescription) == [
                    "actions.csv:46:A: fiscal_year: expected the Western year a fiscal year starts in, such as 2013, found \"20x5\""
                ])
        } catch {
            Issue.record("\(error)")
        }
        lines[45] = "2015" + lines[45].dropFirst(4)
        try lines.joined(separator: "\r\n").write(to: csv, atomically: true, encoding: .utf8)
        do {
            try YearsImport.run(.init(csv: csv, csvDisplay: "actions.csv", content: root.appendingPathComponent("Content"), force: true))
            Issue.record("a sheet with errors was imported")
        } catch .content(let diagnostics) {
            let places = diagnostics.filter { $0.severity == .error }.map(\.cellDescription)
            #expect(places.count == 1 && places[0].hasPrefix("actions.csv:30:J: ") && places[0].contains("donee"), "\(places)")
        } catch {
            Issue.record("\(error)")
        }
        #expect(NextYearTests.snapshot(root.appendingPathComponent("Content")) == before)
    }

    @Test func existingFilesNeedForceAndAOneYearProjectIsRefused() throws {
        let root = try NextYearTests.copy(YearsTests.example)
        defer { try? FileManager.default.removeItem(at: root) }
        let csv = try Self.exportedCSV(root)
        let before = NextYearTests.snapshot(root)
        #expect(throws: ReportImport.Failure.self) {
            try YearsImport.run(.init(csv: csv, csvDisplay: "actions.csv", content: root.appendingPathComponent("Content")))
        }
        #expect(NextYearTests.snapshot(root) == before)
        let seed = try NextYearTests.copy()
        defer { try? FileManager.default.removeItem(at: seed) }
        #expect(throws: ReportImport.Failure.self) {
            try YearsImport.run(.init(csv: csv, csvDisplay: "actions.csv", content: seed.appendingPathComponent("Content"), force: true))
        }
        #expect(!FileManager.default.fileExists(atPath: seed.appendingPathComponent("Content/years").path))
    }
}
