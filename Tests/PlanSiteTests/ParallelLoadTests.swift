import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// Reading report.yml in parts on every core must give exactly what reading it whole gives.
@Suite("Parallel loading")
struct ParallelLoadTests {
    func both(_ yaml: String, parts: Int = 2) -> (whole: (Report?, [String]), parallel: (Report?, [String])?) {
        let bytes = Array(yaml.utf8)
        let whole = ReportLoader.loadWhole(bytes, file: "Content/report.yml")
        let parallel = ReportLoader.loadInParallel(bytes, file: "Content/report.yml", parts: parts)
        return (
            (whole.report, whole.diagnostics.sortedByPlace().map(\.description)),
            parallel.map { ($0.report, $0.diagnostics.map(\.description)) }
        )
    }

    func json(_ report: Report?) -> String {
        report.map { ReportJSON.encode(ReportValidator.validate($0, file: "r").report) } ?? "none"
    }

    func positions(_ report: Report?) -> [String] {
        (report?.policies ?? []).flatMap { policy in
            ["\(policy.id.position)", "\(policy.position)"]
                + policy.actions.flatMap { ["\($0.position)", "\($0.title.position)", "\($0.status.position)"] }
        }
    }

    @Test func theSeedReadsTheSameInParts() throws {
        let yaml = String(decoding: try TestSupport.seedInput().reportBytes, as: UTF8.self)
        for parts in [2, 3] {
            let (whole, parallel) = both(yaml, parts: parts)
            let split = try #require(parallel)
            #expect(json(split.0) == json(whole.0))
            #expect(positions(split.0) == positions(whole.0))
            #expect(split.1 == whole.1)
        }
    }

    @Test func mistakesInsideItemsAreReportedAtTheSamePlaces() throws {
        var yaml = String(decoding: try TestSupport.seedInput().reportBytes, as: UTF8.self)
        yaml = yaml.replacingOccurrences(of: "status: done", with: "stauts: done", options: [], range: yaml.range(of: "status: done"))
        yaml = yaml.replacingOccurrences(of: "    number: 3", with: "    number: three")
        yaml += "labels: { plna: 計画 }\n# a comment after the block\n"
        let (whole, parallel) = both(yaml, parts: 3)
        let split = try #require(parallel)
        #expect(!whole.1.isEmpty)
        #expect(split.1 == whole.1)
        #expect(positions(split.0) == positions(whole.0))
    }

    @Test(
        "Files that do not split cleanly are read whole",
        arguments: [
            "title: t\nfiscal_year: 2013\npolicies: [{ id: a, title: A }, { id: b, title: B }, { id: c, title: C }, { id: d, title: D }]\n",
            "title: t\nfiscal_year: 2013\npolicies:\n  - id: a\n    title: \"A\n  - id: b\n    title: B\n  - id: c\n    title: C\n  - id: d\n    title: D\n",
            "title: t\nfiscal_year: 2013\npolicies:\n  - id: a\n    title: A\n  - id: b\n    title: B\npolicies:\n  - id: c\n    title: C\n  - id: d\n    title: D\n",
        ])
    func fallsBackToWhole(_ yaml: String) {
        let (_, parallel) = both(yaml, parts: 2)
        #expect(parallel == nil)
    }
}
