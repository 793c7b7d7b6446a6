import Foundation
import PlanSiteCore

/// One writer at a time for an output folder: an advisory `flock` on a file beside it
/// (`.Output.plansite-lock`), which the kernel releases when the holder dies however it dies.
/// The holder writes its pid into the file so that a waiting build can say whom it waits for.
///
/// The file is removed on release (unlinked while still locked, so a build waiting on the old
/// file notices after it gets the lock that the name now points elsewhere, and tries again);
/// a killed build leaves it behind unlocked, and the next build takes it over and removes it.
public final class OutputLock: @unchecked Sendable {
    /// Another live build holds the lock, and the caller asked not to wait.
    public struct Busy: Error, CustomStringConvertible {
        public var output: URL
        public var pid: Int32?
        public var description: String {
            "another build\(pid.map { " (pid \($0))" } ?? "") is writing \(ProjectPaths.display(output))/; try again when it has finished, or leave out --no-wait to wait for it"
        }
    }

    public let output: URL
    let path: String
    private var descriptor: Int32

    private init(output: URL, path: String, descriptor: Int32) {
        self.output = output
        self.path = path
        self.descriptor = descriptor
    }

    deinit { release() }

    /// The lock file of an output folder: hidden, beside it.
    public static func lockFile(for output: URL) -> URL {
        let output = output.standardizedFileURL
        return output.deletingLastPathComponent().appendingPathComponent(".\(output.lastPathComponent).plansite-lock")
    }

    /// Takes the lock of `output`, creating the folder that holds it if need be. When another
    /// build holds it: with `wait`, calls `waiting` once with that build's pid (if known) and
    /// blocks until it is free; without, throws `Busy`. Other failures throw `OutputWriter.Failure`.
    public static func acquire(for output: URL, wait: Bool = true, waiting: (Int32?) -> Void = { _ in }) throws -> OutputLock {
        let output = output.standardizedFileURL
        let file = lockFile(for: output)
        do {
            try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        } catch {
            throw OutputWriter.Failure(
                description: "cannot create \(ProjectPaths.display(file.deletingLastPathComponent())): \(OutputWriter.reason(error))")
        }
        var announced = false
        while true {
            let fd = open(file.path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else {
                throw OutputWriter.Failure(
                    description: "cannot lock \(ProjectPaths.display(output))/ (\(ProjectPaths.display(file))): \(String(cString: strerror(errno)))")
            }
            if !lock(fd, blocking: false) {
                guard errno == EWOULDBLOCK else {
                    let message = String(cString: strerror(errno))
                    close(fd)
                    throw OutputWriter.Failure(
                        description: "cannot lock \(ProjectPaths.display(output))/ (\(ProjectPaths.display(file))): \(message)")
                }
                let holder = holderPID(fd)
                guard wait else {
                    close(fd)
                    throw Busy(output: output, pid: holder)
                }
                if !announced {
                    announced = true
                    waiting(holder)
                }
                guard lock(fd, blocking: true) else {
                    let message = String(cString: strerror(errno))
                    close(fd)
                    throw OutputWriter.Failure(description: "cannot lock \(ProjectPaths.display(output))/: \(message)")
                }
            }
            // Locked; but if the holder removed the file meanwhile, this lock guards nothing.
            var held = stat()
            var named = stat()
            guard fstat(fd, &held) == 0, stat(file.path, &named) == 0,
                held.st_dev == named.st_dev, held.st_ino == named.st_ino
            else {
                close(fd)
                continue
            }
            let pid = Array("\(getpid())\n".utf8)
            _ = ftruncate(fd, 0)
            _ = pid.withUnsafeBytes { pwrite(fd, $0.baseAddress, $0.count, 0) }
            return OutputLock(output: output, path: file.path, descriptor: fd)
        }
    }

    /// Removes the lock file and releases the lock. Safe to call more than once.
    public func release() {
        guard descriptor >= 0 else { return }
        unlink(path)
        close(descriptor)
        descriptor = -1
    }

    private static func lock(_ fd: Int32, blocking: Bool) -> Bool {
        while flock(fd, LOCK_EX | (blocking ? 0 : LOCK_NB)) != 0 {
            if errno != EINTR { return false }
        }
        return true
    }

    /// The pid the holder wrote; it writes it just after locking, so look twice.
    private static func holderPID(_ fd: Int32) -> Int32? {
        for attempt in 0..<2 {
            var buffer = [UInt8](repeating: 0, count: 16)
            let count = buffer.withUnsafeMutableBytes { pread(fd, $0.baseAddress, $0.count, 0) }
            if count > 0, let pid = Int32(String(decoding: buffer[..<count], as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)) {
                return pid
            }
            if attempt == 0 { usleep(20_000) }
        }
        return nil
    }
}
