import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSitePreview

/// The preview serves from memory what `build` writes to disk: every file, byte for byte, also
/// after saves that the preview parses and renders only in part.
@Suite("Preview site in memory")
struct PreviewSiteTests {
    /// Every file `build` writes (but its marker), by path.
    static func built(_ root: URL) throws -> [String: Data] {
        let output = root.appendingPathComponent("Reference")
        try? FileManager.default.removeItem(at: output)
        _ = try SiteBuilder.build(ProjectPaths(root: root, output: output))
        var files: [String: Data] = [:]
        for path in ProjectReader.files(under: output) { files[path] = try Data(contentsOf: output.appendingPathComponent(path)) }
        return files
    }

    /// Every file of the preview's site, rendered as a request would.
    static func served(_ root: URL, cache: RebuildCache) throws -> [String: Data] {
        let site = PreviewSite(files: try SiteBuilder.preview(ProjectPaths(root: root), cache: cache).result.files)
        var files: [String: Data] = [:]
        for path in site.paths { files[path] = try site.file(at: path)!.data() }
        return files
    }

    static func expectSame(_ served: [String: Data], _ built: [String: Data], _ comment: Comment) {
        #expect(served.keys.sorted() == built.keys.sorted(), comment)
        let differ = built.keys.sorted().filter { served[$0] != built[$0] }
        #expect(differ.isEmpty, "\(comment): \(differ)")
    }

    static func edit(_ file: URL, _ change: (String) -> String) throws {
        try change(try String(contentsOf: file, encoding: .utf8)).write(to: file, atomically: true, encoding: .utf8)
    }

    @Test func theSeedIsServedAsBuiltAlsoAfterEdits() throws {
        let root = try NextYearTests.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let cache = RebuildCache()
        let first = try Self.served(root, cache: cache)
        Self.expectSame(first, try Self.built(root), "the seed")
        #expect(first.count > 10)
        #expect(cache.reports.parsedParts == cache.reports.loadedParts && cache.reports.loadedParts > 2)

        // One result changed: one part parsed, one policy's Markdown rendered, the same site as a build.
        let report = root.appendingPathComponent("Content/report.yml")
        try Self.edit(report) { $0.replacingOccurrences(of: "審議会を2回開催した。", with: "審議会を3回開催した。**重点**") }
        let edited = try Self.served(root, cache: cache)
        #expect(cache.reports.parsedParts == 1)
        #expect(cache.markdown.renderedPolicies == 1)
        #expect(edited != first)
        Self.expectSame(edited, try Self.built(root), "one result changed")

        // A line added moves the policies after it: they are parsed again, with their new lines.
        try Self.edit(report) {
            $0.replacingOccurrences(
                of: "result: 市報を利用して地域マネージャーの活動を紹介した。",
                with: "result: |\n              市報を利用して地域マネージャーの活動を紹介した。\n              二行目。")
        }
        Self.expectSame(try Self.served(root, cache: cache), try Self.built(root), "a line added")
        #expect(cache.reports.parsedParts > 1)

        // A narrative changed; an error (the last good site is kept by the server) then fixed.
        let narrative = try #require(ProjectReader.files(under: root.appendingPathComponent("Content/policies")).first)
        try Self.edit(root.appendingPathComponent("Content/policies/\(narrative)")) { $0 + "\n\n## 追記\n\n追記した。\n" }
        Self.expectSame(try Self.served(root, cache: cache), try Self.built(root), "a narrative changed")
        let good = try String(contentsOf: report, encoding: .utf8)
        try Self.edit(report) { $0.replacingOccurrences(of: "status: done", with: "status: donee") }
        #expect(throws: SiteBuilder.Failure.self) { try SiteBuilder.preview(ProjectPaths(root: root), cache: cache) }
        try good.write(to: report, atomically: true, encoding: .utf8)
        Self.expectSame(try Self.served(root, cache: cache), try Self.built(root), "fixed")
    }

