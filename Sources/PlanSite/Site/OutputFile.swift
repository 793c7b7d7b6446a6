import Foundation

/// One file of the built site, by its path relative to the output folder.
public struct OutputFile: Sendable {
    public enum Contents: Sendable {
        case bytes([UInt8])
        case text(String)
        /// A file copied unchanged (an asset of `Content/assets/`).
        case copy(URL)
        /// Bytes made when the file is written, straight into it: pages are rendered as they are
        /// written, so a big report is never held in memory as a whole site.
        case stream(@Sendable (ByteSink) -> Void)
    }

    public var path: String
    public var contents: Contents

    public init(path: String, contents: Contents) {
        self.path = path
        self.contents = contents
    }

    /// The bytes, reading a copied file or running a producer if need be.
    public func data() throws -> Data {
        switch contents {
        case .bytes(let bytes): return Data(bytes)
        case .text(let text): return Data(text.utf8)
        case .copy(let url): return try Data(contentsOf: url)
        case .stream(let produce):
            let sink = ByteSink()
            produce(sink)
            return Data(sink.collected)
        }
    }
}

/// Where a producer writes: a file (written through as it goes) or memory (for tests).
/// One producer writes to one sink, from one thread at a time.
public final class ByteSink: @unchecked Sendable {
    private let descriptor: Int32?
    private(set) var collected: [UInt8] = []
    /// The first write error; later writes are dropped.
    private(set) var failure: Int32?

    /// A sink that keeps what it is given.
    public init() {
        descriptor = nil
    }

    /// A sink that writes to an open file descriptor.
    init(descriptor: Int32) {
        self.descriptor = descriptor
    }

    public func write(_ bytes: [UInt8]) {
        guard let descriptor else {
            collected += bytes
            return
        }
        guard failure == nil else { return }
        var offset = 0
        while offset < bytes.count {
            let written = bytes.withUnsafeBytes { Glibc.write(descriptor, $0.baseAddress! + offset, $0.count - offset) }
            if written < 0 {
                if errno == EINTR { continue }
                failure = errno
                return
            }
            offset += written
        }
    }
}
