import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// The seed report's built site, file by file, against `Golden/`. After an intended change,
/// `PLANSITE_UPDATE_GOLDEN=1 swift test --filter GoldenTests` rewrites the files; review the diff.
@Suite("Golden files of the seed site")
struct GoldenTests {
    static let update = ProcessInfo.processInfo.environment["PLANSITE_UPDATE_GOLDEN"] == "1"

    @Test func seedSiteMatchesGoldenFiles() throws {
        let result = SiteGenerator.generate(try TestSupport.seedInput())
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        let golden = TestSupport.golden
        var produced: Set<String> = []
        for file in result.files where !file.path.hasPrefix("assets/") {
            produced.insert(file.path)
            let data = try file.data()
            let url = golden.appendingPathComponent(file.path)
            if Self.update {
                try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
                try data.write(to: url)
                continue
            }
            let expected = try? Data(contentsOf: url)
            #expect(expected != nil, "missing golden file \(file.path); run with PLANSITE_UPDATE_GOLDEN=1")
            if let expected, expected != data {
                let a = String(decoding: expected, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let b = String(decoding: data, as: UTF8.self).split(separator: "\n", omittingEmptySubsequences: false)
                let line = (0..<min(a.count, b.count)).first { a[$0] != b[$0] } ?? min(a.count, b.count)
                Issue.record(
                    "\(file.path) differs from its golden file at line \(line + 1):\n- \(line < a.count ? a[line] : "")\n+ \(line < b.count ? b[line] : "")"
                )
            }
        }
        if !Self.update {
            let stale = Set(ProjectReader.files(under: golden)).subtracting(produced)
            #expect(stale.isEmpty, "golden files the build no longer makes: \(stale.sorted())")
        }
        #expect(produced.count == 12)  // 9 pages + report.json + actions.csv + report.css
    }

    @Test func theSameInputGivesTheSameBytes() throws {
        let input = try TestSupport.seedInput()
        let a = SiteGenerator.generate(input).files
        let b = SiteGenerator.generate(input).files
        #expect(a.map(\.path) == b.map(\.path))
        for (x, y) in zip(a, b) { #expect(try x.data() == y.data(), "\(x.path)") }
    }
}
