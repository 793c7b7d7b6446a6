import Dispatch
import Foundation
import Testing

@testable import PlanSite
@testable import PlanSiteCore
@testable import PlanSiteImport
@testable import PlanSitePreview
@testable import PlanSiteRendering
@testable import PlanSiteSupport

/// One writer at a time, a swap in one step, and what a dead build left put right under the lock.
@Suite("Output lock and swap")
struct OutputLockTests {
    let fm = FileManager.default

    func temporaryFolder(_ name: String) throws -> URL {
        let url = fm.temporaryDirectory.appendingPathComponent("plansite-\(name)-\(getpid())-\(UInt32.random(in: 0...UInt32.max))")
        try fm.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    @Test func aSecondWriterIsToldWhoHoldsTheFolder() throws {
        let root = try temporaryFolder("lock")
        defer { try? fm.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let lock = try OutputLock.acquire(for: output)
        #expect(fm.fileExists(atPath: OutputLock.lockFile(for: output).path))
        do {
            _ = try OutputLock.acquire(for: output, wait: false)
            Issue.record("a second lock was granted while the first was held")
        } catch let busy as OutputLock.Busy {
            #expect(busy.pid == getpid())
            #expect(busy.description.contains("another build (pid \(getpid())) is writing"))
        }
        lock.release()
        #expect(!fm.fileExists(atPath: OutputLock.lockFile(for: output).path))
        let again = try OutputLock.acquire(for: output, wait: false)
        again.release()
    }

    @Test func aWaitingWriterSaysSoAndGetsTheLockWhenItIsReleased() throws {
        let root = try temporaryFolder("wait")
        defer { try? fm.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let lock = try OutputLock.acquire(for: output)
        DispatchQueue.global().asyncAfter(deadline: .now() + 0.2) { lock.release() }
        var waitedFor: Int32?? = nil
        let start = Date()
        let second = try OutputLock.acquire(for: output) { waitedFor = $0 }
        #expect(waitedFor == .some(getpid()))
        #expect(Date().timeIntervalSince(start) > 0.1)
        second.release()
    }

    @Test func aBuildThatMayNotWaitFailsAsBusy() throws {
        let root = try temporaryFolder("busy")
        defer { try? fm.removeItem(at: root) }
        let lock = try OutputLock.acquire(for: root.appendingPathComponent("Output"))
        defer { lock.release() }
        do {
            _ = try SiteBuilder.build(ProjectPaths(root: root), wait: false)
            Issue.record("the build did not see the lock")
        } catch {
            guard case .busy(let message) = error else {
                Issue.record("expected .busy, got \(error)")
                return
            }
            #expect(message.contains("another build"))
        }
    }

    @Test func theExchangeSwapsTwoFoldersInOneStep() throws {
        let root = try temporaryFolder("exchange")
        defer { try? fm.removeItem(at: root) }
        let first = root.appendingPathComponent("first")
        let second = root.appendingPathComponent("second")
        try fm.createDirectory(at: first, withIntermediateDirectories: false)
        try fm.createDirectory(at: second, withIntermediateDirectories: false)
        try Data("1".utf8).write(to: first.appendingPathComponent("one"))
        try Data("2".utf8).write(to: second.appendingPathComponent("two"))
        let outcome = FolderExchange.exchange(first.path, second.path)
        #expect(outcome == .exchanged || outcome == .unsupported)
        if outcome == .exchanged {
            #expect(fm.fileExists(atPath: first.appendingPathComponent("two").path))
            #expect(fm.fileExists(atPath: second.appendingPathComponent("one").path))
        }
        #expect(FolderExchange.exchange(first.path, root.appendingPathComponent("missing").path) != .exchanged)
    }

    @Test func whatADeadBuildLeftIsRemovedAndAnOldSiteBetweenRenamesPutBack() throws {
        let root = try temporaryFolder("leftovers")
        defer { try? fm.removeItem(at: root) }
        let output = root.appendingPathComponent("Output")
        let writer = OutputWriter(output: output)
        // Killed between the two renames of the fallback: no Output/, the old site as old-<pid>,
        // the new one half-written as new-<pid>.
        let old = root.appendingPathComponent(".Output.plansite-old-99999")
        let new = root.appendingPathComponent(".Output.plansite-new-99999")
        try fm.createDirectory(at: old, withIntermediateDirectories: false)
        try fm.createDirectory(at: new, withIntermediateDirectories: false)
        try Data("old".utf8).write(to: old.appendingPathComponent("index.html"))
        try Data("mine".utf8).write(to: root.appendingPathComponent(".Output.plansite-notes"))
        writer.removeLeftovers()
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "old")
        #expect(!fm.fileExists(atPath: old.path) && !fm.fileExists(atPath: new.path))
        #expect(fm.fileExists(atPath: root.appendingPathComponent(".Output.plansite-notes").path))
        // A whole write afterwards leaves nothing beside the output but what was not plansite's.
        try fm.createDirectory(at: new, withIntermediateDirectories: false)
        try writer.write([OutputFile(path: "index.html", contents: .text("new"))])
        #expect(try String(contentsOf: output.appendingPathComponent("index.html"), encoding: .utf8) == "new")
        #expect(try fm.contentsOfDirectory(atPath: root.path).sorted() == [".Output.plansite-notes", "Output"])
    }
}
