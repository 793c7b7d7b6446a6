import Foundation
import PlanSiteCore
import PlanSiteSupport

/// Writes a site so that the output folder is never half-written: the new site is built in a
/// hidden folder beside it, then exchanged with the old one in one step (two renames where the
/// system cannot exchange). If anything fails before the swap, the previous output is left
/// exactly as it was. Every write holds the output's `OutputLock`.
public struct OutputWriter: Sendable {
    public let output: URL

    public init(output: URL) {
        self.output = output.standardizedFileURL
    }

    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    var parent: URL { output.deletingLastPathComponent() }
    var stagingPrefix: String { ".\(output.lastPathComponent).plansite-" }

    /// Left in every site plansite writes: a folder without it is not replaced unless forced.
    public static let markerName = ".plansite-output"
    static let markerText = "This folder is written by `plansite build` and replaced as a whole on every build.\n"

    /// Refuses to replace what plansite did not write: a folder that is neither empty nor holds the
    /// marker (unless `force`), and never `/`, the home folder, or a folder holding `protected`
    /// (the content and templates) — not even with `force`.
    public func checkReplaceable(protecting protected: [URL], force: Bool) throws {
        let fm = FileManager.default
        let path = output.path
        let home = fm.homeDirectoryForCurrentUser.standardizedFileURL.path
        if path == "/" || path == home {
            throw Failure(description: "refusing to use \(path) as the output folder; choose a folder of its own, such as Output/")
        }
        for folder in protected {
            let inner = folder.standardizedFileURL.path
            if inner == path || inner.hasPrefix(path.hasSuffix("/") ? path : path + "/") {
                throw Failure(
                    description:
                        "refusing to replace \(ProjectPaths.display(output)): it holds \(ProjectPaths.display(folder)); choose another --output")
            }
        }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw Failure(description: "\(ProjectPaths.display(output)) is a file, not a folder; move it away or choose another --output")
        }
        let entries = (try? fm.contentsOfDirectory(atPath: path)) ?? []
        if entries.isEmpty || entries.contains(Self.markerName) || force { return }
        throw Failure(
            description:
                "\(ProjectPaths.display(output)) is not a site plansite wrote (it has no \(Self.markerName)) and would be replaced as a whole; move it away, choose another --output, or use --force"
        )
    }

    /// Writes the site and swaps it in, holding `lock` (or a lock taken here, waiting for it):
    /// under the lock, staging folders beside the output are a dead build's, and are removed.
    public func write(_ files: [OutputFile], holding lock: OutputLock? = nil) throws {
        try Self.checkPaths(files)
        let ownLock = lock == nil ? try OutputLock.acquire(for: output) : nil
        defer { ownLock?.release() }
        let staged = try stage()
        staged.add(files)
        try staged.commit()
    }

    /// Starts a new site in a hidden folder beside the output, to be written a part at a time
    /// and swapped in by `commit`. Call it holding the output's lock.
    public func stage() throws -> StagedSite {
        let fm = FileManager.default
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(parent.path): \(reason(error))")
        }
        removeLeftovers()
        let staging = parent.appendingPathComponent("\(stagingPrefix)new-\(getpid())")
        let shown = ProjectPaths.display(output)
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
        } catch {
            throw Failure(description: "cannot write the new site: \(ProjectPaths.display(staging))/: \(reason(error)); \(shown)/ was left as it was")
        }
        do {
            try Self.writeFile(staging.appendingPathComponent(Self.markerName).path, Array(Self.markerText.utf8))
        } catch {
            try? fm.removeItem(at: staging)
            throw Failure(description: "cannot write the new site: \(shown)/\(Self.markerName): \(reason(error)); \(shown)/ was left as it was")
        }
        return StagedSite(writer: self, staging: staging)
    }

    /// Exchanges staging and Output in one step, then removes the old site (now at the staging
    /// name). Where the system cannot exchange: Output → old, staging → Output, then the old one
    /// is removed; on failure the old one is put back (and a build killed between the two renames
    /// has it put back by the next build, see `removeLeftovers`). Called under the lock.
    func swap(in staging: URL) throws {
        let fm = FileManager.default
        let old = parent.appendingPathComponent("\(stagingPrefix)old-\(getpid())")
        var isDirectory: ObjCBool = false
        let exists = fm.fileExists(atPath: output.path, isDirectory: &isDirectory)
        if exists && !isDirectory.boolValue {
            try? fm.removeItem(at: staging)
            throw Failure(description: "\(output.path) is a file, not a folder; move it away or choose another --output")
        }
        if exists {
            switch FolderExchange.exchange(staging.path, output.path) {
            case .exchanged:
                try? fm.removeItem(at: staging)
                return
            case .failed(let code):
                try? fm.removeItem(at: staging)
                throw Failure(
                    description: "cannot replace \(output.path) with the new site: \(String(cString: strerror(code))); it was left as it was")
            case .unsupported:
                break
            }
            guard rename(output.path, old.path) == 0 else {
                let message = String(cString: strerror(errno))
                try? fm.removeItem(at: staging)
                throw Failure(description: "cannot replace \(output.path): \(message)")
            }
        }
        guard rename(staging.path, output.path) == 0 else {
            let message = String(cString: strerror(errno))
            if exists { _ = rename(old.path, output.path) }
            try? fm.removeItem(at: staging)
            throw Failure(description: "cannot move the new site into \(output.path): \(message)")
        }
        if exists { try? fm.removeItem(at: old) }
    }

    /// Every path must stay inside the output folder: relative, without `.` or `..` parts.
    static func checkPaths(_ files: [OutputFile]) throws {
        for file in files {
            let parts = file.path.split(separator: "/", omittingEmptySubsequences: false)
            guard !file.path.hasPrefix("/"), !parts.contains(where: { $0 == ".." || $0 == "." || $0.isEmpty }) else {
                throw Failure(description: "refusing to write \"\(file.path)\": it is not a path inside the output folder")
            }
        }
    }

    /// Writes bytes to a new file with plain system calls: no temporary file, no Data copy.
    static func writeFile(_ path: String, _ bytes: [UInt8]) throws {
        try writeFile(path) { $0.write(bytes) }
    }

    /// Runs a producer straight into a new file.
    static func writeFile(_ path: String, _ produce: (ByteSink) -> Void) throws {
        let fd = open(path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
        defer { close(fd) }
        let sink = ByteSink(descriptor: fd)
        produce(sink)
        if let failure = sink.failure { throw POSIXError(POSIXErrorCode(rawValue: failure) ?? .EIO) }
    }

    /// Staging folders left by a build that was killed part-way. Called only under the lock, so
    /// no live build owns them. A build killed between the two renames of the fallback left no
    /// output and the previous site as `old-<pid>`: that one is put back first.
    func removeLeftovers() {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        let leftovers = names.filter { $0.hasPrefix(stagingPrefix + "new-") || $0.hasPrefix(stagingPrefix + "old-") }
        if !fm.fileExists(atPath: output.path), let old = leftovers.first(where: { $0.hasPrefix(stagingPrefix + "old-") }) {
            _ = rename(parent.appendingPathComponent(old).path, output.path)
        }
        for name in leftovers {
            try? fm.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    func reason(_ error: any Error) -> String { Self.reason(error) }

    /// The cause of a failed file operation in words; a full disk and a file size limit say so.
    static func reason(_ error: any Error) -> String {
        var code: Int32?
        if let error = error as? POSIXError { code = error.code.rawValue }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
            underlying.domain == NSPOSIXErrorDomain
        {
            code = Int32(underlying.code)
        }
        if let error = error as? Failure { return error.description }
        guard let code else { return error.localizedDescription }
        let text = String(cString: strerror(code))
        switch code {
        case ENOSPC: return text + " (the disk is full)"
        case EFBIG: return text + " (the file size limit, ulimit -f, was reached)"
        case EDQUOT: return text + " (the disk quota is used up)"
        default: return text
        }
    }
}
