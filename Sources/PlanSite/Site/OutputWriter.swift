import Foundation
import PlanSiteCore
import PlanSiteSupport

/// Writes a site so that the output folder is never half-written: the new site is built in a
/// hidden folder beside it, then swapped in with two renames. If anything fails before the swap,
/// the previous output is left exactly as it was.
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
                throw Failure(description: "refusing to replace \(ProjectPaths.display(output)): it holds \(ProjectPaths.display(folder)); choose another --output")
            }
        }
        var isDirectory: ObjCBool = false
        guard fm.fileExists(atPath: path, isDirectory: &isDirectory) else { return }
        guard isDirectory.boolValue else {
            throw Failure(description: "\(ProjectPaths.display(output)) is a file, not a folder; move it away or choose another --output")
        }
        let entries = (try? fm.contentsOfDirectory(atPath: path)) ?? []
        if entries.isEmpty || entries.contains(Self.markerName) || force { return }
        throw Failure(description: "\(ProjectPaths.display(output)) is not a site plansite wrote (it has no \(Self.markerName)) and would be replaced as a whole; move it away, choose another --output, or use --force")
    }

    public func write(_ files: [OutputFile]) throws {
        let fm = FileManager.default
        try Self.checkPaths(files)
        try removeLeftovers()
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(parent.path): \(reason(error))")
        }
        let staging = parent.appendingPathComponent("\(stagingPrefix)new-\(getpid())")
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
            try Data(Self.markerText.utf8).write(to: staging.appendingPathComponent(Self.markerName))
            var made: Set<String> = [""]
            for file in files {
                let directory = (file.path as NSString).deletingLastPathComponent
                if !made.contains(directory) {
                    try fm.createDirectory(at: staging.appendingPathComponent(directory), withIntermediateDirectories: true)
                    made.insert(directory)
                }
            }
            // Each file written once, on every core; the first error (in file order) is reported.
            let errors = Parallel.map(files.count) { i -> String? in
                let file = files[i]
                let target = staging.appendingPathComponent(file.path)
                do {
                    switch file.contents {
                    case .copy(let source): try FileManager.default.copyItem(at: source, to: target)
                    case .bytes(let bytes): try Self.writeFile(target.path, bytes)
                    case .text(let text): try Self.writeFile(target.path, Array(text.utf8))
                    case .stream(let produce): try Self.writeFile(target.path, produce)
                    }
                    return nil
                } catch {
                    return "\(file.path): \(reason(error))"
                }
            }
            if let first = errors.compactMap({ $0 }).first { throw Failure(description: first) }
        } catch {
            try? fm.removeItem(at: staging)
            throw Failure(description: "cannot write the new site beside \(output.path): \(reason(error))")
        }
        try swap(in: staging)
    }

    /// Output → old, staging → Output, then the old one is removed. On failure the old one is put back.
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

    /// For the preview: rewrites only the files whose bytes changed (each through a temporary file
    /// and a rename) and removes those the site no longer has, so the browser's copies of the
    /// others stay valid. A folder without the marker gets a whole `write` instead.
    /// Returns how many files were rewritten.
    @discardableResult
    public func update(_ files: [OutputFile]) throws -> Int {
        let fm = FileManager.default
        guard fm.fileExists(atPath: output.appendingPathComponent(Self.markerName).path) else {
            try write(files)
            return files.count
        }
        try Self.checkPaths(files)
        let results = Parallel.map(files.count) { i -> (changed: Bool, error: String?) in
            let file = files[i]
            let target = output.appendingPathComponent(file.path)
            do {
                let bytes = Array(try file.data())
                if let old = fm.contents(atPath: target.path), old.elementsEqual(bytes) { return (false, nil) }
                try FileManager.default.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                let temporary = target.path + ".plansite-tmp"
                try Self.writeFile(temporary, bytes)
                guard rename(temporary, target.path) == 0 else { throw POSIXError(POSIXErrorCode(rawValue: errno) ?? .EIO) }
                return (true, nil)
            } catch {
                return (false, "\(file.path): \(reason(error))")
            }
        }
        if let first = results.compactMap(\.error).first { throw Failure(description: first) }
        let kept = Set(files.map(\.path))
        for path in ProjectReader.files(under: output) where !kept.contains(path) {
            try? fm.removeItem(at: output.appendingPathComponent(path))
        }
        return results.filter(\.changed).count
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

    /// Staging folders left by a build that was killed part-way.
    func removeLeftovers() throws {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(stagingPrefix) {
            try? fm.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    func reason(_ error: any Error) -> String {
        if let error = error as? POSIXError { return String(cString: strerror(error.code.rawValue)) }
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
