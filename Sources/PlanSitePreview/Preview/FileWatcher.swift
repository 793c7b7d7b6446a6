import Foundation

#if canImport(Glibc)
    import Glibc
#endif

/// Watches folders (recursively) and calls back once per burst of changes.
///
/// Uses inotify where it can, watching every subfolder (inotify is not recursive) and adding
/// new ones as they appear; otherwise it compares modification times every half second.
/// Editors save through temporary files and renames, so events are gathered until the folders
/// have been quiet for `quietPeriod` before `onChange` runs.
public final class FileWatcher: @unchecked Sendable {
    public let folders: [URL]
    public let quietPeriod: Double
    private let onChange: @Sendable () -> Void
    private let lock = NSLock()
    private var stopped = false
    private var thread: Thread?
    /// `inotify` or `polling`, once started.
    public private(set) var mechanism = ""

    public init(folders: [URL], quietPeriod: Double = 0.06, onChange: @escaping @Sendable () -> Void) {
        self.folders = folders
        self.quietPeriod = quietPeriod
        self.onChange = onChange
    }

    public func start() {
        #if canImport(Glibc)
            let fd = inotify_init1(Int32(IN_CLOEXEC | IN_NONBLOCK))
            if fd >= 0 {
                mechanism = "inotify"
                // Returns once every folder is watched, so that a save right after is seen.
                let watching = DispatchSemaphore(value: 0)
                let thread = Thread { [self] in self.runInotify(fd, watching: watching) }
                thread.name = "plansite file watcher"
                self.thread = thread
                thread.start()
                _ = watching.wait(timeout: .now() + 10)
                return
            }
        #endif
        mechanism = "polling"
        let thread = Thread { [self] in self.runPolling() }
        self.thread = thread
        thread.start()
    }

    public func stop() {
        lock.lock()
        stopped = true
        lock.unlock()
    }

    private var isStopped: Bool {
        lock.lock()
        defer { lock.unlock() }
        return stopped
    }

    #if canImport(Glibc)
        private func runInotify(_ fd: Int32, watching: DispatchSemaphore) {
            defer { close(fd) }
            let mask = UInt32(IN_CLOSE_WRITE | IN_MOVED_TO | IN_MOVED_FROM | IN_CREATE | IN_DELETE | IN_MODIFY | IN_DELETE_SELF | IN_MOVE_SELF)
            // Watches are kept by the folder's inode, not its path: a folder replaced by another of the
            // same name (`next-year` exchanges Content/ for a new one) is a new folder to watch.
            var watched: Set<UInt64> = []
            var inodeOfWatch: [Int32: UInt64] = [:]
            func watchTree(_ folder: URL) {
                for directory in [folder] + Self.subfolders(of: folder) {
                    var info = stat()
                    guard stat(directory.path, &info) == 0, !watched.contains(UInt64(info.st_ino)) else { continue }
                    let wd = inotify_add_watch(fd, directory.path, mask)
                    if wd >= 0 {
                        watched.insert(UInt64(info.st_ino))
                        inodeOfWatch[wd] = UInt64(info.st_ino)
                    }
                }
            }
            for folder in folders { watchTree(folder) }
            watching.signal()
            // Events that may mean a folder to watch: one made, moved or gone, or events lost.
            let folderEvents = UInt32(IN_ISDIR) | UInt32(IN_MOVE_SELF) | UInt32(IN_DELETE_SELF) | UInt32(IN_IGNORED) | UInt32(IN_Q_OVERFLOW)
            var buffer = [UInt8](repeating: 0, count: 64 * 1024)
            var pendingSince: Double?
            // Files being written (made or changed, not yet closed): a writer paused for longer than
            // the quiet period (a big file on a busy machine) must not start a build of the half-saved
            // state, which the rename that follows would make a second. Waited for up to `writeLimit`.
            var writing: Set<String> = []
            var burstStart: Double?
            let writeLimit = 2.0
            while !isStopped {
                var pollDescriptor = pollfd(fd: fd, events: Int16(POLLIN), revents: 0)
                let timeout: Int32 = pendingSince == nil ? 250 : Int32(max(1, quietPeriod * 1000))
                let ready = poll(&pollDescriptor, 1, timeout)
                if ready > 0 {
                    let count = buffer.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
                    if count > 0 {
                        // A watch the kernel dropped (its folder deleted) frees its inode, which a new folder may reuse.
                        var offset = 0
                        var foldersChanged = false
                        while offset + 16 <= count {
                            let (wd, eventMask, length) = buffer.withUnsafeBytes {
                                (
                                    $0.loadUnaligned(fromByteOffset: offset, as: Int32.self),
                                    $0.loadUnaligned(fromByteOffset: offset + 4, as: UInt32.self),
                                    Int($0.loadUnaligned(fromByteOffset: offset + 12, as: UInt32.self))
                                )
                            }
                            if eventMask & UInt32(IN_IGNORED) != 0, let inode = inodeOfWatch.removeValue(forKey: wd) { watched.remove(inode) }
                            if eventMask & folderEvents != 0 { foldersChanged = true }
                            if eventMask & UInt32(IN_ISDIR) == 0, length > 0 {
                                let name = buffer[(offset + 16)..<(offset + 16 + length)].prefix(while: { $0 != 0 })
                                let key = "\(wd)/" + String(decoding: name, as: UTF8.self)
                                if eventMask & (UInt32(IN_CREATE) | UInt32(IN_MODIFY)) != 0 { writing.insert(key) }
                                if eventMask & (UInt32(IN_CLOSE_WRITE) | UInt32(IN_MOVED_FROM) | UInt32(IN_DELETE)) != 0 { writing.remove(key) }
                            }
                            offset += 16 + length
                        }
                        pendingSince = Self.now()
                        burstStart = burstStart ?? pendingSince
                        // New folders (and folders that came back) need watches of their own. Only
                        // then is the tree walked again: saving a big file gives many batches of events.
                        if foldersChanged {
                            for folder in folders { watchTree(folder) }
                        }
                    }
                } else if let since = pendingSince, Self.now() - since >= quietPeriod,
                    writing.isEmpty || Self.now() - (burstStart ?? since) >= writeLimit
                {
                    pendingSince = nil
                    burstStart = nil
                    writing = []
                    if !isStopped { onChange() }
                }
            }
        }
    #endif

    private func runPolling() {
        var last = snapshot()
        while !isStopped {
            Thread.sleep(forTimeInterval: 0.5)
            let current = snapshot()
            if current != last {
                Thread.sleep(forTimeInterval: quietPeriod)
                last = snapshot()
                if !isStopped { onChange() }
            }
        }
    }

    /// Every file under the folders with its modification time and size.
    private func snapshot() -> [String: [Double]] {
        var result: [String: [Double]] = [:]
        for folder in folders {
            guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.contentModificationDateKey, .fileSizeKey])
            else { continue }
            for case let url as URL in walker {
                let values = try? url.resourceValues(forKeys: [.contentModificationDateKey, .fileSizeKey])
                result[url.path] = [values?.contentModificationDate?.timeIntervalSince1970 ?? 0, Double(values?.fileSize ?? 0)]
            }
        }
        return result
    }

    static func subfolders(of folder: URL) -> [URL] {
        guard let walker = FileManager.default.enumerator(at: folder, includingPropertiesForKeys: [.isDirectoryKey]) else { return [] }
        var result: [URL] = []
        for case let url as URL in walker where (try? url.resourceValues(forKeys: [.isDirectoryKey]).isDirectory) == true {
            result.append(url)
        }
        return result
    }

    static func now() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) / 1e9
    }
}
