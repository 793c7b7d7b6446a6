import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// Nothing lost: plansite replaces only what it wrote, never writes outside its output folder,
/// and a failed build leaves the previous site as it was.
@Suite("Output safety")
struct OutputSafetyTests {
    let fm = FileManager.default

    func temporaryFolder(_ name: String) throws -> URL {
        let url = fm.temporaryDirectory.appendingPathComponent("plansite-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try fm.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    func files(_ folder: URL) -> [String: Data] {
        var result: [String: Data] = [:]
        for path in ProjectReader.files(under: folder) { result[path] = try? Data(contentsOf: folder.appendingPathComponent(path)) }
        return result
    }

    let site = [OutputFile(path: "index.html", contents: .text("<p>new</p>")), OutputFile(path: "policies/a.html", contents: .text("a"))]

    @Test func aFolderPlansiteDidNotWriteIsNotReplaced() throws {
        let root = try temporaryFolder("foreign")
        defer { try? fm.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        try fm.createDirectory(at: output, withIntermediateDirectories: true)
        try Data("my thesis".utf8).write(to: output.appendingPathComponent("thesis.docx"))
        let writer = OutputWriter(output: output)
        #expect(throws: OutputWriter.Failure.self) { try writer.checkReplaceable(protecting: [], force: false) }
        #expect(fm.fileExists(atPath: output.appendingPathComponent("thesis.docx").path))
        try writer.checkReplaceable(protecting: [], force: true)
        try writer.write(site)
        #expect(fm.fileExists(atPath: output.appendingPathComponent(OutputWriter.markerName).path))
        // Written by plansite now: replaced without --force next time.
        try writer.checkReplaceable(protecting: [], force: false)
    }

    @Test func neverTheContentTheHomeFolderOrTheRoot() throws {
        let root = try temporaryFolder("protect")
        defer { try? fm.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try fm.createDirectory(at: content, withIntermediateDirectories: true)
        for output in [content, root, URL(fileURLWithPath: "/"), fm.homeDirectoryForCurrentUser] {
            #expect(throws: OutputWriter.Failure.self, "\(output.path)") {
                try OutputWriter(output: output).checkReplaceable(protecting: [content], force: true)
            }
        }
    }

    @Test func aBuildReplacesTheSiteWhollyAndLeavesNoStagingBehind() throws {
        let root = try temporaryFolder("replace")
        defer { try? fm.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let writer = OutputWriter(output: output)
        try writer.write(site + [OutputFile(path: "stale.html", contents: .text("old"))])
        // A build killed part-way leaves its staging folder; the next build removes it.
        try fm.createDirectory(at: root.appendingPathComponent(".Output.plansite-new-99999"), withIntermediateDirectories: true)
        try writer.write(site)
        #expect(Set(files(output).keys) == ["index.html", "policies/a.html"])
        #expect(try fm.contentsOfDirectory(atPath: root.path).sorted() == ["Output"])
    }

    @Test func aFailedWriteLeavesThePreviousSiteAsItWas() throws {
        let root = try temporaryFolder("fault")
        defer { try? fm.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let writer = OutputWriter(output: output)
        try writer.write(site)
        let before = files(output)
        // A file that cannot be read half-way through the copy.
        let broken = site + [OutputFile(path: "assets/missing.png", contents: .copy(root.appendingPathComponent("nope.png")))]
        #expect(throws: OutputWriter.Failure.self) { try writer.write(broken) }
        #expect(files(output) == before)
        #expect(try fm.contentsOfDirectory(atPath: root.path).sorted() == ["Output"])
        // A path that would leave the output folder.
        #expect(throws: OutputWriter.Failure.self) { try writer.write([OutputFile(path: "../escape.html", contents: .text("x"))]) }
        #expect(!fm.fileExists(atPath: root.appendingPathComponent("escape.html").path))
        #expect(files(output) == before)
    }

    @Test func anOutputThatCannotBeWrittenLeavesNothingHalfDone() throws {
        guard getuid() != 0 else { return }  // root can write anywhere; the CLI test covers a file in the way
        let root = try temporaryFolder("readonly")
        defer {
            chmod(root.path, 0o755)
            try? fm.removeItem(at: root)
        }
        let output = root.appendingPathComponent("Output")
        try OutputWriter(output: output).write(site)
        let before = files(output)
        chmod(root.path, 0o555)
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter(output: output).write(site) }
        chmod(root.path, 0o755)
        #expect(files(output) == before)
    }

    @Test func aFileWhereTheOutputFolderShouldBeIsAnError() throws {
        let root = try temporaryFolder("file")
        defer { try? fm.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        try Data("not a folder".utf8).write(to: output)
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter(output: output).checkReplaceable(protecting: [], force: true) }
        #expect(throws: OutputWriter.Failure.self) { try OutputWriter(output: output).write(site) }
        #expect(try Data(contentsOf: output) == Data("not a folder".utf8))
    }

    @Test func symbolicLinksAreNotFollowedOutOfContent() throws {
        let root = try temporaryFolder("links")
        defer { try? fm.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try fm.createDirectory(at: content.appendingPathComponent("assets"), withIntermediateDirectories: true)
        try Data("title: t\nfiscal_year: 2013\npolicies: []\n".utf8).write(to: content.appendingPathComponent("report.yml"))
        try Data("secret".utf8).write(to: root.appendingPathComponent("secret.txt"))
        try Data("map".utf8).write(to: content.appendingPathComponent("assets/map.png"))
        try fm.createSymbolicLink(atPath: content.appendingPathComponent("assets/leak.txt").path, withDestinationPath: "../../secret.txt")
        try fm.createSymbolicLink(atPath: content.appendingPathComponent("assets/alias.png").path, withDestinationPath: "map.png")
        let input = try ProjectReader.read(ProjectPaths(root: root, templates: URL(fileURLWithPath: "/nonexistent")))
        #expect(input.assets.map(\.path) == ["assets/alias.png", "assets/map.png"])
        #expect(input.problems.count == 1)
        #expect(input.problems.first?.file.hasSuffix("Content/assets/leak.txt") == true)
        let result = SiteGenerator.generate(input)
        #expect(result.files.isEmpty)
        #expect(result.diagnostics.contains { $0.message.contains("symbolic link") })
    }

    @Test func aFileThatCannotBeReadStopsTheBuildBeforeAnythingIsWritten() throws {
        let root = try temporaryFolder("unreadable")
        defer { try? fm.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        try fm.createDirectory(at: content.appendingPathComponent("policies/awareness.md"), withIntermediateDirectories: true)
        try Data("title: t\nfiscal_year: 2013\npolicies: [{ id: awareness, title: x }]\n".utf8).write(
            to: content.appendingPathComponent("report.yml"))
        let output = root.appendingPathComponent("Output")
        try OutputWriter(output: output).write(site)
        let before = files(output)
        // A folder where a narrative file should be cannot be read as one.
        #expect(throws: SiteBuilder.Failure.self) { try SiteBuilder.build(ProjectPaths(root: root)) }
        #expect(files(output) == before)
    }
}
