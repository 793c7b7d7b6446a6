import Foundation

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

    public func write(_ files: [OutputFile]) throws {
        let fm = FileManager.default
        try removeLeftovers()
        do {
            try fm.createDirectory(at: parent, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create \(parent.path): \(reason(error))")
        }
        let staging = parent.appendingPathComponent("\(stagingPrefix)new-\(getpid())")
        do {
            try fm.createDirectory(at: staging, withIntermediateDirectories: false)
            var made: Set<String> = [""]
            for file in files {
                let directory = (file.path as NSString).deletingLastPathComponent
                if !made.contains(directory) {
                    try fm.createDirectory(at: staging.appendingPathComponent(directory), withIntermediateDirectories: true)
                    made.insert(directory)
                }
                let target = staging.appendingPathComponent(file.path)
                switch file.contents {
                case .copy(let source): try fm.copyItem(at: source, to: target)
                default: try file.data().write(to: target)
                }
            }
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

    /// Staging folders left by a build that was killed part-way.
    func removeLeftovers() throws {
        let fm = FileManager.default
        guard let names = try? fm.contentsOfDirectory(atPath: parent.path) else { return }
        for name in names where name.hasPrefix(stagingPrefix) {
            try? fm.removeItem(at: parent.appendingPathComponent(name))
        }
    }

    func reason(_ error: any Error) -> String {
        if let error = error as? CocoaError, let underlying = error.userInfo[NSUnderlyingErrorKey] as? NSError,
           underlying.domain == NSPOSIXErrorDomain {
            return String(cString: strerror(Int32(underlying.code)))
        }
        return error.localizedDescription
    }
}
