import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// `plansite import`: where import writes, and what it keeps.
@Suite("Importing a spreadsheet: files")
struct ImportFileTests {
    @Test("files: an existing report.yml is kept without force, replaced with it (header kept), written atomically")
    func files() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-import-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let csv = folder.appendingPathComponent("sheet.csv")
        try Data("施策,項目,状況\n施策1 題,取組,実施\n".utf8).write(to: csv)
        let output = folder.appendingPathComponent("Content/report.yml")
        func request(force: Bool) -> ReportImport.Request {
            ReportImport.Request(
                csv: csv, csvDisplay: "sheet.csv", output: output, force: force, title: nil, fiscalYear: nil,
                fallbackFiscalYear: 2030)
        }
        let first = try ReportImport.run(request(force: false))
        #expect(first.actionCount == 1 && first.policyCount == 1)
        #expect(first.warnings.count == 2)
        try Data(
            try String(contentsOf: output, encoding: .utf8)
                .replacingOccurrences(of: "title: TODO 報告書の表題を入力してください", with: "title: 書き換えた表題")
                .replacingOccurrences(of: "fiscal_year: 2030", with: "fiscal_year: 2015").utf8
        ).write(to: output)
        #expect(throws: ReportImport.Failure.self) { try ReportImport.run(request(force: false)) }
        let second = try ReportImport.run(request(force: true))
        #expect(second.warnings.isEmpty)
        let written = try String(contentsOf: output, encoding: .utf8)
        #expect(written.hasPrefix("title: 書き換えた表題\nfiscal_year: 2015\n"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: output.deletingLastPathComponent().path) == ["report.yml"])

        // A sheet with an error writes nothing.
        try Data("施策,項目,状況\n施策1 題,取組,済\n".utf8).write(to: csv)
        do {
            _ = try ReportImport.run(request(force: true))
            Issue.record("expected content errors")
        } catch .content(let diagnostics) {
            #expect(diagnostics.map(\.cellDescription).first?.hasPrefix("sheet.csv:2:C: unknown status \"済\"") == true)
        } catch {
            Issue.record("\(error)")
        }
        #expect(try String(contentsOf: output, encoding: .utf8) == written)

        let missing = ReportImport.Request(
            csv: folder.appendingPathComponent("none.csv"), csvDisplay: "none.csv", output: nil,
            fallbackFiscalYear: 2030)
        do {
            _ = try ReportImport.run(missing)
            Issue.record("expected an I/O failure")
        } catch .io(let message) {
            #expect(message == "none.csv: not found")
        } catch {
            Issue.record("\(error)")
        }
    }
}
