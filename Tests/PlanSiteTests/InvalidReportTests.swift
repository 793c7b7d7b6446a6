import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// Invalid reports kept as files, the way Zola keeps `test_sites_invalid/`: each folder of
/// `Fixtures/invalid/` is a small `Content/` (report.yml, optional policies/*.md and assets/**)
/// and `expected.txt`, the exact lines `check` prints for it, in order (`expected.ja.txt`: the same
/// lines as a Japanese locale prints them).
@Suite("Invalid reports")
struct InvalidReportTests {
    static let casesFolder = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .appendingPathComponent("Fixtures/invalid")

    /// Every case folder, by name.
    static let allCases: [String] = {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: casesFolder.path)) ?? []
        return names.filter { name in
            var isFolder: ObjCBool = false
            return !name.hasPrefix(".")
                && FileManager.default.fileExists(atPath: casesFolder.appendingPathComponent(name).path, isDirectory: &isFolder)
                && isFolder.boolValue
        }.sorted()
    }()

    /// The case folder as a `SiteInput`, as `ProjectReader` would read it from `Content/`.
    static func input(for name: String) throws -> SiteInput {
        let folder = casesFolder.appendingPathComponent(name)
        let fm = FileManager.default
        let report = Array(try Data(contentsOf: folder.appendingPathComponent("report.yml")))

        var narratives: [SiteInput.NarrativeFile] = []
        let policies = folder.appendingPathComponent("policies")
        for file in ((try? fm.contentsOfDirectory(atPath: policies.path)) ?? []).sorted() where file.hasSuffix(".md") {
            narratives.append(
                .init(
                    name: file, displayPath: "Content/policies/\(file)",
                    bytes: Array(try Data(contentsOf: policies.appendingPathComponent(file)))))
        }

        var assets: [SiteInput.AssetFile] = []
        let assetsFolder = folder.appendingPathComponent("assets")
        for relative in ((fm.subpaths(atPath: assetsFolder.path)) ?? []).sorted() {
            let url = assetsFolder.appendingPathComponent(relative)
            var isFolder: ObjCBool = false
            guard fm.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue else { continue }
            assets.append(
                .init(
                    path: "assets/\(relative)", displayPath: "Content/assets/\(relative)",
                    contents: .bytes(Array(try Data(contentsOf: url)))))
        }
        return SiteInput(reportFile: "Content/report.yml", reportBytes: report, narratives: narratives, assets: assets)
    }

    static func expectedLines(for name: String) throws -> [String] {
        let text = try String(
            contentsOf: casesFolder.appendingPathComponent(name).appendingPathComponent("expected.txt"),
            encoding: .utf8)
        return text.split(separator: "\n", omittingEmptySubsequences: true).map(String.init)
    }

    /// Builds the case and compares every diagnostic line with expected.txt.
    static func check(_ name: String, sourceLocation: SourceLocation = #_sourceLocation) throws {
        let result = SiteGenerator.generate(try input(for: name))
        let actual = result.diagnostics.flatMap { $0.description.split(separator: "\n").map(String.init) }
        let expected = try expectedLines(for: name)
        #expect(!expected.isEmpty, "\(name)/expected.txt is empty", sourceLocation: sourceLocation)
        #expect(actual == expected, "\(name)", sourceLocation: sourceLocation)
        #expect(result.files.isEmpty, "\(name): an invalid report must produce no files", sourceLocation: sourceLocation)
        #expect(result.diagnostics.hasErrors, sourceLocation: sourceLocation)
    }

    @Test("Each invalid report gives exactly the expected diagnostics", arguments: allCases)
    func invalidReport(_ name: String) throws {
        try Self.check(name)
    }

    /// The same diagnostics in Japanese, as `LANG=ja_JP.UTF-8 plansite check` prints them:
    /// expected.ja.txt, and every message of every case found in the message catalog.
    @Test("Each invalid report gives the expected diagnostics in Japanese", arguments: allCases)
    func invalidReportInJapanese(_ name: String) throws {
        let result = SiteGenerator.generate(try Self.input(for: name))
        let actual = result.diagnostics.flatMap { $0.description(in: .ja).split(separator: "\n").map(String.init) }
        let text = try String(contentsOf: Self.casesFolder.appendingPathComponent(name).appendingPathComponent("expected.ja.txt"), encoding: .utf8)
        #expect(actual == text.split(separator: "\n").map(String.init), "\(name)")
        for diagnostic in result.diagnostics + result.diagnostics.flatMap(\.consequences) {
            #expect(MessageCatalog.japanese(diagnostic.message) != nil, "no Japanese for: \(diagnostic.message)")
        }
    }

    @Test("There are at least 25 invalid cases, each with report.yml and expected.txt")
    func enoughCases() {
        #expect(Self.allCases.count >= 25)
        for name in Self.allCases {
            let folder = Self.casesFolder.appendingPathComponent(name)
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("report.yml").path), "\(name)")
            #expect(FileManager.default.fileExists(atPath: folder.appendingPathComponent("expected.txt").path), "\(name)")
        }
    }

    @Test("Several problems in several places are all reported in one run")
    func manyProblems() throws {
        let result = SiteGenerator.generate(try Self.input(for: "many-problems"))
        #expect(result.diagnostics.count >= 3)
        #expect(Set(result.diagnostics.map(\.file)).count == 2)
        #expect(Set(result.diagnostics.map(\.position.line)).count >= 3)
    }
}
