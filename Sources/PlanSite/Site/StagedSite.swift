import Foundation
import PlanSiteCore
import PlanSiteSupport

/// A new site being written into a hidden folder beside the output (`OutputWriter.stage`), a
/// part at a time: a several-year build writes each year's pages as soon as the year is read,
/// so it never holds every year at once. `commit` swaps it in; `discard` removes it and leaves
/// the output as it was. The first failure is kept, and every later write is skipped.
public final class StagedSite: SiteOutput {
    let writer: OutputWriter
    let staging: URL
    private var made: Set<String> = [""]
    /// Files made across years, open until `commit`.
    private var open: [String: Int32] = [:]
    private var openOrder: [String] = []
    /// How many files were written.
    public private(set) var fileCount = 0
    /// What went wrong, naming the file.
    public private(set) var failure: String?

    init(writer: OutputWriter, staging: URL) {
        self.writer = writer
        self.staging = staging
    }

    deinit {
        closeFiles()  // dropped without commit or discard: at least no file is left open
    }

    private var shown: String { ProjectPaths.display(writer.output) }

    /// Writes whole files and parts of files made across years, all on every core; the first
    /// error (in the order given, files first) is kept.
    public func add(_ files: [OutputFile], parts: [FilePart] = []) {
        guard failure == nil else { return }
        do {
            try OutputWriter.checkPaths(files + parts.map { OutputFile(path: $0.path, contents: .bytes([])) })
        } catch {
            failure = "\(error)"
            return
        }
        for file in files { guard makeFolder(of: file.path) else { return } }
        var descriptors: [Int32] = []
        for part in parts {
            guard let fd = descriptor(of: part.path) else { return }
            descriptors.append(fd)
        }
        let staging = self.staging
        let shown = self.shown
        let opened = descriptors
        let errors = Parallel.map(files.count + parts.count) { i -> String? in
            guard i < files.count else {
                let part = parts[i - files.count]
                let sink = ByteSink(descriptor: opened[i - files.count])
                part.write(sink)
                return sink.failure.map { "\(shown)/\(part.path): \(OutputWriter.reason(POSIXError(POSIXErrorCode(rawValue: $0) ?? .EIO)))" }
            }
            let file = files[i]
            let target = staging.appendingPathComponent(file.path)
            do {
                switch file.contents {
                case .copy(let source): try FileManager.default.copyItem(at: source, to: target)
                case .bytes(let bytes): try OutputWriter.writeFile(target.path, bytes)
                case .text(let text): try OutputWriter.writeFile(target.path, Array(text.utf8))
                case .stream(let produce): try OutputWriter.writeFile(target.path, produce)
                }
                return nil
            } catch {
                return "\(shown)/\(file.path): \(OutputWriter.reason(error))"
            }
        }
        fileCount += files.count
        if let first = errors.compactMap({ $0 }).first { failure = first }
    }

    /// The open file a part is written to, opened (and counted) with its first part.
    private func descriptor(of path: String) -> Int32? {
        if let fd = open[path] { return fd }
        guard makeFolder(of: path) else { return nil }
        let fd = Glibc.open(staging.appendingPathComponent(path).path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else {
            failure = "\(shown)/\(path): \(String(cString: strerror(errno)))"
            return nil
        }
        open[path] = fd
        openOrder.append(path)
        fileCount += 1
        return fd
    }

    /// Swaps the new site in, or removes it and throws what went wrong.
    public func commit() throws {
        closeFiles()
        if let failure {
            discard()
            throw OutputWriter.Failure(description: "cannot write the new site: \(failure); \(shown)/ was left as it was")
        }
        try writer.swap(in: staging)
    }

    /// Removes the new site; the output stays as it was.
    public func discard() {
        closeFiles()
        try? FileManager.default.removeItem(at: staging)
    }

    private func closeFiles() {
        for path in openOrder {
            if let fd = open[path], close(fd) != 0, failure == nil {
                failure = "\(shown)/\(path): \(String(cString: strerror(errno)))"
            }
        }
        open = [:]
        openOrder = []
    }

    private func makeFolder(of path: String) -> Bool {
        let directory = (path as NSString).deletingLastPathComponent
        guard !made.contains(directory) else { return true }
        do {
            try FileManager.default.createDirectory(at: staging.appendingPathComponent(directory), withIntermediateDirectories: true)
        } catch {
            failure = "\(shown)/\(directory)/: \(OutputWriter.reason(error))"
            return false
        }
        made.insert(directory)
        return true
    }
}
