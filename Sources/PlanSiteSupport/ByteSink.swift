import Foundation

/// Where a producer writes: a file (written through as it goes) or memory (for tests).
/// One producer writes to one sink, from one thread at a time.
public final class ByteSink: @unchecked Sendable {
    private let descriptor: Int32?
    public private(set) var collected: [UInt8] = []
    /// The first write error; later writes are dropped.
    public private(set) var failure: Int32?

    /// A sink that keeps what it is given.
    public init() {
        descriptor = nil
    }

    /// A sink that writes to an open file descriptor.
    public init(descriptor: Int32) {
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
