import Foundation
import PlanSiteCore

/// Builds a project: read the files, generate the site, write it — each step a value in and out.
public enum SiteBuilder {
    public struct Summary: Sendable {
        public var pageCount: Int
        public var actionCount: Int
        public var fileCount: Int
        public var milliseconds: Int
        public var timings: [(stage: String, seconds: Double)]
        public var warnings: [Diagnostic]
    }

    public enum Failure: Error {
        /// The content has errors; nothing was written.
        case content([Diagnostic])
        /// A file could not be read or written.
        case io(String)
        /// Another build holds the output folder's lock, and `wait` was false.
        case busy(String)
    }

    /// Builds the site into `paths.output`, replacing it only when the whole build succeeded.
    /// `force` replaces an output folder that plansite did not write (never one holding the content).
    /// One build at a time writes an output folder: while another holds its `OutputLock`, this one
    /// calls `waiting` with that build's pid and waits, or with `wait` false fails with `.busy`.
    public static func build(
        _ paths: ProjectPaths, force: Bool = false,
        wait: Bool = true, waiting: (Int32?) -> Void = { _ in },
        progress: (String) -> Void = { _ in }
    ) throws(Failure) -> Summary {
        let start = monotonicSeconds()
        let writer = OutputWriter(output: paths.output)
        do {
            try writer.checkReplaceable(protecting: [paths.content, paths.templates], force: force)
        } catch {
            throw .io("\(error)")
        }
        // Checked first, so that a refused folder gets no lock file beside it: only a build holding
        // the lock swaps a folder in, and it always carries the marker, so the check stays true.
        let lock: OutputLock
        do {
            lock = try OutputLock.acquire(for: paths.output, wait: wait, waiting: waiting)
        } catch let busy as OutputLock.Busy {
            throw .busy(busy.description)
        } catch {
            throw .io("\(error)")
        }
        defer { lock.release() }
        let project = try read(paths)
        if case .severalYears = project {
            return try buildYears(project, writer: writer, start: start, progress: progress)
        }
        let result = try generate(project, progress: progress)
        progress("writing \(ProjectPaths.display(paths.output))/")
        let writeStart = monotonicSeconds()
        do {
            try writer.write(result.files, holding: lock)
        } catch {
            throw .io("\(error)")
        }
        let end = monotonicSeconds()
        return Summary(
            pageCount: result.pageCount, actionCount: result.actionCount, fileCount: result.files.count,
            milliseconds: Int(((end - start) * 1000).rounded()),
            timings: result.timings + [("render and write", end - writeStart)],
            warnings: result.diagnostics.filter { $0.severity == .warning })
    }

    /// A several-year plan, written a year at a time into a staged site that replaces the output
    /// only when every year built: the output is left as it was on any error.
    static func buildYears(
        _ project: consuming ProjectInput, writer: OutputWriter, start: Double, progress: (String) -> Void
    ) throws(Failure) -> Summary {
        guard case .severalYears(let input) = consume project else { preconditionFailure("several years expected") }
        let staged: StagedSite
        do {
            staged = try writer.stage()
        } catch {
            throw .io("\(error)")
        }
        let result = PlanGenerator.build(consume input, into: staged, clock: monotonicSeconds, progress: progress)
        if result.diagnostics.hasErrors {
            staged.discard()
            throw .content(result.diagnostics)
        }
        let swapStart = monotonicSeconds()
        do {
            try staged.commit()
        } catch {
            throw .io("\(error)")
        }
        let end = monotonicSeconds()
        return Summary(
            pageCount: result.pageCount, actionCount: result.actionCount, fileCount: staged.fileCount,
            milliseconds: Int(((end - start) * 1000).rounded()),
            timings: result.timings + [("swap", end - swapStart)],
            warnings: result.diagnostics.filter { $0.severity == .warning })
    }

    /// Checks the project as a build would, writing nothing. Returns every diagnostic.
    public static func check(_ paths: ProjectPaths) throws(Failure) -> [Diagnostic] {
        switch try read(paths) {
        case .oneYear(let input): return SiteGenerator.generate(input).diagnostics
        case .severalYears(let input): return PlanGenerator.build(consume input, into: nil).diagnostics
        }
    }

    static func read(_ paths: ProjectPaths) throws(Failure) -> ProjectInput {
        do {
            return try ProjectReader.readProject(paths)
        } catch {
            throw .io("\(error)")
        }
    }

    static func generate(_ project: consuming ProjectInput, progress: (String) -> Void = { _ in }) throws(Failure) -> SiteGenerator.Result {
        let result: SiteGenerator.Result
        switch consume project {
        case .oneYear(let input): result = SiteGenerator.generate(input, clock: monotonicSeconds, progress: progress)
        case .severalYears(let input): result = PlanGenerator.generate(input, clock: monotonicSeconds, progress: progress)
        }
        if result.diagnostics.hasErrors { throw .content(result.diagnostics) }
        return result
    }

    static func monotonicSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
