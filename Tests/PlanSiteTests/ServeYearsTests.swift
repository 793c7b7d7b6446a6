import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview

/// `serve` on a several-year project: plan.yml and every year folder are watched, also a year
/// added while it runs and a Content/ that next-year replaced; an error in one year's file is
/// shown with that file's path and line.
@Suite("Serve several years")
struct ServeYearsTests {
    final class Events: @unchecked Sendable {
        private let lock = NSLock()
        private var list: [PreviewServer.Event] = []
        func add(_ event: PreviewServer.Event) {
            lock.lock()
            list.append(event)
            lock.unlock()
        }
        var all: [PreviewServer.Event] {
            lock.lock()
            defer { lock.unlock() }
            return list
        }
    }

    /// Waits up to two seconds for the count to pass `count`.
    static func wait(_ counter: Counter, above count: Int) async throws -> Bool {
        for _ in 0..<100 where counter.value <= count { try await Task.sleep(for: .milliseconds(20)) }
        return counter.value > count
    }

    @Test func theWatcherSeesThePlanEveryYearANewYearAndAReplacedContent() async throws {
        let root = try NextYearTests.copy()
        defer { try? FileManager.default.removeItem(at: root) }
        let content = root.appendingPathComponent("Content")
        let counter = Counter()
        let watcher = FileWatcher(folders: [content], quietPeriod: 0.05) { counter.increment() }
        watcher.start()
        defer { watcher.stop() }
        try await Task.sleep(for: .milliseconds(100))

        // next-year exchanges Content/ for the converted one: the new folder is watched.
        try NextYear.run(content: content)
        #expect(try await Self.wait(counter, above: 0))
        try await Task.sleep(for: .milliseconds(150))
        var seen = counter.value
        for file in ["plan.yml", "years/2013/report.yml", "years/2014/policies/sharing.md"] {
            let url = content.appendingPathComponent(file)
            try (String(contentsOf: url, encoding: .utf8) + "\n").write(to: url, atomically: true, encoding: .utf8)
            #expect(try await Self.wait(counter, above: seen), "a save of \(file) is seen")
            try await Task.sleep(for: .milliseconds(120))
            seen = counter.value
        }
        // A year added while serving, then a save in it.
        try NextYear.run(content: content)
        #expect(try await Self.wait(counter, above: seen))
        try await Task.sleep(for: .milliseconds(120))
        seen = counter.value
        let added = content.appendingPathComponent("years/2015/report.yml")
        try (String(contentsOf: added, encoding: .utf8) + "\n").write(to: added, atomically: true, encoding: .utf8)
        #expect(try await Self.wait(counter, above: seen), "a save in the year added is seen")
    }

    @Test func anErrorInOneYearIsShownWithItsPathAndLine() async throws {
        let root = try NextYearTests.copy(YearsTests.example)
        defer { try? FileManager.default.removeItem(at: root) }
        let year = root.appendingPathComponent("Content/years/2014/report.yml")
        let text = try String(contentsOf: year, encoding: .utf8)
        try text.replacingOccurrences(of: "status: partial", with: "status: partal").write(to: year, atomically: true, encoding: .utf8)
        let line = text.components(separatedBy: "\n").firstIndex { $0.contains("status: partial") }! + 1
        let events = Events()
        let paths = ProjectPaths(root: root)
        let server = PreviewServer(paths: paths, port: 0) { events.add($0) }
        await server.rebuild()
        guard case .failed(let diagnostics, let excerpts)? = events.all.last else {
            Issue.record("no failure reported: \(events.all)")
            return
        }
        let first = try #require(diagnostics.first)
        #expect(first.file == ProjectPaths.display(year))
        #expect(Int(first.position.line) == line)
        #expect(excerpts.first??.contains("status: partal") == true)
        let banner = PreviewResponder.banner(for: diagnostics, lines: excerpts)
        #expect(banner.contains("years/2014/report.yml:\(line):"))

        // Fixed, the site is built again.
        try text.write(to: year, atomically: true, encoding: .utf8)
        await server.rebuild()
        guard case .built? = events.all.last else {
            Issue.record("not rebuilt: \(String(describing: events.all.last))")
            return
        }
    }
}
