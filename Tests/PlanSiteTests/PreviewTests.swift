import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

@Suite("Preview server pieces")
struct PreviewTests {
    @Test func injectsTheScriptAndAllowsItInTheCSP() {
        let page =
            "<html><head><meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'self'; script-src 'none'\"></head><body class=\"x\"><p>本文</p></body></html>"
        let served = PreviewResponder.inject(page, banner: nil)
        #expect(served.contains("script-src 'self'"))
        #expect(!served.contains("script-src 'none'"))
        #expect(served.contains("<script src=\"/__plansite/live.js\" defer></script>\n</head>"))
        let withBanner = PreviewResponder.inject(page, banner: "<section>誤り</section>")
        #expect(withBanner.contains("<body class=\"x\">\n<section>誤り</section><p>本文</p>"))
        // Only script-src changes; a page without head or body gets the script and banner first.
        let other = PreviewResponder.inject("<head><meta content=\"object-src 'none'; script-src 'none'\"></head><p>'none'</p>", banner: nil)
        #expect(other.contains("object-src 'none'; script-src 'self'") && other.hasSuffix("<p>'none'</p>"))
        #expect(PreviewResponder.inject("<p>x</p>", banner: "<b>!</b>").hasPrefix("<b>!</b><link rel=\"stylesheet\""))
    }

    @Test func theBannerEscapesWhatItShows() {
        let diagnostic = Diagnostic(file: "Content/report.yml", position: SourcePosition(line: 3, column: 8), message: "unknown status \"<b>\"")
        let banner = PreviewResponder.banner(for: [diagnostic], lines: ["    status: <script>"])
        #expect(banner.contains("Content/report.yml:3:8: unknown status &quot;&lt;b&gt;&quot;"))
        #expect(banner.contains("<code>3 |     status: &lt;script&gt;</code>"))
        #expect(!banner.contains("<script>"))
    }

    @Test func mapsRequestPathsToSiteFiles() throws {
        let site = PreviewSite(
            files: ["index.html", "404.html", "policies/a.html", "2014/index.html", "assets.css"].map { path in
                OutputFile(path: path, contents: .stream { $0.write(Array("<html><head></head><body>\(path)</body></html>".utf8)) })
            })
        #expect(site.path(for: "/") == "index.html")
        #expect(site.path(for: "/policies/a.html?x=1#y") == "policies/a.html")
        #expect(site.path(for: "/policies/%61.html") == "policies/a.html")
        #expect(site.path(for: "/2014") == "2014/index.html")
        #expect(site.path(for: "/2014/") == "2014/index.html")
        #expect(site.path(for: "/policies/") == nil)
        #expect(site.path(for: "/../etc/passwd") == nil)
        #expect(site.path(for: "/policies/../../x") == nil)
        #expect(site.path(for: "/.hidden") == nil)
        let responder = PreviewResponder()
        let missing = responder.respond(to: "/nope.html", site: site, banner: nil)
        #expect(missing.status == 404)
        #expect(String(decoding: missing.body, as: UTF8.self).contains("404.html"))
        let css = responder.respond(to: "/assets.css", site: site, banner: "<p>x</p>")
        #expect(css.contentType == "text/css; charset=utf-8")
        #expect(!String(decoding: css.body, as: UTF8.self).contains("live.js"))
        // Before any build succeeded, the errors are still shown, in a page that reloads.
        let first = String(decoding: responder.respond(to: "/", site: nil, banner: "<section>誤り</section>").body, as: UTF8.self)
        #expect(first.contains("<section>誤り</section>") && first.contains("live.js") && first.contains("lang=\"ja\""))
        #expect(responder.respond(to: "/", site: nil, banner: nil).status == 404)
    }

    @Test func aFileWatcherSeesSavesOnceAfterTheBurst() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-watch-\(getpid())")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("policies"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let counter = Counter()
        let watcher = FileWatcher(folders: [folder], quietPeriod: 0.05) { counter.increment() }
        watcher.start()
        defer { watcher.stop() }
        try await Task.sleep(for: .milliseconds(100))
        for i in 0..<5 { try Data("\(i)".utf8).write(to: folder.appendingPathComponent("policies/p.md"), options: .atomic) }
        try await Task.sleep(for: .milliseconds(400))
        #expect(counter.value == 1)
        #expect(watcher.mechanism == "inotify")
    }

    @Test func aFileWatcherWaitsForAFileStillBeingWritten() async throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-write-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let counter = Counter()
        let watcher = FileWatcher(folders: [folder], quietPeriod: 0.05) { counter.increment() }
        watcher.start()
        defer { watcher.stop() }
        try await Task.sleep(for: .milliseconds(100))
        // A writer that pauses for four quiet periods in the middle of its file, then renames it.
        let temporary = folder.appendingPathComponent("report.yml.tmp~")
        FileManager.default.createFile(atPath: temporary.path, contents: nil)
        let handle = try FileHandle(forWritingTo: temporary)
        try handle.write(contentsOf: Data("title: 前半\n".utf8))
        try await Task.sleep(for: .milliseconds(200))
        #expect(counter.value == 0, "no build while the file is open for writing")
        try handle.write(contentsOf: Data("fiscal_year: 2013\n".utf8))
        try handle.close()
        #expect(rename(temporary.path, folder.appendingPathComponent("report.yml").path) == 0)
        try await Task.sleep(for: .milliseconds(300))
        #expect(counter.value == 1)
    }

    @Test func theScaffoldBuildsAtOnce() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("plansite-init-\(getpid())")
        defer { try? FileManager.default.removeItem(at: folder) }
        let files = try ProjectScaffold.create(at: folder)
        #expect(files.contains("Content/report.yml"))
        #expect(files.contains("Templates/policy.mustache"))
        var input = try ProjectReader.read(ProjectPaths(root: folder))
        input.reportFile = "Content/report.yml"
        let result = SiteGenerator.generate(input)
        #expect(result.diagnostics.isEmpty, "\(result.diagnostics)")
        #expect(result.pageCount == 6)  // index, 2 policies, print, actions, 404
        #expect(throws: ProjectScaffold.Failure.self) { try ProjectScaffold.create(at: folder) }
    }
}

final class Counter: @unchecked Sendable {
    private let lock = NSLock()
    private var count = 0
    func increment() {
        lock.lock()
        count += 1
        lock.unlock()
    }
    var value: Int {
        lock.lock()
        defer { lock.unlock() }
        return count
    }
}
