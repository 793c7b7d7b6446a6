import Foundation

/// For the preview: the files a build reads, kept with what `fstat` said of them, so that a save
/// reads again only the files that changed (a report of 1000 policies has 1000 narratives).
///
/// A file is taken from memory only when its device, inode, size, modification and change times
/// are the same and it had not been modified for a second when it was read: file times are
/// coarse, and a file written twice within one tick with the same size would otherwise look the same.
public final class FileReadCache: @unchecked Sendable {
    struct Stamp: Equatable {
        var device: UInt64, inode: UInt64, size: Int64
        var modified: Double, changed: Double
    }

    struct Entry {
        var stamp: Stamp
        var bytes: [UInt8]
        /// When it was read (wall clock, as file times are).
        var readAt: Double
    }

    private let lock = NSLock()
    private var entries: [String: Entry] = [:]
    private var touched: Set<String> = []
    /// Since `begin`: files read from disk, and of how many asked for.
    public private(set) var readCount = 0
    public private(set) var askedCount = 0

    public init() {}

    /// The file's bytes, from memory when it has not changed.
    public func bytes(of url: URL) throws -> [UInt8] {
        let path = url.path
        let fd = open(path, O_RDONLY | O_CLOEXEC)
        guard fd >= 0 else { return Array(try Data(contentsOf: url)) }  // Foundation's error, as without a cache
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG else { return Array(try Data(contentsOf: url)) }
        let stamp = Stamp(
            device: UInt64(info.st_dev), inode: UInt64(info.st_ino), size: Int64(info.st_size),
            modified: Double(info.st_mtim.tv_sec) + Double(info.st_mtim.tv_nsec) / 1e9,
            changed: Double(info.st_ctim.tv_sec) + Double(info.st_ctim.tv_nsec) / 1e9)
        lock.lock()
        askedCount += 1
        touched.insert(path)
        if let entry = entries[path], entry.stamp == stamp, max(stamp.modified, stamp.changed) < entry.readAt - 1 {
            lock.unlock()
            return entry.bytes
        }
        lock.unlock()
        let readAt = Self.wallClock()
        guard let bytes = Self.readAll(fd, size: Int(info.st_size)) else { return Array(try Data(contentsOf: url)) }
        lock.lock()
        readCount += 1
        entries[path] = Entry(stamp: stamp, bytes: bytes, readAt: readAt)
        lock.unlock()
        return bytes
    }

    /// Starts a build: forgets the files the last build did not read, and starts the counts afresh.
    public func begin() {
        lock.lock()
        defer { lock.unlock() }
        entries = entries.filter { touched.contains($0.key) }
        touched = []
        readCount = 0
        askedCount = 0
    }

    /// The whole file, read straight into its array (it may have grown since `fstat`).
    static func readAll(_ fd: Int32, size: Int) -> [UInt8]? {
        var failed = false
        var bytes = [UInt8](unsafeUninitializedCapacity: size) { buffer, count in
            count = 0
            while count < size {
                let got = read(fd, buffer.baseAddress! + count, size - count)
                if got < 0 && errno == EINTR { continue }
                if got < 0 { failed = true }
                if got <= 0 { return }
                count += got
            }
        }
        guard !failed else { return nil }
        var chunk = [UInt8](repeating: 0, count: 65_536)
        guard bytes.count == size else { return bytes }  // it shrank: what there is
        while true {  // what was added after fstat
            let got = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if got < 0 && errno == EINTR { continue }
            if got < 0 { return nil }
            if got == 0 { break }
            bytes += chunk[..<got]
        }
        return bytes
    }

    static func wallClock() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_REALTIME, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