    @Test func eachPolicyIsAPartAndTheHeaderKeepsEveryLine() throws {
        let seed = String(decoding: try TestSupport.seedInput().reportBytes, as: UTF8.self)
        for text in [seed, seed + "labels: { plan: 計画 }", seed + "# the end\n\n", String(seed.dropLast())] {
            let bytes = Array(text.utf8)
            let split = try #require(PolicyBlockSplit.find(bytes, parts: 0, eachItem: true))
            #expect(split.parts.count == 5)
            #expect(split.header.count(where: { $0 == 0x0A }) == bytes.count(where: { $0 == 0x0A }))
            let loaded = ReportLoader.load(bytes, file: "r", cache: ReportLoadCache())
            let whole = ReportLoader.loadWhole(bytes, file: "r")
            #expect(loaded.report.map { ReportJSON.encode($0) } == whole.report.map { ReportJSON.encode($0) })
            #expect(loaded.diagnostics.map(\.description) == whole.diagnostics.sortedByPlace().map(\.description))
        }
    }

    @Test func everyInvalidReportLoadsTheSameWithTheCache() throws {
        let folder = TestSupport.fixtures.appendingPathComponent("invalid")
        let cases = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
        var compared = 0
        let cache = ReportLoadCache()  // one for all, as the preview's: each case replaces the last
        for name in cases {
            guard let bytes = FileManager.default.contents(atPath: folder.appendingPathComponent("\(name)/report.yml").path) else { continue }
            let plain = ReportLoader.load(Array(bytes), file: "Content/report.yml")
            let cached = ReportLoader.load(Array(bytes), file: "Content/report.yml", cache: cache)
            #expect(cached.diagnostics.sortedByPlace().map(\.description) == plain.diagnostics.sortedByPlace().map(\.description), "\(name)")
            #expect(cached.report.map { ReportJSON.encode($0) } == plain.report.map { ReportJSON.encode($0) }, "\(name)")
            compared += 1
        }
        #expect(compared > 40)
    }

    @Test func aFileIsReadAgainWhenItChangedOrWasJustWritten() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-read-\(UUID().uuidString).md")
        defer { try? FileManager.default.removeItem(at: file) }
        func write(_ text: String) throws {  // in place: the same inode, and the same size each time
            let handle = try FileHandle(forWritingTo: file)
            try handle.write(contentsOf: Data(text.utf8))
            try handle.close()
        }
        try Data("aaaa".utf8).write(to: file)
        let cache = FileReadCache()
        #expect(try cache.bytes(of: file) == Array("aaaa".utf8))
        try write("bbbb")  // most likely within the same tick of the file clock
        #expect(try cache.bytes(of: file) == Array("bbbb".utf8))
        #expect(cache.readCount == 2)
        try pause(1.1)  // older than a second: now taken from memory
        #expect(try cache.bytes(of: file) == Array("bbbb".utf8))
        #expect(try cache.bytes(of: file) == Array("bbbb".utf8))
        #expect(cache.readCount == 3)
        try write("cccc")
        #expect(try cache.bytes(of: file) == Array("cccc".utf8))
        #expect(cache.readCount == 4)
        #expect(throws: (any Error).self) { try cache.bytes(of: file.appendingPathExtension("missing")) }
    }

    func pause(_ seconds: Double) throws { Thread.sleep(forTimeInterval: seconds) }

    @Test func aPlanOfSeveralYearsIsServedAsBuilt() throws {
        let root = try NextYearTests.copy(YearsTests.example)
        defer { try? FileManager.default.removeItem(at: root) }
        let cache = RebuildCache()
        Self.expectSame(try Self.served(root, cache: cache), try Self.built(root), "several years")
        let year = root.appendingPathComponent("Content/years/2014/report.yml")
        try Self.edit(year) { $0.replacingOccurrences(of: "status: partial", with: "status: done") }
        Self.expectSame(try Self.served(root, cache: cache), try Self.built(root), "one year changed")
        try Self.edit(root.appendingPathComponent("Content/plan.yml")) { $0 + "\n# a comment\n" }
        Self.expectSame(try Self.served(root, cache: cache), try Self.built(root), "plan.yml saved")
    }
}
